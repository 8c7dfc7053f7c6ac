using System.Numerics;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

internal sealed partial class FuncCompiler
{
    /// <summary>Evaluates e; returns the register holding it (a local's own register, or a new temporary).</summary>
    private int Expr(Expr e)
    {
        if (e is ParenExpr p) return Expr(p.X);
        if (e is Ident id && info.ObjectOf(id) is T.Var v && locals.TryGetValue(v, out var l) && !l.InCell) return l.Reg;
        // A call's result is already in a fresh register: its frame base.
        if (e is CallExpr call && !(info.Types.TryGetValue(e, out var ctv) && ctv.Value != null)) return Call(call, wantResults: 1);
        int r = fb.Alloc();
        ExprTo(e, r);
        return r;
    }

    /// <summary>Evaluates e into register dst (its own type, no conversion).</summary>
    private void ExprTo(Expr e, int dst)
    {
        if (e.Pos.Line > 0) fb.Line = e.Pos.Line;
        if (info.Types.TryGetValue(e, out var tv) && tv.Value != null && tv.Mode == Mode.Constant)
        {
            LoadConstant(dst, TypeOf(e), tv.Value);
            return;
        }
        int mark = fb.NextReg;
        switch (e)
        {
            case ParenExpr p: ExprTo(p.X, dst); break;
            case Ident id: Name(id, dst); break;
            case BinaryExpr b: Binary(b, dst); break;
            case UnaryExpr u: Unary(u, dst); break;
            case CallExpr c when info.Types.GetValueOrDefault(c.Fun).Mode == Mode.TypeExpr: ConversionTo(c, dst); break;
            case CallExpr c when info.Types.GetValueOrDefault(c.Fun).Mode == Mode.Builtin || Unparen(c.Fun) is Ident bid && info.ObjectOf(bid) is Builtin:
                BuiltinCallTo(c, dst);
                break;
            case CallExpr c:
            {
                int b = Call(c, wantResults: 1);
                if (b != dst) fb.Emit(OpCode.Move, dst, b);
                break;
            }
            case IndexExpr ix: Index(ix, dst); break;
            case SliceExpr se: SliceOf(se, dst); break;
            case CompositeLit cl: Composite(cl, TypeOf(cl), dst); break;
            case SelectorExpr se: Selector(se, dst); break;
            case StarExpr st: LoadThrough(Expr(st.X), TypeOf(st), dst); break;
            case FuncLit fl: FuncLiteral(fl, dst); break;
            case TypeAssertExpr ta: TypeAssert(ta, dst, commaOk: false); break;
            default: Unsupported(e, "this expression (" + e.GetType().Name + ")"); break;
        }
        fb.Release(mark);
    }

    /// <summary>Evaluates e converted to type `to` (interface boxing, nil of a type) into dst, owned.</summary>
    private void ValueTo(Expr e, T.Type to, int dst)
    {
        var from = TypeOf(e);
        if (from is Basic { Kind: BasicKind.UntypedNil } || (info.Types.TryGetValue(e, out var tv) && tv.IsNil))
        {
            EmitZero(dst, to);
            return;
        }
        if (to.Underlying is Interface && from.Underlying is not Interface)
        {
            int mark = fb.NextReg;
            int r = Expr(e);
            int owned = Owned(r, e, from);
            fb.Emit(OpCode.ToIface, dst, owned, fb.Type(pb.Map(from)));
            fb.Release(mark);
            return;
        }
        if (IsAggregate(from) && IsBorrowed(e))
        {
            // A copy of a variable is made from its own register; of another location, in place once loaded.
            int mark = fb.NextReg;
            int src = Unparen(e) is Ident && Expr(e) is var r && r != dst ? r : -1;
            if (src < 0) { ExprTo(e, dst); src = dst; }
            fb.Emit(OpCode.Clone, dst, src, fb.Type(pb.Map(from)));
            fb.Release(mark); // a global or a cell was loaded into a temporary: free it (a call's arguments follow dst)
            return;
        }
        ExprTo(e, dst);
    }

    /// <summary>Converts a value already in a register from one type to another (assignability conversions only).</summary>
    private int Convert(int r, T.Type from, T.Type to)
    {
        if (to.Underlying is Interface && from.Underlying is not Interface)
        {
            int d = fb.Alloc();
            fb.Emit(OpCode.ToIface, d, r, fb.Type(pb.Map(from)));
            return d;
        }
        return r;
    }

    /// <summary>True if e denotes an existing location whose aggregate box must be copied before it is stored elsewhere.</summary>
    private bool IsBorrowed(Expr e) => e switch
    {
        ParenExpr p => IsBorrowed(p.X),
        Ident => true,
        SelectorExpr => true,
        IndexExpr => true,
        StarExpr => true,
        TypeAssertExpr => true,
        _ => false,
    };

    private int Owned(int r, Expr e, T.Type t)
    {
        if (!IsAggregate(t) || !IsBorrowed(e)) return r;
        int d = fb.Alloc();
        fb.Emit(OpCode.Clone, d, r, fb.Type(pb.Map(t)));
        return d;
    }

    private void Name(Ident id, int dst)
    {
        var obj = info.ObjectOf(id);
        switch (obj)
        {
            case T.Var v when locals.TryGetValue(v, out var l): LoadLocal(l, dst); break;
            case T.Var v when pb.IsGlobal(v): fb.Emit(OpCode.LoadGlobal, dst, pb.GlobalIndex(v)); break;
            case Func f:
                var fn = pb.FunctionFor(f, InstanceOf(id)); // an inferred instance: `go sum(xs)`, `apply(xs, double)`
                fb.Emit(OpCode.LoadK, dst, fb.Const(new Slot(fn.AsValue())));
                break;
            case Nil: fb.Emit(OpCode.LoadNil, dst); break;
            default: Unsupported(id, "this use of " + id.Name); break;
        }
    }

    private void LoadConstant(int dst, T.Type t, ConstValue v)
    {
        if (t.Underlying is Interface) t = Predicates.Default(TypeOfConst(v));
        var k = KindOf(t);
        if (t.Underlying is Interface || k == Kind.Invalid) k = KindOf(Predicates.Default(TypeOfConst(v)));
        switch (k)
        {
            case Kind.Bool: fb.Emit(OpCode.LoadInt, dst, v.ToBool() ? 1 : 0); break;
            case Kind.String: fb.Emit(OpCode.LoadK, dst, fb.StringConst(v.ToStringValue())); break;
            case Kind.Float32: fb.Emit(OpCode.LoadK, dst, fb.Const(Slot.FromFloat((float)v.ToDouble()))); break;
            case Kind.Float64: fb.Emit(OpCode.LoadK, dst, fb.Const(Slot.FromFloat(v.ToDouble()))); break;
            case Kind.Complex64: case Kind.Complex128:
            {
                double re = v.ToDouble(), im = v.ImagToDouble();
                if (k == Kind.Complex64) { re = (float)re; im = (float)im; }
                fb.Emit(OpCode.LoadK, dst, fb.Const(new Slot(new BoxedComplex(new Complex(re, im)))));
                break;
            }
            default:
            {
                long n = k.IsUnsigned() ? (long)v.ToUInt64() : v.ToInt64();
                if (n >= int.MinValue && n <= int.MaxValue) fb.Emit(OpCode.LoadInt, dst, (int)n);
                else fb.Emit(OpCode.LoadK, dst, fb.IntConst(n));
                break;
            }
        }
    }

    private static T.Type TypeOfConst(ConstValue v) => v.Kind switch
    {
        ConstKind.Bool => Universe.Typ(BasicKind.UntypedBool),
        ConstKind.String => Universe.Typ(BasicKind.UntypedString),
        ConstKind.Int => Universe.Typ(BasicKind.UntypedInt),
        ConstKind.Float => Universe.Typ(BasicKind.UntypedFloat),
        _ => Universe.Typ(BasicKind.UntypedComplex),
    };

    // ---- operators ----

    private void Binary(BinaryExpr b, int dst)
    {
        if (b.Op is Op.LogAnd or Op.LogOr)
        {
            ExprTo(b.X, dst);
            int j = fb.Emit(b.Op == Op.LogAnd ? OpCode.JmpIfNot : OpCode.JmpIf, dst);
            ExprTo(b.Y, dst);
            fb.PatchJump(j, fb.Count);
            return;
        }
        var xt = TypeOf(b.X);
        var yt = TypeOf(b.Y);
        if (b.Op is Op.Eql or Op.Neq or Op.Lss or Op.Leq or Op.Gtr or Op.Geq)
        {
            // Comparing with nil, or a concrete value with an interface.
            if (info.Types.TryGetValue(b.Y, out var ytv) && ytv.IsNil || yt is Basic { Kind: BasicKind.UntypedNil })
            {
                int x0 = Expr(b.X);
                fb.Emit(OpCode.IsNil, dst, x0);
                if (b.Op == Op.Neq) fb.Emit(OpCode.Not, dst, dst);
                return;
            }
            if (info.Types.TryGetValue(b.X, out var xtv) && xtv.IsNil || xt is Basic { Kind: BasicKind.UntypedNil })
            {
                int y0 = Expr(b.Y);
                fb.Emit(OpCode.IsNil, dst, y0);
                if (b.Op == Op.Neq) fb.Emit(OpCode.Not, dst, dst);
                return;
            }
            var ct = xt.Underlying is Interface ? xt : yt.Underlying is Interface ? yt : xt;
            // Operands are only read: a variable is compared in its own register.
            bool boxed = ct.Underlying is Interface;
            int x = boxed ? fb.Alloc() : Expr(b.X);
            if (boxed) ValueTo(b.X, ct, x);
            int y = boxed ? fb.Alloc() : Expr(b.Y);
            if (boxed) ValueTo(b.Y, ct, y);
            Compare(b.Op, ct, dst, x, y);
            return;
        }
        var t = TypeOf(b);
        int xr = Expr(b.X);
        if (b.Op is Op.Add or Op.Sub && KindOf(t).IsInteger() && SmallConstant(b.Y) is int k)
        {
            fb.Emit(OpCode.AddIK, dst, xr, b.Op == Op.Add ? k : -k);
            WrapIfNarrow(dst, t);
            return;
        }
        if (b.Op == Op.And && KindOf(t).IsInteger() && SmallConstant(b.Y) is int mask)
        {
            fb.Emit(OpCode.AndIK, dst, xr, mask);
            WrapIfNarrow(dst, t);
            return;
        }
        if (b.Op is Op.Shl or Op.Shr && ConstantShiftCount(b.Y) is int cnt)
        {
            // A constant count (possibly written as 1.0 or 1+0i) is a non-negative integer.
            Arith(b.Op, t, dst, xr, cnt, Universe.Typ(BasicKind.Uint));
            return;
        }
        int yr = Expr(b.Y);
        Arith(b.Op, t, dst, xr, yr, yt);
    }

    /// <summary>For a constant shift count: a register holding it as an unsigned integer (saturated past 64-bit), else null.</summary>
    private int? ConstantShiftCount(Expr y)
    {
        if (!info.Types.TryGetValue(y, out var tv) || tv.Value == null) return null;
        var v = tv.Value.ToInt();
        if (v.Kind != ConstKind.Int) return null;
        int r = fb.Alloc();
        var n = v.IntVal;
        LoadInt(r, n > long.MaxValue ? long.MaxValue : (long)n);
        return r;
    }

    /// <summary>The value of an integer constant expression that fits an instruction's immediate operand.</summary>
    private int? SmallConstant(Expr e)
    {
        if (info.Types.TryGetValue(e, out var tv) && tv.Value is { Kind: ConstKind.Int } v)
        {
            if (v.ToInt() is var iv && iv.Kind == ConstKind.Int && iv.ToInt64() is var n && n >= int.MinValue && n <= int.MaxValue) return (int)n;
        }
        return null;
    }

    /// <summary>dst = x op y for values of type t (y of type yt for shifts).</summary>
    private void Arith(Op op, T.Type t, int dst, int x, int y, T.Type yt)
    {
        var k = KindOf(t);
        if (k == Kind.String)
        {
            if (op == Op.Add) fb.Emit(OpCode.Concat, dst, x, y);
            else Unsupported(new Ident(Pos.None, ""), "string operator " + op);
            return;
        }
        if (k.IsFloat())
        {
            var fop = op switch { Op.Add => OpCode.AddF, Op.Sub => OpCode.SubF, Op.Mul => OpCode.MulF, _ => OpCode.DivF };
            fb.Emit(fop, dst, x, y);
            if (k == Kind.Float32) fb.Emit(OpCode.RoundF32, dst, dst);
            return;
        }
        if (k.IsComplex())
        {
            int code = op switch { Op.Add => 0, Op.Sub => 1, Op.Mul => 2, _ => 3 } + (k == Kind.Complex64 ? 4 : 0);
            fb.Emit(OpCode.ArithC, dst, x, y, code);
            return;
        }
        bool unsigned = k.IsUnsigned();
        int countUnsigned = KindOf(yt).IsUnsigned() ? 1 : 0;
        switch (op)
        {
            case Op.Add: fb.Emit(OpCode.AddI, dst, x, y); break;
            case Op.Sub: fb.Emit(OpCode.SubI, dst, x, y); break;
            case Op.Mul: fb.Emit(OpCode.MulI, dst, x, y); break;
            case Op.Quo: fb.Emit(unsigned ? OpCode.DivU : OpCode.DivI, dst, x, y); break;
            case Op.Rem: fb.Emit(unsigned ? OpCode.RemU : OpCode.RemI, dst, x, y); break;
            case Op.And: fb.Emit(OpCode.AndI, dst, x, y); break;
            case Op.Or: fb.Emit(OpCode.OrI, dst, x, y); break;
            case Op.Xor: fb.Emit(OpCode.XorI, dst, x, y); break;
            case Op.AndNot: fb.Emit(OpCode.AndNotI, dst, x, y); break;
            case Op.Shl: fb.Emit(OpCode.Shl, dst, x, y, countUnsigned); break;
            case Op.Shr: fb.Emit(unsigned ? OpCode.ShrU : OpCode.Shr, dst, x, y, countUnsigned); break;
        }
        WrapIfNarrow(dst, t);
    }

    private void WrapIfNarrow(int r, T.Type t)
    {
        var k = KindOf(t);
        if (k.IsInteger() && k.Bits() < 64) fb.Emit(OpCode.Wrap, r, r, (int)k);
    }

    private void Compare(Op op, T.Type t, int dst, int x, int y)
    {
        var k = KindOf(t);
        // a > b is b < a: swap operands for Gtr and Geq.
        if (op is Op.Gtr or Op.Geq) { (x, y) = (y, x); op = op == Op.Gtr ? Op.Lss : Op.Leq; }
        OpCode code;
        if (k == Kind.String) code = op switch { Op.Eql => OpCode.EqS, Op.Neq => OpCode.NeS, Op.Lss => OpCode.LtS, _ => OpCode.LeS };
        else if (k.IsFloat()) code = op switch { Op.Eql => OpCode.EqF, Op.Neq => OpCode.NeF, Op.Lss => OpCode.LtF, _ => OpCode.LeF };
        else if (k.IsInteger() || k == Kind.Bool)
            code = op switch { Op.Eql => OpCode.EqI, Op.Neq => OpCode.NeI, Op.Lss => k.IsUnsigned() ? OpCode.LtU : OpCode.LtI, _ => k.IsUnsigned() ? OpCode.LeU : OpCode.LeI };
        else
        {
            fb.Emit(OpCode.EqV, dst, x, y, fb.Type(pb.Map(t)));
            if (op == Op.Neq) fb.Emit(OpCode.Not, dst, dst);
            return;
        }
        fb.Emit(code, dst, x, y);
    }

    private void Unary(UnaryExpr u, int dst)
    {
        var t = TypeOf(u);
        var k = KindOf(t);
        switch (u.Op)
        {
            case Op.Not: fb.Emit(OpCode.Not, dst, Expr(u.X)); break;
            case Op.Add: ExprTo(u.X, dst); break;
            case Op.Sub:
                if (k.IsFloat()) fb.Emit(OpCode.NegF, dst, Expr(u.X));
                else if (k.IsComplex()) fb.Emit(OpCode.NegC, dst, Expr(u.X));
                else { fb.Emit(OpCode.NegI, dst, Expr(u.X)); WrapIfNarrow(dst, t); }
                break;
            case Op.Xor: fb.Emit(OpCode.NotI, dst, Expr(u.X)); WrapIfNarrow(dst, t); break;
            case Op.And: AddressOf(u.X, dst); break;
            case Op.Arrow: fb.Emit(OpCode.ChanRecv, dst, Expr(u.X), 0); break;
            default: Unsupported(u, "operator " + u.Op); break;
        }
    }

    // ---- indexing and slicing ----

    private void Index(IndexExpr ix, int dst)
    {
        var xt = TypeOf(ix.X);
        var u = xt.Underlying is T.Pointer pa && pa.Elem.Underlying is T.Array ? pa.Elem.Underlying : xt.Underlying;
        if (GenericCallee(ix) is { } g)
        {
            // f[int] as a value: the instantiated function.
            fb.Emit(OpCode.LoadK, dst, fb.Const(new Slot(pb.FunctionFor(g.Func, g.Mono).AsValue())));
            return;
        }
        switch (u)
        {
            case Basic when Predicates.IsString(xt):
                fb.Emit(OpCode.IndexStr, dst, Expr(ix.X), Expr(ix.Indices[0]));
                break;
            case T.Slice s:
            {
                int x = Expr(ix.X), i = Expr(ix.Indices[0]);
                var st = pb.Map(s.Elem).Kind.StorageOf();
                fb.Emit(st switch { Storage.Byte => OpCode.LoadSliceB, Storage.Word => OpCode.LoadSliceW, _ => OpCode.LoadSliceS }, dst, x, i, (int)KindOf(s.Elem));
                break;
            }
            case T.Array a:
            {
                int x = Expr(ix.X), i = Expr(ix.Indices[0]);
                var st = pb.Map(a.Elem).Kind.StorageOf();
                fb.Emit(st switch { Storage.Byte => OpCode.LoadArrB, Storage.Word => OpCode.LoadArrW, _ => OpCode.LoadArrS }, dst, x, i, (int)KindOf(a.Elem));
                break;
            }
            case T.Map m:
            {
                int x = Expr(ix.X);
                int k = fb.Alloc();
                ValueTo(ix.Indices[0], m.Key, k);
                fb.Emit(OpCode.MapGet, dst, x, k, fb.Type(pb.Map(xt)));
                break;
            }
            default: Unsupported(ix, "indexing " + xt); break;
        }
    }

    private void SliceOf(SliceExpr se, int dst)
    {
        var xt = TypeOf(se.X);
        var u = xt.Underlying is T.Pointer pa && pa.Elem.Underlying is T.Array ? pa.Elem.Underlying : xt.Underlying;
        int x = Expr(se.X);
        int b = fb.Alloc(3);
        if (se.Lo != null) ExprTo(se.Lo, b); else fb.Emit(OpCode.LoadInt, b, 0);
        bool isString = u is Basic;
        if (se.Hi != null) ExprTo(se.Hi, b + 1);
        else if (isString) fb.Emit(OpCode.LenStr, b + 1, x);
        else if (u is T.Slice) fb.Emit(OpCode.LenSlice, b + 1, x);
        else LoadInt(b + 1, ((T.Array)u).Len);
        if (se.Max != null) ExprTo(se.Max, b + 2);
        int hasMax = se.Max != null ? 1 : 0;
        if (isString) fb.Emit(OpCode.SliceStr, dst, x, b);
        else if (u is T.Slice) fb.Emit(OpCode.SliceSlice, dst, x, b, hasMax);
        else fb.Emit(OpCode.SliceArray, dst, x, b, hasMax);
    }

    private void ElementTo(Expr e, T.Type elem, int dst)
    {
        if (e is CompositeLit { Type: null } inner) Composite(inner, elem, dst);
        else ValueTo(e, elem, dst);
    }

    // ---- stores ----

    /// <summary>Stores register `value` (already converted to the target's type) into the location e denotes.</summary>
    private void StoreTo(Expr e, int value, bool owned) => Store(PrepareLValue(e), value);

    /// <summary>x.(T): dst = the value (or, comma-ok, dst and dst+1 = value, ok).</summary>
    private void TypeAssert(TypeAssertExpr ta, int dst, bool commaOk)
    {
        var target = TypeOf(ta.Type!);
        var src = TypeOf(ta.X);
        int x = Expr(ta.X);
        bool toIface = target.Underlying is Interface;
        var op = toIface ? (commaOk ? OpCode.AssertIfaceOk : OpCode.AssertIface) : (commaOk ? OpCode.AssertTypeOk : OpCode.AssertType);
        fb.Emit(op, dst, x, fb.Type(pb.Map(target)), fb.Type(pb.Map(src)));
    }
}
