namespace Minigo.Compiler.Types;

/// <summary>Method sets (go/types' methodset.go): the methods callable on a value of a type, for interface tables.</summary>
public static class MethodSets
{
    private sealed record Embedded(Type Typ, int[] Index, bool Indirect, bool Multiples);

    /// <summary>
    /// The method set of T, sorted by unique name: for *N all methods of N (and promoted
    /// ones); for N only value-receiver methods, unless reached through an embedded pointer.
    /// Each Selection's Index is the embedding path; Indirect tells whether a pointer was
    /// followed.
    /// </summary>
    public static List<Selection> Of(Type T)
    {
        // A null entry marks a collision (ambiguous at its depth, or shadowed by a field).
        var baseSet = new Dictionary<string, Selection?>();
        var typ = T;
        bool isPtr = false;
        if (T is Pointer p) { typ = p.Elem; isPtr = true; }
        if (isPtr && Predicates.IsInterface(typ)) return [];

        var current = new List<Embedded> { new(typ, [], isPtr, false) };
        var seen = new List<Named>();
        while (current.Count > 0)
        {
            var next = new List<Embedded>();
            var fset = new HashSet<string>();
            var mset = new Dictionary<string, Selection?>();
            foreach (var e in current)
            {
                if (e.Typ is Named named)
                {
                    if (seen.Any(s => Predicates.Identical(s, named))) continue;
                    seen.Add(named);
                    for (int i = 0; i < named.Methods.Count; i++)
                        AddOne(mset, named.Methods[i], [.. e.Index, i], e.Indirect, e.Multiples);
                }
                switch (e.Typ.Underlying)
                {
                    case Struct st:
                        for (int i = 0; i < st.Fields.Count; i++)
                        {
                            var f = st.Fields[i];
                            fset.Add(f.UniqueName);
                            if (!f.Embedded) continue;
                            var ft = f.Type;
                            bool fptr = false;
                            if (ft is Pointer fp) { ft = fp.Elem; fptr = true; }
                            next.Add(new Embedded(ft, [.. e.Index, i], e.Indirect || fptr, e.Multiples));
                        }
                        break;
                    case Interface it when e.Typ is not TypeParam:
                        {
                            var methods = it.TypeSet.Methods;
                            for (int i = 0; i < methods.Count; i++)
                            {
                                var key = methods[i].UniqueName;
                                if (!e.Multiples && !mset.ContainsKey(key))
                                    mset[key] = new Selection(SelectionKind.MethodVal, T, methods[i], [.. e.Index, i], true);
                                else mset[key] = null;
                            }
                            break;
                        }
                }
            }
            foreach (var (k, m) in mset)
                if (!baseSet.ContainsKey(k)) baseSet[k] = fset.Contains(k) ? null : m;
            foreach (var k in fset)
                baseSet.TryAdd(k, null);
            current = Consolidate(next);
        }
        return baseSet.Values.Where(s => s != null).Select(s => s!)
            .OrderBy(s => s.Obj.UniqueName, StringComparer.Ordinal).ToList();

        void AddOne(Dictionary<string, Selection?> set, Func f, int[] index, bool indirect, bool multiples)
        {
            var key = f.UniqueName;
            if (!multiples && !set.ContainsKey(key) && (indirect || !f.HasPtrRecv))
            {
                set[key] = new Selection(SelectionKind.MethodVal, T, f, index, indirect);
                return;
            }
            set[key] = null;
        }
    }

    private static List<Embedded> Consolidate(List<Embedded> list)
    {
        var res = new List<Embedded>();
        foreach (var e in list)
        {
            int j = res.FindIndex(r => Predicates.Identical(r.Typ, e.Typ));
            if (j >= 0) res[j] = res[j] with { Multiples = true };
            else res.Add(e);
        }
        return res;
    }
}
