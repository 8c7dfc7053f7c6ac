using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Index and slice expressions (go/types' index.go).
public sealed partial class Checker
{
    /// <summary>Checks x[i]; returns true if e is a generic function instantiation (handled by the caller).</summary>
    private bool IndexExprCheck(Operand x, IndexExpr e)
    {
        ExprOrType(x, e.X, true);
        switch (x.Mode)
        {
            case OperandMode.Invalid:
                Use(e.Indices.ToArray());
                return false;
            case OperandMode.TypeExpr:
                x.Mode = OperandMode.Invalid;
                x.Type = VarType(e);
                if (x.Type != Universe.Invalid) x.Mode = OperandMode.TypeExpr;
                return false;
            case OperandMode.Value:
                if (x.Type.Underlying is Signature { IsGeneric: true }) return true;
                break;
        }
        NonGeneric(x);
        if (x.Mode == OperandMode.Invalid) return false;

        bool valid = false;
        long length = -1;
        switch (x.Type.Underlying)
        {
            case Basic b when b.IsString:
                valid = true;
                if (x.Mode == OperandMode.Constant) length = x.Val!.StringVal.Length;
                x.Mode = OperandMode.Value;
                x.Type = Universe.Byte;
                break;
            case Array a:
                valid = true;
                length = a.Len;
                if (x.Mode != OperandMode.Variable) x.Mode = OperandMode.Value;
                x.Type = a.Elem;
                break;
            case Pointer p when p.Elem.Underlying is Array pa:
                valid = true;
                length = pa.Len;
                x.Mode = OperandMode.Variable;
                x.Type = pa.Elem;
                break;
            case Slice s:
                valid = true;
                x.Mode = OperandMode.Variable;
                x.Type = s.Elem;
                break;
            case Map m:
                {
                    var index = SingleIndex(e);
                    if (index == null) { x.Mode = OperandMode.Invalid; return false; }
                    var key = new Operand();
                    Expr(key, index);
                    Assignment(key, m.Key, "map index");
                    x.Mode = OperandMode.MapIndex;
                    x.Type = m.Elem;
                    x.Expr = e;
                    return false;
                }
            case Interface it when x.Type is TypeParam:
                {
                    Type? key = null, elem = null;
                    var mode = OperandMode.Variable;
                    var xmode = x.Mode;
                    if (it.TypeSet.UnderIs(u =>
                        {
                            long l = -1;
                            Type? k = null, el = null;
                            switch (u)
                            {
                                case Basic b when b.IsString:
                                    el = Universe.Byte;
                                    mode = OperandMode.Value;
                                    break;
                                case Array a:
                                    l = a.Len;
                                    el = a.Elem;
                                    if (xmode != OperandMode.Variable) mode = OperandMode.Value;
                                    break;
                                case Pointer p when p.Elem.Underlying is Array pa:
                                    l = pa.Len;
                                    el = pa.Elem;
                                    break;
                                case Slice s:
                                    el = s.Elem;
                                    break;
                                case Map m:
                                    k = m.Key;
                                    el = m.Elem;
                                    break;
                            }
                            if (el == null) return false;
                            if (elem == null)
                            {
                                length = l;
                                key = k;
                                elem = el;
                                return true;
                            }
                            if (!Predicates.Identical(key, k)) return false;
                            if (!Predicates.Identical(elem, el)) return false;
                            if (l >= 0 && l < length) length = l;
                            return true;
                        }))
                    {
                        if (key != null)
                        {
                            var index = SingleIndex(e);
                            if (index == null) { x.Mode = OperandMode.Invalid; return false; }
                            var k = new Operand();
                            Expr(k, index);
                            Assignment(k, key, "map index");
                            x.Mode = OperandMode.MapIndex;
                            x.Type = elem!;
                            x.Expr = e;
                            return false;
                        }
                        valid = true;
                        x.Mode = mode;
                        x.Type = elem!;
                    }
                    break;
                }
        }

        if (!valid)
        {
            Error(x, $"{InvalidOp}cannot index {D(x)}");
            x.Mode = OperandMode.Invalid;
            return false;
        }
        var idx = SingleIndex(e);
        if (idx == null)
        {
            x.Mode = OperandMode.Invalid;
            return false;
        }
        Index(idx, length);
        return false;
    }

    private Expr? SingleIndex(IndexExpr e)
    {
        if (e.Indices.Count == 0)
        {
            Error(e, $"missing index for {E(e.X)}");
            return null;
        }
        if (e.Indices.Count > 1) Error(e.Indices[1], $"{InvalidOp}more than one index");
        return e.Indices[0];
    }

    private void SliceExprCheck(Operand x, SliceExpr e)
    {
        Expr(x, e.X);
        if (x.Mode == OperandMode.Invalid)
        {
            Use(e.Lo, e.Hi, e.Max);
            return;
        }
        bool valid = false;
        long length = -1;
        switch (Predicates.CoreString(x.Type))
        {
            case null:
                Error(x, $"{InvalidOp}cannot slice {D(x)}: {Ts(x.Type)} has no core type");
                x.Mode = OperandMode.Invalid;
                return;
            case Basic u when u.IsString:
                if (e.Slice3)
                {
                    Error(e.Max ?? (Expr)e, $"{InvalidOp}3-index slice of string");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                valid = true;
                if (x.Mode == OperandMode.Constant) length = x.Val!.StringVal.Length;
                if (Predicates.IsUntyped(x.Type)) x.Type = Universe.String;
                break;
            case Array a:
                valid = true;
                length = a.Len;
                if (x.Mode != OperandMode.Variable)
                {
                    Error(x, $"{InvalidOp}{D(x)} (slice of unaddressable value)");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                MarkAddressTaken(e.X);
                x.Type = new Slice(a.Elem);
                break;
            case Pointer p when p.Elem.Underlying is Array pa:
                valid = true;
                length = pa.Len;
                x.Type = new Slice(pa.Elem);
                break;
            case Slice:
                valid = true;
                break;
        }
        if (!valid)
        {
            Error(x, $"{InvalidOp}cannot slice {D(x)}");
            x.Mode = OperandMode.Invalid;
            return;
        }
        x.Mode = OperandMode.Value;
        if (e.Slice3 && (e.Hi == null || e.Max == null))
        {
            Error(e, "middle index required in 3-index slice");
            x.Mode = OperandMode.Invalid;
            return;
        }
        var exprs = new[] { e.Lo, e.Hi, e.Max };
        var ind = new long[3];
        for (int i = 0; i < 3; i++)
        {
            long v = -1;
            var ex = exprs[i];
            if (ex != null)
            {
                long max = length >= 0 ? length + 1 : -1;
                var (_, iv) = Index(ex, max);
                if (iv >= 0) v = iv;
            }
            else if (i == 0) v = 0;
            else if (length >= 0) v = length;
            ind[i] = v;
        }
        for (int i = 0; i < 2; i++)
        {
            var xv = ind[i];
            if (xv <= 0) continue;
            for (int j = i + 1; j < 3; j++)
            {
                var y = ind[j];
                if (y >= 0 && y < xv && exprs[j] != null)
                {
                    Error(exprs[j]!, $"invalid slice indices: {y} < {xv}");
                    return;
                }
            }
        }
    }

    /// <summary>Checks an index value against the length max (if known); returns its type and constant value (or -1).</summary>
    private (Type, long) Index(Expr index, long max)
    {
        var x = new Operand();
        Expr(x, index);
        if (!IsValidIndex(x, "index", false)) return (Universe.Invalid, -1);
        if (x.Mode != OperandMode.Constant) return (x.Type, -1);
        if (x.Val!.Kind == ConstKind.Unknown) return (Universe.Invalid, -1);
        x.Val.TryInt64(out var v);
        if (max >= 0 && v >= max)
        {
            Error(x, $"{InvalidArg}index {x.Val} out of bounds [0:{max}]");
            return (Universe.Invalid, -1);
        }
        return (x.Type, v);
    }

    private bool IsValidIndex(Operand x, string what, bool allowNegative)
    {
        if (x.Mode == OperandMode.Invalid) return false;
        ConvertUntyped(x, Universe.Int);
        if (x.Mode == OperandMode.Invalid) return false;
        if (!Predicates.AllInteger(x.Type))
        {
            Error(x, $"{InvalidArg}{what} {D(x)} must be integer");
            return false;
        }
        if (x.Mode == OperandMode.Constant)
        {
            if (!allowNegative && x.Val!.Sign < 0)
            {
                Error(x, $"{InvalidArg}{what} {D(x)} must not be negative");
                return false;
            }
            if (!Representable.IsRepresentable(x.Val!, Universe.Int, out var v))
            {
                Error(x, $"{InvalidArg}{what} {D(x)} overflows int");
                return false;
            }
            x.Val = v;
        }
        return true;
    }
}
