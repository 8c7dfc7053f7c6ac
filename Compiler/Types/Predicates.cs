namespace Minigo.Compiler.Types;

/// <summary>Type predicates and identity (go/types' predicates.go and core types).</summary>
public static class Predicates
{
    public static bool IsValid(Type? t) => t != null && t.Underlying != Universe.Invalid;

    private static bool IsBasic(Type t, BasicInfo info) => t.Underlying is Basic b && (b.Info & info) != 0;

    public static bool IsBoolean(Type t) => IsBasic(t, BasicInfo.IsBoolean);
    public static bool IsInteger(Type t) => IsBasic(t, BasicInfo.IsInteger);
    public static bool IsUnsigned(Type t) => IsBasic(t, BasicInfo.IsUnsigned);
    public static bool IsFloat(Type t) => IsBasic(t, BasicInfo.IsFloat);
    public static bool IsComplex(Type t) => IsBasic(t, BasicInfo.IsComplex);
    public static bool IsNumeric(Type t) => IsBasic(t, BasicInfo.IsNumeric);
    public static bool IsString(Type t) => IsBasic(t, BasicInfo.IsString);
    public static bool IsIntegerOrFloat(Type t) => IsBasic(t, BasicInfo.IsInteger | BasicInfo.IsFloat);
    public static bool IsConstType(Type t) => IsBasic(t, BasicInfo.IsConstType);

    // The all* predicates hold for a type parameter if they hold for every type in its type set.
    public static bool AllBoolean(Type t) => AllBasic(t, BasicInfo.IsBoolean);
    public static bool AllInteger(Type t) => AllBasic(t, BasicInfo.IsInteger);
    public static bool AllUnsigned(Type t) => AllBasic(t, BasicInfo.IsUnsigned);
    public static bool AllNumeric(Type t) => AllBasic(t, BasicInfo.IsNumeric);
    public static bool AllString(Type t) => AllBasic(t, BasicInfo.IsString);
    public static bool AllOrdered(Type t) => AllBasic(t, BasicInfo.IsOrdered);
    public static bool AllNumericOrString(Type t) => AllBasic(t, BasicInfo.IsNumeric | BasicInfo.IsString);

    private static bool AllBasic(Type t, BasicInfo info)
    {
        if (t is TypeParam tp) return tp.Iface.TypeSet.Is(term => term != null && IsBasic(term.Type!, info));
        return IsBasic(t, info);
    }

    public static bool HasName(Type t) => t is Basic or Named or TypeParam;
    public static bool IsTyped(Type t) => t is not Basic b || !b.IsUntyped;
    public static bool IsUntyped(Type t) => !IsTyped(t);
    public static bool IsInterface(Type t) => t.Underlying is Interface;
    public static bool IsNonTypeParamInterface(Type t) => t is not TypeParam && IsInterface(t);
    public static bool IsTypeParam(Type t) => t is TypeParam;
    public static bool IsGeneric(Type t) => t is Named n && n.IsGeneric;

    public static bool Comparable(Type t) => ComparableType(t, true, null, null);

    /// <summary>Go's comparable: dynamic allows interfaces (which may panic at run time).</summary>
    public static bool ComparableType(Type T, bool dynamic, HashSet<Type>? seen, Action<string>? reportf)
    {
        seen ??= new HashSet<Type>(ReferenceEqualityComparer.Instance);
        if (!seen.Add(T)) return true;
        switch (T.Underlying)
        {
            case Basic b:
                return b.Kind != BasicKind.UntypedNil;
            case Pointer or Chan:
                return true;
            case Struct s:
                foreach (var f in s.Fields)
                    if (!ComparableType(f.Type, dynamic, seen, null))
                    {
                        reportf?.Invoke($"struct containing {f.Type} cannot be compared");
                        return false;
                    }
                return true;
            case Array a:
                if (!ComparableType(a.Elem, dynamic, seen, null))
                {
                    reportf?.Invoke($"{T} cannot be compared");
                    return false;
                }
                return true;
            case Interface it:
                if ((dynamic && T is not TypeParam) || it.TypeSet.IsComparable(seen)) return true;
                if (it.TypeSet.IsEmpty) reportf?.Invoke("empty type set");
                else reportf?.Invoke("incomparable types in type set");
                return false;
        }
        return false;
    }

    public static bool HasNil(Type t)
    {
        switch (t.Underlying)
        {
            case Basic b: return b.Kind == BasicKind.UnsafePointer;
            case Slice or Pointer or Signature or Map or Chan: return true;
            case Interface u:
                return t is not TypeParam || u.TypeSet.UnderIs(x => x != null && HasNil(x));
        }
        return false;
    }

    /// <summary>The default type of an untyped constant type.</summary>
    public static Type Default(Type t)
    {
        if (t is Basic b)
        {
            switch (b.Kind)
            {
                case BasicKind.UntypedBool: return Universe.Typ(BasicKind.Bool);
                case BasicKind.UntypedInt: return Universe.Typ(BasicKind.Int);
                case BasicKind.UntypedRune: return Universe.Rune;
                case BasicKind.UntypedFloat: return Universe.Typ(BasicKind.Float64);
                case BasicKind.UntypedComplex: return Universe.Typ(BasicKind.Complex128);
                case BasicKind.UntypedString: return Universe.Typ(BasicKind.String);
            }
        }
        return t;
    }

    /// <summary>The core type of t: its underlying type, or for a type parameter the single underlying type of all its terms (channels may differ in direction), else null.</summary>
    public static Type? CoreType(Type t)
    {
        if (t is not TypeParam tp) return t.Underlying;
        Type? su = null;
        if (tp.Iface.TypeSet.UnderIs(u =>
            {
                if (u == null) return false;
                if (su != null) { u = Match(su, u); if (u == null) return false; }
                su = u;
                return true;
            }))
            return su;
        return null;
    }

    /// <summary>Like CoreType but treats []byte and string alike (the result is string if a string was seen).</summary>
    public static Type? CoreString(Type t)
    {
        if (t is not TypeParam tp) return t.Underlying;
        Type? su = null;
        bool hasString = false;
        if (tp.Iface.TypeSet.UnderIs(u =>
            {
                if (u == null) return false;
                if (IsString(u)) { u = new Slice(Universe.Byte); hasString = true; }
                if (su != null) { u = Match(su, u); if (u == null) return false; }
                su = u;
                return true;
            }))
            return hasString ? Universe.Typ(BasicKind.String) : su;
        return null;
    }

    private static Type? Match(Type x, Type y)
    {
        if (Identical(x, y)) return x;
        if (x is Chan cx && y is Chan cy && Identical(cx.Elem, cy.Elem))
        {
            if (cx.Dir == Syntax.ChanDir.Both) return y;
            if (cy.Dir == Syntax.ChanDir.Both) return x;
        }
        return null;
    }

    public static bool Identical(Type? x, Type? y) => IdenticalImpl(x, y, true, null);
    public static bool IdenticalIgnoreTags(Type? x, Type? y) => IdenticalImpl(x, y, false, null);

    private sealed record IfacePair(Interface X, Interface Y, IfacePair? Prev)
    {
        public bool Same(IfacePair q) => (ReferenceEquals(X, q.X) && ReferenceEquals(Y, q.Y)) || (ReferenceEquals(X, q.Y) && ReferenceEquals(Y, q.X));
    }

    private static bool IdenticalImpl(Type? x, Type? y, bool cmpTags, IfacePair? p)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x == null || y == null) return false;
        switch (x)
        {
            case Basic bx:
                return y is Basic by && bx.Kind == by.Kind;
            case Array ax:
                return y is Array ay && (ax.Len < 0 || ay.Len < 0 || ax.Len == ay.Len) && IdenticalImpl(ax.Elem, ay.Elem, cmpTags, p);
            case Slice sx:
                return y is Slice sy && IdenticalImpl(sx.Elem, sy.Elem, cmpTags, p);
            case Struct stx:
                if (y is Struct sty && stx.Fields.Count == sty.Fields.Count)
                {
                    for (int i = 0; i < stx.Fields.Count; i++)
                    {
                        var f = stx.Fields[i];
                        var g = sty.Fields[i];
                        if (f.Embedded != g.Embedded
                            || (cmpTags && Tag(stx, i) != Tag(sty, i))
                            || !f.SameId(g.Pkg, g.Name)
                            || !IdenticalImpl(f.Type, g.Type, cmpTags, p))
                            return false;
                    }
                    return true;
                }
                return false;
            case Pointer px:
                return y is Pointer py && IdenticalImpl(px.Elem, py.Elem, cmpTags, p);
            case Tuple tx:
                if (y is Tuple ty && tx.Count == ty.Count)
                {
                    for (int i = 0; i < tx.Count; i++)
                        if (!IdenticalImpl(tx[i].Type, ty[i].Type, cmpTags, p)) return false;
                    return true;
                }
                return false;
            case Signature sgx:
                {
                    if (y is not Signature sgy) return false;
                    if (sgx.TypeParams.Count != sgy.TypeParams.Count) return false;
                    Type yparams = sgy.Params, yresults = sgy.Results;
                    if (sgx.TypeParams.Count > 0)
                    {
                        var smap = new Substitution(sgy.TypeParams, sgx.TypeParams.Cast<Type>().ToList());
                        for (int i = 0; i < sgx.TypeParams.Count; i++)
                            if (!IdenticalImpl(sgx.TypeParams[i].Constraint, smap.Apply(sgy.TypeParams[i].Constraint), cmpTags, p))
                                return false;
                        yparams = smap.Apply(sgy.Params);
                        yresults = smap.Apply(sgy.Results);
                    }
                    return sgx.Variadic == sgy.Variadic
                        && IdenticalImpl(sgx.Params, yparams, cmpTags, p)
                        && IdenticalImpl(sgx.Results, yresults, cmpTags, p);
                }
            case Union ux:
                if (y is Union uy)
                {
                    var xs = TypeSets.ComputeUnion(null, Syntax.Pos.None, ux);
                    var ys = TypeSets.ComputeUnion(null, Syntax.Pos.None, uy);
                    return xs.Terms.SubsetOf(ys.Terms) && ys.Terms.SubsetOf(xs.Terms);
                }
                return false;
            case Interface ix:
                if (y is Interface iy)
                {
                    var xset = ix.TypeSet;
                    var yset = iy.TypeSet;
                    if (xset.Comparable != yset.Comparable) return false;
                    if (!(xset.Terms.SubsetOf(yset.Terms) && yset.Terms.SubsetOf(xset.Terms))) return false;
                    var a = xset.Methods;
                    var b = yset.Methods;
                    if (a.Count != b.Count) return false;
                    var q = new IfacePair(ix, iy, p);
                    for (var pp = p; pp != null; pp = pp.Prev)
                        if (pp.Same(q)) return true;
                    for (int i = 0; i < a.Count; i++)
                        if (a[i].UniqueName != b[i].UniqueName || !IdenticalImpl(a[i].Type, b[i].Type, cmpTags, q)) return false;
                    return true;
                }
                return false;
            case Map mx:
                return y is Map my && IdenticalImpl(mx.Key, my.Key, cmpTags, p) && IdenticalImpl(mx.Elem, my.Elem, cmpTags, p);
            case Chan cx:
                return y is Chan cy && cx.Dir == cy.Dir && IdenticalImpl(cx.Elem, cy.Elem, cmpTags, p);
            case Named nx:
                if (y is Named ny)
                {
                    if (nx.TypeArgs.Count != ny.TypeArgs.Count) return false;
                    if (nx.TypeArgs.Count > 0)
                    {
                        if (!ReferenceEquals(nx.Origin, ny.Origin)) return false;
                        for (int i = 0; i < nx.TypeArgs.Count; i++)
                            if (!Identical(nx.TypeArgs[i], ny.TypeArgs[i])) return false;
                        return true;
                    }
                    return ReferenceEquals(nx.Obj, ny.Obj);
                }
                return false;
        }
        return false;
    }

    private static string Tag(Struct s, int i) => i < s.Tags.Count ? s.Tags[i] : "";
}
