namespace Minigo.Compiler.Types;

/// <summary>A mapping from type parameters to types, applied structurally (go/types' subst.go). Types without substitutions are returned unchanged (same reference).</summary>
public sealed class Substitution
{
    private readonly Dictionary<TypeParam, Type> map = new(ReferenceEqualityComparer.Instance);

    public Substitution(IReadOnlyList<TypeParam> tparams, IReadOnlyList<Type> targs)
    {
        for (int i = 0; i < tparams.Count && i < targs.Count; i++) map[tparams[i]] = targs[i];
    }

    public bool IsEmpty => map.Count == 0;
    public Type? Lookup(TypeParam tp) => map.GetValueOrDefault(tp);

    public Type Apply(Type t) => IsEmpty ? t : Subst(t);

    public Tuple Apply(Tuple t) => IsEmpty ? t : SubstTuple(t);

    private Type Subst(Type typ)
    {
        switch (typ)
        {
            case Basic:
                return typ;
            case Array a:
                {
                    var e = Subst(a.Elem);
                    return ReferenceEquals(e, a.Elem) ? a : new Array(e, a.Len);
                }
            case Slice s:
                {
                    var e = Subst(s.Elem);
                    return ReferenceEquals(e, s.Elem) ? s : new Slice(e);
                }
            case Pointer p:
                {
                    var e = Subst(p.Elem);
                    return ReferenceEquals(e, p.Elem) ? p : new Pointer(e);
                }
            case Map m:
                {
                    var k = Subst(m.Key);
                    var e = Subst(m.Elem);
                    return ReferenceEquals(k, m.Key) && ReferenceEquals(e, m.Elem) ? m : new Map(k, e);
                }
            case Chan c:
                {
                    var e = Subst(c.Elem);
                    return ReferenceEquals(e, c.Elem) ? c : new Chan(c.Dir, e);
                }
            case Struct st:
                {
                    List<Var>? fields = null;
                    for (int i = 0; i < st.Fields.Count; i++)
                    {
                        var f = st.Fields[i];
                        var ft = Subst(f.Type);
                        if (!ReferenceEquals(ft, f.Type) && fields == null) fields = st.Fields.Take(i).ToList();
                        fields?.Add(ReferenceEquals(ft, f.Type) ? f : SubstVar(f, ft));
                    }
                    return fields == null ? st : new Struct(fields, st.Tags);
                }
            case Tuple tu:
                return SubstTuple(tu);
            case Signature sig:
                {
                    var ps = SubstTuple(sig.Params);
                    var rs = SubstTuple(sig.Results);
                    if (ReferenceEquals(ps, sig.Params) && ReferenceEquals(rs, sig.Results)) return sig;
                    return new Signature(sig.Recv, sig.TypeParams, ps, rs, sig.Variadic) { RecvTypeParams = sig.RecvTypeParams };
                }
            case Union u:
                {
                    List<Term>? terms = null;
                    for (int i = 0; i < u.Terms.Count; i++)
                    {
                        var t = u.Terms[i];
                        var nt = Subst(t.Type!);
                        if (!ReferenceEquals(nt, t.Type) && terms == null) terms = u.Terms.Take(i).ToList();
                        terms?.Add(ReferenceEquals(nt, t.Type) ? t : new Term(t.Tilde, nt));
                    }
                    return terms == null ? u : new Union(terms);
                }
            case Interface it:
                {
                    bool changed = false;
                    var methods = new List<Func>();
                    foreach (var m in it.Methods)
                    {
                        var ms = Subst(m.Type);
                        if (!ReferenceEquals(ms, m.Type)) { changed = true; methods.Add(SubstFunc(m, (Signature)ms)); }
                        else methods.Add(m);
                    }
                    var embeddeds = new List<Type>();
                    foreach (var e in it.Embeddeds)
                    {
                        var ne = Subst(e);
                        if (!ReferenceEquals(ne, e)) changed = true;
                        embeddeds.Add(ne);
                    }
                    if (!changed) return it;
                    var ni = new Interface(methods, embeddeds) { Implicit = it.Implicit };
                    ni.EmbedPos.AddRange(it.EmbedPos);
                    return ni;
                }
            case Named n:
                {
                    var orig = n.Origin;
                    if (orig.TypeParams.Count == 0) return n;
                    if (n.TypeArgs.Count != orig.TypeParams.Count) return n.TypeArgs.Count == 0 ? n : Universe.Invalid;
                    List<Type>? newArgs = null;
                    for (int i = 0; i < n.TypeArgs.Count; i++)
                    {
                        var a = Subst(n.TypeArgs[i]);
                        if (!ReferenceEquals(a, n.TypeArgs[i]))
                        {
                            newArgs ??= [.. n.TypeArgs];
                            newArgs[i] = a;
                        }
                    }
                    return newArgs == null ? n : Instantiation.InstantiateNamed(orig, newArgs);
                }
            case TypeParam tp:
                return map.TryGetValue(tp, out var r) ? r : tp;
        }
        return typ;
    }

    private Tuple SubstTuple(Tuple t)
    {
        List<Var>? vars = null;
        for (int i = 0; i < t.Vars.Count; i++)
        {
            var v = t.Vars[i];
            var nt = Subst(v.Type);
            if (!ReferenceEquals(nt, v.Type) && vars == null) vars = t.Vars.Take(i).ToList();
            vars?.Add(ReferenceEquals(nt, v.Type) ? v : SubstVar(v, nt));
        }
        return vars == null ? t : new Tuple(vars);
    }

    internal static Var SubstVar(Var v, Type t) =>
        new(v.Name, t, v.Pos, v.Pkg) { IsField = v.IsField, Embedded = v.Embedded, IsParam = v.IsParam, FieldIndex = v.FieldIndex, Origin = v.Origin };

    internal static Func SubstFunc(Func f, Signature sig) =>
        new(f.Name, sig, f.Pos, f.Pkg) { Origin = f.Origin, HasPtrRecv = f.HasPtrRecv, IsInterfaceMethod = f.IsInterfaceMethod };
}
