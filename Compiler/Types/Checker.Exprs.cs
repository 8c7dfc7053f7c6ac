using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Expressions (go/types' expr.go): operators, untyped constant conversion, the expression dispatcher.
public sealed partial class Checker
{
    private enum ExprKind { Conversion, Expression, Statement }

    /// <summary>Why an implicit conversion of an untyped value failed.</summary>
    private enum ConvCode { None, TruncatedFloat, NumericOverflow, InvalidConstVal, InvalidUntypedConversion }

    private static string? OpName(Expr? x) => x switch
    {
        UnaryExpr { Op: Op.Xor } => "bitwise complement",
        BinaryExpr b => b.Op switch
        {
            Op.Add => "addition",
            Op.Sub => "subtraction",
            Op.Xor => "bitwise XOR",
            Op.Mul => "multiplication",
            Op.Shl => "shift",
            _ => null,
        },
        _ => null,
    };

    private static Pos OpPos(Expr? x) => x switch
    {
        null => Pos.None,
        BinaryExpr b => b.OpPos,
        UnaryExpr u => u.Pos,
        _ => StartPos(x),
    };

    /// <summary>Checks that a constant result is representable (typed) or not excessively large (untyped).</summary>
    private void Overflow(Operand x, Pos opPos)
    {
        if (x.Val!.Kind == ConstKind.Unknown)
        {
            ErrorAt(opPos, "constant result is not representable");
            return;
        }
        if (Predicates.IsTyped(x.Type))
        {
            RepresentableCheck(x, (Basic)x.Type.Underlying);
            return;
        }
        const int prec = 512;
        if (x.Val.Kind == ConstKind.Int && x.Val.BitLen > prec)
        {
            var op = OpName(x.Expr);
            ErrorAt(opPos, op != null ? $"constant {op} overflow" : "constant overflow");
            x.Val = ConstValue.Unknown;
        }
    }

    private void Unary(Operand x, UnaryExpr e)
    {
        Expr(x, e.X);
        if (x.Mode == OperandMode.Invalid) return;
        var op = e.Op;
        switch (op)
        {
            case Op.And:
                if (Unparen(e.X) is not CompositeLit && x.Mode != OperandMode.Variable)
                {
                    Error(x, $"{InvalidOp}cannot take address of {D(x)}");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                MarkAddressTaken(e.X);
                x.Mode = OperandMode.Value;
                x.Type = new Pointer(x.Type);
                return;
            case Op.Arrow:
                {
                    var u = Predicates.CoreType(x.Type);
                    if (u == null)
                    {
                        Error(x, $"{InvalidOp}cannot receive from {D(x)}: no core type");
                        x.Mode = OperandMode.Invalid;
                        return;
                    }
                    if (u is not Chan ch)
                    {
                        Error(x, $"{InvalidOp}cannot receive from non-channel {D(x)}");
                        x.Mode = OperandMode.Invalid;
                        return;
                    }
                    if (ch.Dir == ChanDir.Send)
                    {
                        Error(x, $"{InvalidOp}cannot receive from send-only channel {D(x)}");
                        x.Mode = OperandMode.Invalid;
                        return;
                    }
                    x.Mode = OperandMode.CommaOk;
                    x.Type = ch.Elem;
                    env.HasCallOrRecv = true;
                    return;
                }
            case Op.Tilde:
                if (!Predicates.AllInteger(x.Type))
                {
                    ErrorAt(e.Pos, "cannot use ~ outside of interface or type constraint");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                ErrorAt(e.Pos, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
                op = Op.Xor;
                break;
        }

        bool ok = op switch
        {
            Op.Add or Op.Sub => Predicates.AllNumeric(x.Type),
            Op.Xor => Predicates.AllInteger(x.Type),
            Op.Not => Predicates.AllBoolean(x.Type),
            _ => false,
        };
        if (!ok)
        {
            Error(x, $"{InvalidOp}operator {ExprString.OpString(op)} not defined on {D(x)}");
            x.Mode = OperandMode.Invalid;
            return;
        }

        if (x.Mode == OperandMode.Constant)
        {
            if (x.Val!.Kind == ConstKind.Unknown) return;
            int prec = 0;
            if (Predicates.IsUnsigned(x.Type)) prec = Representable.SizeOf(((Basic)x.Type.Underlying).Kind) * 8;
            x.Val = ConstValue.UnaryOp(op, x.Val, prec);
            x.Expr = e;
            Overflow(x, OpPos(x.Expr));
            return;
        }
        x.Mode = OperandMode.Value;
    }

    private static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p) e = p.X;
        return e;
    }

    private static bool IsShift(Op op) => op is Op.Shl or Op.Shr;
    private static bool IsComparison(Op op) => op is Op.Eql or Op.Neq or Op.Lss or Op.Leq or Op.Gtr or Op.Geq;

    // ---------------- representability and untyped conversion ----------------

    private void RepresentableCheck(Operand x, Basic typ)
    {
        var (v, code) = Representation(x, typ);
        if (code != ConvCode.None)
        {
            InvalidConversion(code, x, typ);
            x.Mode = OperandMode.Invalid;
            return;
        }
        x.Val = v;
    }

    private (ConstValue?, ConvCode) Representation(Operand x, Basic typ)
    {
        if (!Representable.IsRepresentable(x.Val!, typ, out var v))
        {
            if (Predicates.IsNumeric(x.Type) && typ.IsNumeric)
            {
                if (!Predicates.IsInteger(x.Type) && typ.IsInteger) return (null, ConvCode.TruncatedFloat);
                return (null, ConvCode.NumericOverflow);
            }
            return (null, ConvCode.InvalidConstVal);
        }
        return (v, ConvCode.None);
    }

    private void InvalidConversion(ConvCode code, Operand x, Type target)
    {
        var msg = code switch
        {
            ConvCode.TruncatedFloat => $"{D(x)} truncated to {Ts(target)}",
            ConvCode.NumericOverflow => $"{D(x)} overflows {Ts(target)}",
            _ => $"cannot convert {D(x)} to type {Ts(target)}",
        };
        Error(x, msg);
    }

    /// <summary>Propagates the final type of an untyped expression down to its operands and records it.</summary>
    private void UpdateExprType(Expr x, Type typ, bool final) => UpdateExprType0(null, x, typ, final);

    private void UpdateExprType0(Expr? parent, Expr x, Type typ, bool final)
    {
        if (!untyped.TryGetValue(x, out var old)) return;
        switch (x)
        {
            case FuncLit or CompositeLit or IndexExpr or SliceExpr or TypeAssertExpr or ArrayTypeExpr
                or StructTypeExpr or FuncTypeExpr or InterfaceTypeExpr or MapTypeExpr or ChanTypeExpr or StarExpr:
                return;
            case CallExpr or Ident or BasicLit or SelectorExpr:
                break;
            case ParenExpr p:
                UpdateExprType0(x, p.X, typ, final);
                break;
            case UnaryExpr u:
                if (old.Val != null) break;
                UpdateExprType0(x, u.X, typ, final);
                break;
            case BinaryExpr b:
                if (old.Val != null) break;
                if (IsComparison(b.Op)) { }
                else if (IsShift(b.Op)) UpdateExprType0(x, b.X, typ, final);
                else
                {
                    UpdateExprType0(x, b.X, typ, final);
                    UpdateExprType0(x, b.Y, typ, final);
                }
                break;
        }

        if (!final && Predicates.IsUntyped(typ))
        {
            untyped[x] = old with { Type = (Basic)typ.Underlying };
            return;
        }
        untyped.Remove(x);

        if (old.IsLhs)
        {
            if (!Predicates.AllInteger(typ))
            {
                Error(x, $"{InvalidOp}shifted operand {E(x)} (type {Ts(typ)}) must be integer");
                return;
            }
        }
        if (old.Val != null)
        {
            var c = new Operand(old.Mode, x, old.Type, old.Val);
            ConvertUntyped(c, typ);
            if (c.Mode == OperandMode.Invalid) return;
        }
        RecordTypeAndValue(x, old.Mode, typ, old.Val);
    }

    private void UpdateExprVal(Expr? x, ConstValue val)
    {
        if (x != null && untyped.TryGetValue(x, out var i)) untyped[x] = i with { Val = val };
    }

    private void ConvertUntyped(Operand x, Type target)
    {
        var (newType, val, code) = ImplicitTypeAndValue(x, target);
        if (code != ConvCode.None)
        {
            var t = target is TypeParam ? target : target.Underlying;
            InvalidConversion(code, x, t);
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (val != null)
        {
            x.Val = val;
            UpdateExprVal(x.Expr, val);
        }
        if (!ReferenceEquals(newType, x.Type))
        {
            x.Type = newType!;
            if (x.Expr != null) UpdateExprType(x.Expr, newType!, false);
        }
    }

    private static Type? MaxType(Type x, Type y)
    {
        if (ReferenceEquals(x, y)) return x;
        if (Predicates.IsUntyped(x) && Predicates.IsUntyped(y) && Predicates.IsNumeric(x) && Predicates.IsNumeric(y))
            return ((Basic)x).Kind > ((Basic)y).Kind ? x : y;
        return null;
    }

    /// <summary>The type an untyped operand takes on in a context expecting target, and its converted value.</summary>
    private (Type?, ConstValue?, ConvCode) ImplicitTypeAndValue(Operand x, Type target)
    {
        if (x.Mode == OperandMode.Invalid || Predicates.IsTyped(x.Type) || !Predicates.IsValid(target))
            return (x.Type, null, ConvCode.None);
        if (Predicates.IsUntyped(target))
        {
            var m = MaxType(x.Type, target);
            return m != null ? (m, null, ConvCode.None) : (null, null, ConvCode.InvalidUntypedConversion);
        }
        if (x.IsNil)
            return Predicates.HasNil(target) ? (target, null, ConvCode.None) : (null, null, ConvCode.InvalidUntypedConversion);

        switch (target.Underlying)
        {
            case Basic u:
                if (x.Mode == OperandMode.Constant)
                {
                    var (v, code) = Representation(x, u);
                    if (code != ConvCode.None) return (null, null, code);
                    return (target, v, ConvCode.None);
                }
                switch (((Basic)x.Type).Kind)
                {
                    case BasicKind.UntypedBool:
                        if (!Predicates.IsBoolean(target)) return (null, null, ConvCode.InvalidUntypedConversion);
                        break;
                    case BasicKind.UntypedInt or BasicKind.UntypedRune or BasicKind.UntypedFloat or BasicKind.UntypedComplex:
                        if (!Predicates.IsNumeric(target)) return (null, null, ConvCode.InvalidUntypedConversion);
                        break;
                    case BasicKind.UntypedString:
                        if (!Predicates.IsString(target)) return (null, null, ConvCode.InvalidUntypedConversion);
                        break;
                    default:
                        return (null, null, ConvCode.InvalidUntypedConversion);
                }
                break;
            case Interface u:
                if (target is TypeParam)
                {
                    if (!u.TypeSet.UnderIs(t => t != null && ImplicitTypeAndValue(x, t).Item1 != null))
                        return (null, null, ConvCode.InvalidUntypedConversion);
                    break;
                }
                if (!u.IsEmpty) return (null, null, ConvCode.InvalidUntypedConversion);
                return (Predicates.Default(x.Type), null, ConvCode.None);
            default:
                return (null, null, ConvCode.InvalidUntypedConversion);
        }
        return (target, null, ConvCode.None);
    }

    // ---------------- comparisons, shifts, binary operators ----------------

    private void Comparison(Operand x, Operand y, Op op, bool switchCase)
    {
        if (!Predicates.IsValid(x.Type) || !Predicates.IsValid(y.Type))
        {
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (switchCase) op = Op.Eql;
        var errOp = x;
        string cause = "";
        bool ok = AssignableTo(x, y.Type, null) || AssignableTo(y, x.Type, null);
        if (!ok)
        {
            errOp = y;
            cause = $"mismatched types {Ts(x.Type)} and {Ts(y.Type)}";
            goto Error;
        }
        switch (op)
        {
            case Op.Eql or Op.Neq:
                if (x.IsNil || y.IsNil)
                {
                    var typ = x.IsNil ? y.Type : x.Type;
                    if (!Predicates.HasNil(typ))
                    {
                        errOp = y;
                        goto Error;
                    }
                }
                else if (!Predicates.Comparable(x.Type))
                {
                    errOp = x;
                    cause = IncomparableCause(x.Type);
                    goto Error;
                }
                else if (!Predicates.Comparable(y.Type))
                {
                    errOp = y;
                    cause = IncomparableCause(y.Type);
                    goto Error;
                }
                break;
            default:
                if (!Predicates.AllOrdered(x.Type)) { errOp = x; goto Error; }
                if (!Predicates.AllOrdered(y.Type)) { errOp = y; goto Error; }
                break;
        }

        if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
        {
            x.Val = ConstValue.MakeBool(ConstValue.Compare(x.Val!, op, y.Val!));
        }
        else
        {
            x.Mode = OperandMode.Value;
            if (x.Expr != null) UpdateExprType(x.Expr, Predicates.Default(x.Type), true);
            if (y.Expr != null) UpdateExprType(y.Expr, Predicates.Default(y.Type), true);
        }
        x.Type = Universe.Typ(BasicKind.UntypedBool);
        return;

    Error:
        if (cause == "")
        {
            if (x.Type is TypeParam || y.Type is TypeParam)
            {
                if (x.Type is not TypeParam) errOp = y;
                cause = $"type parameter {Ts(errOp.Type)} is not comparable with {ExprString.OpString(op)}";
            }
            else
            {
                cause = $"operator {ExprString.OpString(op)} not defined on {KindString(errOp.Type)}";
            }
        }
        if (switchCase)
            Error(x, $"invalid case {E(x.Expr)} in switch on {E(y.Expr)} ({cause})");
        else
            Error(errOp, $"{InvalidOp}{E(x.Expr)} {ExprString.OpString(op)} {E(y.Expr)} ({cause})");
        x.Mode = OperandMode.Invalid;
    }

    private string IncomparableCause(Type typ)
    {
        if (typ.Underlying is Slice or Signature or Map) return KindString(typ) + " can only be compared to nil";
        string cause = "";
        Predicates.ComparableType(typ, true, null, s => cause = s);
        return cause;
    }

    private string KindString(Type typ) => typ.Underlying switch
    {
        Array => "array",
        Slice => "slice",
        Struct => "struct",
        Pointer => "pointer",
        Signature => "func",
        Interface => typ is TypeParam ? $"type parameter {Ts(typ)}" : "interface",
        Map => "map",
        Chan => "chan",
        _ => Ts(typ),
    };

    private void Shift(Operand x, Operand y, Expr? e, Op op)
    {
        ConstValue? xval = null;
        if (x.Mode == OperandMode.Constant) xval = x.Val!.ToInt();

        if (Predicates.AllInteger(x.Type) || (Predicates.IsUntyped(x.Type) && xval != null && xval.Kind == ConstKind.Int))
        {
            // ok
        }
        else
        {
            Error(x, $"{InvalidOp}shifted operand {D(x)} must be integer");
            x.Mode = OperandMode.Invalid;
            return;
        }

        ConstValue? yval = null;
        if (y.Mode == OperandMode.Constant)
        {
            yval = y.Val!.ToInt();
            if (yval.Kind == ConstKind.Int && yval.Sign < 0)
            {
                Error(y, $"{InvalidOp}negative shift count {D(y)}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (Predicates.IsUntyped(y.Type))
            {
                RepresentableCheck(y, Universe.Typ(BasicKind.Uint));
                if (y.Mode == OperandMode.Invalid)
                {
                    x.Mode = OperandMode.Invalid;
                    return;
                }
            }
        }
        else
        {
            if (Predicates.AllInteger(y.Type)) { }
            else if (Predicates.IsUntyped(y.Type))
            {
                ConvertUntyped(y, Universe.Typ(BasicKind.Uint));
                if (y.Mode == OperandMode.Invalid)
                {
                    x.Mode = OperandMode.Invalid;
                    return;
                }
            }
            else
            {
                Error(y, $"{InvalidOp}shift count {D(y)} must be integer");
                x.Mode = OperandMode.Invalid;
                return;
            }
        }

        if (x.Mode == OperandMode.Constant)
        {
            if (y.Mode == OperandMode.Constant)
            {
                if (x.Val!.Kind == ConstKind.Unknown || y.Val!.Kind == ConstKind.Unknown)
                {
                    x.Val = ConstValue.Unknown;
                    if (!Predicates.IsInteger(x.Type)) x.Type = Universe.Typ(BasicKind.UntypedInt);
                    return;
                }
                const ulong shiftBound = 1023 - 1 + 52;
                if (!yval!.TryUInt64(out var s) || s > shiftBound)
                {
                    Error(y, $"{InvalidOp}invalid shift count {D(y)}");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                if (!Predicates.IsInteger(x.Type)) x.Type = Universe.Typ(BasicKind.UntypedInt);
                x.Val = ConstValue.Shift(xval!, op, (uint)s);
                x.Expr = e;
                Overflow(x, OpPos(x.Expr));
                return;
            }
            if (Predicates.IsUntyped(x.Type))
            {
                // The type of an untyped constant shifted by a non-constant amount is determined by the context.
                if (x.Expr != null && untyped.TryGetValue(x.Expr, out var inf)) untyped[x.Expr] = inf with { IsLhs = true };
                x.Mode = OperandMode.Value;
                return;
            }
        }

        if (!Predicates.AllInteger(x.Type))
        {
            Error(x, $"{InvalidOp}shifted operand {D(x)} must be integer");
            x.Mode = OperandMode.Invalid;
            return;
        }
        x.Mode = OperandMode.Value;
    }

    private static bool BinaryOpOk(Op op, Type t) => op switch
    {
        Op.Add => Predicates.AllNumericOrString(t),
        Op.Sub or Op.Mul or Op.Quo => Predicates.AllNumeric(t),
        Op.Rem or Op.And or Op.Or or Op.Xor or Op.AndNot => Predicates.AllInteger(t),
        Op.LogAnd or Op.LogOr => Predicates.AllBoolean(t),
        _ => false,
    };

    /// <summary>Checks x op y; e is the binary expression, or null for an assignment operation `lhs op= rhs`.</summary>
    private void Binary(Operand x, Expr? e, Expr lhs, Expr rhs, Op op, Pos opPos)
    {
        var y = new Operand();
        Expr(x, lhs);
        Expr(y, rhs);
        if (x.Mode == OperandMode.Invalid) return;
        if (y.Mode == OperandMode.Invalid)
        {
            x.Mode = OperandMode.Invalid;
            x.Expr = y.Expr;
            return;
        }
        if (IsShift(op))
        {
            Shift(x, y, e, op);
            return;
        }
        MatchTypes(x, y);
        if (x.Mode == OperandMode.Invalid) return;
        if (IsComparison(op))
        {
            Comparison(x, y, op, false);
            return;
        }
        if (!Predicates.Identical(x.Type, y.Type))
        {
            if (Predicates.IsValid(x.Type) && Predicates.IsValid(y.Type))
            {
                if (e != null)
                    Error(x, $"{InvalidOp}{E(e)} (mismatched types {Ts(x.Type)} and {Ts(y.Type)})");
                else
                    Error(x, $"{InvalidOp}{E(lhs)} {ExprString.OpString(op)}= {E(rhs)} (mismatched types {Ts(x.Type)} and {Ts(y.Type)})");
            }
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (!BinaryOpOk(op, x.Type))
        {
            Error(x, $"{InvalidOp}operator {ExprString.OpString(op)} not defined on {D(x)}");
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (op is Op.Quo or Op.Rem)
        {
            if ((x.Mode == OperandMode.Constant || Predicates.AllInteger(x.Type)) && y.Mode == OperandMode.Constant && y.Val!.Sign == 0)
            {
                Error(y, $"{InvalidOp}division by zero");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant && Predicates.IsComplex(x.Type))
            {
                var re = y.Val!.Real();
                var im = y.Val.Imag();
                var re2 = ConstValue.BinaryOp(re, Op.Mul, re);
                var im2 = ConstValue.BinaryOp(im, Op.Mul, im);
                if (re2.Sign == 0 && im2.Sign == 0)
                {
                    Error(y, $"{InvalidOp}division by zero");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
            }
        }
        if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
        {
            if (x.Val!.Kind == ConstKind.Unknown || y.Val!.Kind == ConstKind.Unknown)
            {
                x.Val = ConstValue.Unknown;
                return;
            }
            bool intDiv = op == Op.Quo && Predicates.IsInteger(x.Type);
            x.Val = ConstValue.BinaryOp(x.Val, op, y.Val, intDiv);
            x.Expr = e;
            Overflow(x, e != null ? OpPos(e) : opPos);
            return;
        }
        x.Mode = OperandMode.Value;
    }

    /// <summary>Converts untyped operands to each other's types where that can make them match.</summary>
    private void MatchTypes(Operand x, Operand y)
    {
        static bool MayConvert(Operand x, Operand y)
        {
            if (Predicates.IsTyped(x.Type) && Predicates.IsTyped(y.Type)) return false;
            if (Predicates.IsNonTypeParamInterface(x.Type) || Predicates.IsNonTypeParamInterface(y.Type)) return true;
            if (Predicates.AllBoolean(x.Type) != Predicates.AllBoolean(y.Type)) return false;
            if (Predicates.AllString(x.Type) != Predicates.AllString(y.Type)) return false;
            if (x.IsNil) return Predicates.HasNil(y.Type);
            if (y.IsNil) return Predicates.HasNil(x.Type);
            if (x.Type.Underlying is Pointer || y.Type.Underlying is Pointer) return false;
            return true;
        }
        if (MayConvert(x, y))
        {
            ConvertUntyped(x, y.Type);
            if (x.Mode == OperandMode.Invalid) return;
            ConvertUntyped(y, x.Type);
            if (y.Mode == OperandMode.Invalid)
            {
                x.Mode = OperandMode.Invalid;
            }
        }
    }

    // ---------------- the expression dispatcher ----------------

    /// <summary>
    /// Checks e. target is the type of the variable or result e is assigned to, if known: a
    /// generic function assigned to a function-typed target gets its type arguments inferred
    /// from it (Go 1.21 reverse inference).
    /// </summary>
    private ExprKind RawExpr(Operand x, Expr e, Type? hint, bool allowGeneric, Type? target = null)
    {
        var kind = ExprInternal(x, e, hint);
        if (!allowGeneric) NonGeneric(x, target);
        Record(x);
        return kind;
    }

    private void NonGeneric(Operand x, Type? target = null)
    {
        if (x.Mode is OperandMode.Invalid or OperandMode.NoValue) return;
        if (target != null && x.Type is Signature { IsGeneric: true } && target.Underlying is Signature { IsGeneric: false })
        {
            InferFromTarget(x, target);
            return;
        }
        string? what = null;
        if (x.Type is Named n && n.IsGeneric) what = "type";
        else if (x.Type is Signature { IsGeneric: true }) what = "function";
        if (what != null)
        {
            Error(x.Expr!, $"cannot use generic {what} {E(x.Expr)} without instantiation");
            x.Mode = OperandMode.Invalid;
            x.Type = Universe.Invalid;
        }
    }

    private ExprKind ExprInternal(Operand x, Expr e, Type? hint)
    {
        x.Mode = OperandMode.Invalid;
        x.Type = Universe.Invalid;
        switch (e)
        {
            case Ident id:
                IdentExpr(x, id, null, false);
                break;
            case EllipsisType or EllipsisLen:
                Error(e, "invalid use of ...");
                goto Error;
            case BasicLit lit:
                BasicLitExpr(x, lit);
                if (x.Mode == OperandMode.Invalid) goto Error;
                break;
            case FuncLit fl:
                FuncLitExpr(x, fl);
                if (x.Mode == OperandMode.Invalid) goto Error;
                break;
            case CompositeLit cl:
                CompositeLitExpr(x, cl, hint);
                if (x.Mode == OperandMode.Invalid) goto Error;
                break;
            case ParenExpr p:
                {
                    var kind = RawExpr(x, p.X, null, false);
                    x.Expr = e;
                    return kind;
                }
            case SelectorExpr sel:
                Selector(x, sel, null, false);
                break;
            case IndexExpr ix:
                if (IndexExprCheck(x, ix)) FuncInst(x, ix);
                if (x.Mode == OperandMode.Invalid) goto Error;
                break;
            case SliceExpr sl:
                SliceExprCheck(x, sl);
                if (x.Mode == OperandMode.Invalid) goto Error;
                break;
            case TypeAssertExpr ta:
                {
                    Expr(x, ta.X);
                    if (x.Mode == OperandMode.Invalid) goto Error;
                    if (ta.Type == null)
                    {
                        Error(e, "use of .(type) outside type switch");
                        goto Error;
                    }
                    if (x.Type is TypeParam)
                    {
                        Error(x, $"{InvalidOp}cannot use type assertion on type parameter value {D(x)}");
                        goto Error;
                    }
                    if (x.Type.Underlying is not Interface)
                    {
                        Error(x, $"{InvalidOp}{D(x)} is not an interface");
                        goto Error;
                    }
                    var t = VarType(ta.Type);
                    if (!Predicates.IsValid(t)) goto Error;
                    TypeAssertion(e, x, t, false);
                    x.Mode = OperandMode.CommaOk;
                    x.Type = t;
                    break;
                }
            case CallExpr call:
                return CallExprCheck(x, call);
            case StarExpr st:
                ExprOrType(x, st.X, false);
                switch (x.Mode)
                {
                    case OperandMode.Invalid:
                        goto Error;
                    case OperandMode.TypeExpr:
                        ValidVarType(st.X, x.Type);
                        x.Type = new Pointer(x.Type);
                        break;
                    default:
                        {
                            Type? baseT = null;
                            var xx = x;
                            if (!UnderIs(x.Type, u =>
                                {
                                    if (u is not Pointer p)
                                    {
                                        Error(xx, $"{InvalidOp}cannot indirect {D(xx)}");
                                        return false;
                                    }
                                    if (baseT != null && !Predicates.Identical(p.Elem, baseT))
                                    {
                                        Error(xx, $"{InvalidOp}pointers of {D(xx)} must have identical base types");
                                        return false;
                                    }
                                    baseT = p.Elem;
                                    return true;
                                }))
                                goto Error;
                            x.Mode = OperandMode.Variable;
                            x.Type = baseT!;
                            break;
                        }
                }
                break;
            case UnaryExpr u:
                Unary(x, u);
                if (x.Mode == OperandMode.Invalid) goto Error;
                if (u.Op == Op.Arrow)
                {
                    x.Expr = e;
                    return ExprKind.Statement;
                }
                break;
            case BinaryExpr b:
                Binary(x, b, b.X, b.Y, b.Op, b.OpPos);
                if (x.Mode == OperandMode.Invalid) goto Error;
                break;
            case ArrayTypeExpr or StructTypeExpr or FuncTypeExpr or InterfaceTypeExpr or MapTypeExpr or ChanTypeExpr:
                x.Mode = OperandMode.TypeExpr;
                x.Type = Typ(e);
                break;
            case UnionExpr:
                Error(e, $"cannot use {E(e)} outside a type constraint");
                goto Error;
            default:
                Error(e, $"minigo: expression {e.GetType().Name} is not supported yet");
                goto Error;
        }
        x.Expr = e;
        return ExprKind.Expression;

    Error:
        x.Mode = OperandMode.Invalid;
        x.Expr = e;
        return ExprKind.Statement;
    }

    private static bool UnderIs(Type typ, Func<Type?, bool> f)
    {
        if (typ is TypeParam tp) return tp.Iface.TypeSet.UnderIs(f);
        return f(typ.Underlying);
    }

    private void TypeAssertion(Expr e, Operand x, Type t, bool typeSwitch)
    {
        var (ok, cause) = AssertableTo(x.Type, t);
        if (ok) return;
        if (typeSwitch)
        {
            Error(e, $"impossible type switch case: {E(e)}\n\t{D(x)} cannot have dynamic type {Ts(t)} {cause}");
            return;
        }
        Error(e, $"impossible type assertion: {E(e)}\n\t{Ts(t)} does not implement {Ts(x.Type)} {cause}");
    }

    /// <summary>Checks a single-valued expression (target: see RawExpr).</summary>
    private void Expr(Operand x, Expr e, Type? target = null)
    {
        RawExpr(x, e, null, false, target);
        Exclude(x, ExcludeNoValue | ExcludeBuiltin | ExcludeType);
        SingleValue(x);
    }

    private void GenericExpr(Operand x, Expr e)
    {
        RawExpr(x, e, null, true);
        Exclude(x, ExcludeNoValue | ExcludeBuiltin | ExcludeType);
        SingleValue(x);
    }

    /// <summary>Checks e, which may be multi-valued; with allowCommaOk a comma-ok expression yields two operands.</summary>
    private (List<Operand> list, bool commaOk) MultiExpr(Expr e, bool allowCommaOk, bool allowGenericFunc = false)
    {
        var x = new Operand();
        RawExpr(x, e, null, allowGenericFunc);
        if (allowGenericFunc && x.Type is Named { IsGeneric: true }) NonGeneric(x);
        Exclude(x, ExcludeNoValue | ExcludeBuiltin | ExcludeType);
        if (x.Type is Tuple t && x.Mode != OperandMode.Invalid)
        {
            var list = t.Vars.Select(v => new Operand(OperandMode.Value, e, v.Type)).ToList();
            return (list, false);
        }
        var res = new List<Operand> { x };
        if (allowCommaOk && x.Mode is OperandMode.MapIndex or OperandMode.CommaOk or OperandMode.CommaErr)
        {
            var x2 = new Operand(OperandMode.Value, e, Universe.Typ(BasicKind.UntypedBool));
            if (x.Mode == OperandMode.CommaErr) x2.Type = Universe.Error;
            res.Add(x2);
            return (res, true);
        }
        return (res, false);
    }

    private void ExprWithHint(Operand x, Expr e, Type hint)
    {
        RawExpr(x, e, hint, false);
        Exclude(x, ExcludeNoValue | ExcludeBuiltin | ExcludeType);
        SingleValue(x);
    }

    private void ExprOrType(Operand x, Expr e, bool allowGeneric)
    {
        RawExpr(x, e, null, allowGeneric);
        Exclude(x, ExcludeNoValue);
        SingleValue(x);
    }

    private const int ExcludeNoValue = 1, ExcludeBuiltin = 2, ExcludeType = 4;

    private void Exclude(Operand x, int modeset)
    {
        string? msg = null;
        switch (x.Mode)
        {
            case OperandMode.NoValue when (modeset & ExcludeNoValue) != 0:
                msg = (modeset & ExcludeType) != 0 ? $"{D(x)} used as value" : $"{D(x)} used as value or type";
                break;
            case OperandMode.Builtin when (modeset & ExcludeBuiltin) != 0:
                msg = $"{D(x)} must be called";
                break;
            case OperandMode.TypeExpr when (modeset & ExcludeType) != 0:
                msg = $"{D(x)} is not an expression";
                break;
        }
        if (msg != null)
        {
            Error(x, msg);
            x.Mode = OperandMode.Invalid;
        }
    }

    private void SingleValue(Operand x)
    {
        if (x.Mode == OperandMode.Value && x.Type is Tuple)
        {
            Error(x, $"multiple-value {D(x)} in single-value context");
            x.Mode = OperandMode.Invalid;
        }
    }

    /// <summary>Evaluates expressions for their side effects on "used" flags after an error.</summary>
    private void Use(params Expr?[] args)
    {
        foreach (var e in args)
        {
            if (e == null) continue;
            var x = new Operand();
            if (e is Ident id && id.Name == "_") continue;
            RawExpr(x, e, null, false);
        }
    }

    private void BasicLitExpr(Operand x, BasicLit e)
    {
        if (e.Kind is LitKind.Int or LitKind.Float or LitKind.Imag && e.Text.Length > 10000)
        {
            Error(e, $"excessively long constant: {e.Text[..10]}... ({e.Text.Length} chars)");
            return;
        }
        var (kind, val) = LiteralValue(e);
        if (val.Kind == ConstKind.Unknown)
        {
            Error(e, $"malformed constant: {e.Text}");
            return;
        }
        x.Mode = OperandMode.Constant;
        x.Type = Universe.Typ(kind);
        x.Val = val;
        x.Expr = e;
        Overflow(x, OpPos(x.Expr));
    }

    private void FuncLitExpr(Operand x, FuncLit e)
    {
        var sig = new Signature(null, [], Tuple.Empty, Tuple.Empty, false);
        if (e.Type.TypeParams.Count > 0) ErrorAt(e.Type.TypeParams[0].Pos, "function literal must have no type parameters");
        FuncType(sig, null, [], e.Type);
        RecordTypeAndValue(e.Type, OperandMode.TypeExpr, sig, null);
        info.FuncLits[e] = sig;
        info.Captures[e] = [];
        FuncBody(env.Decl, "<function literal>", sig, e.Body, env.Iota, e.Type, e);
        x.Mode = OperandMode.Value;
        x.Type = sig;
    }
}
