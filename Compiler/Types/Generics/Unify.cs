using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>
/// Structural unification of types containing the type parameters being inferred (go/types'
/// unify.go, simplified): a type parameter matches any type once, consistently. In inexact
/// mode a defined type matches a type literal with its underlying type, and a bidirectional
/// channel matches a directional one.
/// </summary>
internal sealed class Unifier
{
    // Type parameters unified with each other share one handle (go/types' handle joining).
    private sealed class Handle
    {
        public Type? Type;
    }

    private readonly Dictionary<TypeParam, Handle> handles = new(ReferenceEqualityComparer.Instance);
    private const int MaxDepth = 64;

    public Unifier(List<TypeParam> tparams, List<Type> targs)
    {
        for (int i = 0; i < tparams.Count; i++) handles[tparams[i]] = new Handle { Type = i < targs.Count ? targs[i] : null };
    }

    public Type? At(TypeParam tp) => handles.TryGetValue(tp, out var h) ? h.Type : null;
    public void Set(TypeParam tp, Type t) => handles[tp].Type = t;
    public bool IsBound(Type t) => t is TypeParam tp && handles.ContainsKey(tp);

    /// <summary>Makes px and py share a handle (both unbound so far).</summary>
    private void Join(TypeParam px, TypeParam py)
    {
        var hx = handles[px];
        var hy = handles[py];
        if (ReferenceEquals(hx, hy)) return;
        foreach (var tp in handles.Keys.ToList())
            if (ReferenceEquals(handles[tp], hy)) handles[tp] = hx;
    }

    public List<Type?> Inferred(List<TypeParam> tparams) => tparams.Select(At).ToList();

    public bool Unify(Type x, Type y, bool inexact) => Nify(x, y, inexact, 0);

    private bool Nify(Type x, Type y, bool inexact, int depth)
    {
        if (ReferenceEquals(x, y)) return true;
        if (depth > MaxDepth) return false;

        // A defined type against a type literal: compare with the underlying type.
        if (inexact)
        {
            if (x is Named nx && y is not Named && y is not TypeParam && !IsBound(y)) x = nx.Underlying;
            else if (y is Named ny && x is not Named && x is not TypeParam && !IsBound(x)) y = ny.Underlying;
        }

        var px = x as TypeParam;
        var py = y as TypeParam;
        bool bx = px != null && handles.ContainsKey(px);
        bool by = py != null && handles.ContainsKey(py);
        if (bx && by)
        {
            var tx = handles[px!].Type;
            var ty = handles[py!].Type;
            if (tx != null && ty != null) return Nify(tx, ty, inexact, depth + 1);
            if (tx != null) { handles[py!].Type = tx; Join(px!, py!); return true; }
            if (ty != null) { handles[px!].Type = ty; Join(py!, px!); return true; }
            Join(px!, py!);
            return true;
        }
        if (bx)
        {
            var tx = handles[px!].Type;
            if (tx != null) return Nify(tx, y, inexact, depth + 1) || (inexact && Predicates.Identical(tx.Underlying, y.Underlying) && !(tx is Named && y is Named));
            handles[px!].Type = y;
            return true;
        }
        if (by)
        {
            var ty = handles[py!].Type;
            if (ty != null) return Nify(x, ty, inexact, depth + 1) || (inexact && Predicates.Identical(x.Underlying, ty.Underlying) && !(x is Named && ty is Named));
            handles[py!].Type = x;
            return true;
        }

        // An unbound type parameter against a type literal: unify with its core type.
        if (inexact)
        {
            if (x is TypeParam && !Predicates.HasName(y) && Predicates.CoreType(x) is { } cx) return Nify(cx, y, true, depth + 1);
            if (y is TypeParam && !Predicates.HasName(x) && Predicates.CoreType(y) is { } cy) return Nify(x, cy, true, depth + 1);
        }

        switch (x)
        {
            case Basic bx2:
                return y is Basic by2 && bx2.Kind == by2.Kind;
            case Array ax:
                return y is Array ay && (ax.Len < 0 || ay.Len < 0 || ax.Len == ay.Len) && Nify(ax.Elem, ay.Elem, false, depth + 1);
            case Slice sx:
                return y is Slice sy && Nify(sx.Elem, sy.Elem, false, depth + 1);
            case Pointer ptx:
                return y is Pointer pty && Nify(ptx.Elem, pty.Elem, false, depth + 1);
            case Map mx:
                return y is Map my && Nify(mx.Key, my.Key, false, depth + 1) && Nify(mx.Elem, my.Elem, false, depth + 1);
            case Chan cx:
                return y is Chan cy && (cx.Dir == cy.Dir || (inexact && (cx.Dir == ChanDir.Both || cy.Dir == ChanDir.Both))) && Nify(cx.Elem, cy.Elem, false, depth + 1);
            case Struct stx:
                if (y is Struct sty && stx.Fields.Count == sty.Fields.Count)
                {
                    for (int i = 0; i < stx.Fields.Count; i++)
                    {
                        var f = stx.Fields[i];
                        var g = sty.Fields[i];
                        if (f.Embedded != g.Embedded || !f.SameId(g.Pkg, g.Name) || !Nify(f.Type, g.Type, false, depth + 1)) return false;
                    }
                    return true;
                }
                return false;
            case Tuple tx:
                if (y is Tuple ty2 && tx.Count == ty2.Count)
                {
                    for (int i = 0; i < tx.Count; i++)
                        if (!Nify(tx[i].Type, ty2[i].Type, false, depth + 1)) return false;
                    return true;
                }
                return false;
            case Signature sgx:
                return y is Signature sgy && sgx.TypeParams.Count == 0 && sgy.TypeParams.Count == 0 && sgx.Variadic == sgy.Variadic
                    && Nify(sgx.Params, sgy.Params, false, depth + 1) && Nify(sgx.Results, sgy.Results, false, depth + 1);
            case Interface ix:
                if (y is Interface iy)
                {
                    var a = ix.TypeSet.Methods;
                    var b = iy.TypeSet.Methods;
                    if (a.Count != b.Count || ix.TypeSet.Comparable != iy.TypeSet.Comparable) return false;
                    if (ix.TypeSet.HasTerms || iy.TypeSet.HasTerms) return Predicates.Identical(ix, iy);
                    for (int i = 0; i < a.Count; i++)
                        if (a[i].UniqueName != b[i].UniqueName || !Nify(a[i].Type, b[i].Type, false, depth + 1)) return false;
                    return true;
                }
                return false;
            case Named nx2:
                if (y is Named ny2)
                {
                    if (!ReferenceEquals(nx2.Origin, ny2.Origin)) return false;
                    if (nx2.TypeArgs.Count != ny2.TypeArgs.Count) return false;
                    if (nx2.TypeArgs.Count == 0) return ReferenceEquals(nx2.Obj, ny2.Obj);
                    for (int i = 0; i < nx2.TypeArgs.Count; i++)
                        if (!Nify(nx2.TypeArgs[i], ny2.TypeArgs[i], false, depth + 1)) return false;
                    return true;
                }
                return false;
            case TypeParam:
                return Predicates.Identical(x, y);
        }
        return false;
    }
}
