namespace Minigo.Compiler.Types;

/// <summary>Field and method lookup with embedding (go/types' lookup.go).</summary>
public static class Lookup
{
    private sealed record Embedded(Type Typ, int[] Index, bool Indirect, bool Multiples);

    /// <summary>
    /// Looks up a field or method name in T (or *T if addressable, for pointer methods).
    /// Returns the object, the index path and whether a pointer was dereferenced on the way.
    /// obj == null with index != null means an ambiguous selector; obj == null with
    /// indirect set means a pointer-receiver method on a non-addressable value.
    /// </summary>
    public static (Object? obj, int[]? index, bool indirect) FieldOrMethod(Type T, bool addressable, Package? pkg, string name)
    {
        // A named pointer type has no methods of its own, and those of its base are not in its method set.
        if (T is Named t && t.Underlying is Pointer p)
        {
            var (o, ix, ind) = FieldOrMethodImpl(p, false, pkg, name, false);
            if (o is Func) return (null, null, false);
            return (o, ix, ind);
        }
        return FieldOrMethodImpl(T, addressable, pkg, name, false);
    }

    internal static (Object? obj, int[]? index, bool indirect) FieldOrMethodImpl(Type T, bool addressable, Package? pkg, string name, bool foldCase)
    {
        if (name == "_") return (null, null, false);
        var typ = T;
        bool isPtr = false;
        if (T is Pointer tp) { typ = tp.Elem; isPtr = true; }
        if (isPtr && typ.Underlying is Interface) return (null, null, false);

        var current = new List<Embedded> { new(typ, [], isPtr, false) };
        var seen = new List<Named>();
        Object? obj = null;
        int[]? index = null;
        bool indirect = false;

        while (current.Count > 0)
        {
            var next = new List<Embedded>();
            foreach (var e in current)
            {
                var et = e.Typ;
                if (et is Named named)
                {
                    if (seen.Any(s => Predicates.Identical(s, named))) continue;
                    seen.Add(named);
                    var (i, m) = LookupMethod(named.Methods, pkg, name, foldCase);
                    if (m != null)
                    {
                        index = [.. e.Index, i];
                        if (obj != null || e.Multiples) return (null, index, false);
                        obj = m;
                        indirect = e.Indirect;
                        continue;
                    }
                }
                switch (et.Underlying)
                {
                    case Struct s:
                        for (int i = 0; i < s.Fields.Count; i++)
                        {
                            var f = s.Fields[i];
                            if (SameName(f, pkg, name, foldCase))
                            {
                                index = [.. e.Index, i];
                                if (obj != null || e.Multiples) return (null, index, false);
                                obj = f;
                                indirect = e.Indirect;
                                continue;
                            }
                            if (obj == null && f.Embedded)
                            {
                                var ft = f.Type;
                                bool fptr = false;
                                if (ft is Pointer fp) { ft = fp.Elem; fptr = true; }
                                next.Add(new Embedded(ft, [.. e.Index, i], e.Indirect || fptr, e.Multiples));
                            }
                        }
                        break;
                    case Interface it:
                        {
                            var (i, m) = LookupMethod(it.TypeSet.Methods, pkg, name, foldCase);
                            if (m != null)
                            {
                                index = [.. e.Index, i];
                                if (obj != null || e.Multiples) return (null, index, false);
                                obj = m;
                                indirect = e.Indirect;
                            }
                            break;
                        }
                }
            }
            if (obj != null)
            {
                if (obj is Func f && f.HasPtrRecv && !indirect && !addressable) return (null, null, true);
                return (obj, index, indirect);
            }
            current = ConsolidateMultiples(next);
        }
        return (null, null, false);
    }

    private static bool SameName(Object o, Package? pkg, string name, bool foldCase)
    {
        if (foldCase) return string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase);
        return o.SameId(pkg, name);
    }

    internal static (int, Func?) LookupMethod(List<Func> methods, Package? pkg, string name, bool foldCase)
    {
        for (int i = 0; i < methods.Count; i++)
            if (SameName(methods[i], pkg, name, foldCase)) return (i, methods[i]);
        return (-1, null);
    }

    private static List<Embedded> ConsolidateMultiples(List<Embedded> list)
    {
        if (list.Count <= 1) return list;
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
