using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Assignable locations. Go assigns in two phases: first the index expressions and pointer
/// operands on the left (and the values on the right) are evaluated, then the stores happen
/// left to right. An LValue is a location whose operands have been evaluated into
/// registers of their own, so later stores in the same statement cannot change them.
/// </summary>
internal sealed partial class FuncCompiler
{
    private enum LKind { Blank, Local, Global, SliceElem, ArrayElem, MapElem, Field, Deref }

    private readonly record struct LValue(LKind Kind, T.Type Type, int A = -1, int B = -1, Local? Local = null, T.Var? Global = null, Storage Storage = Storage.Slot, int MapType = -1);

    private LValue PrepareLValue(Expr e) => PrepareLValue(e, stable: true);

    /// <summary>stable: copy the operands into registers of their own (needed when other stores of the same statement could change them).</summary>
    private LValue PrepareLValue(Expr e, bool stable)
    {
        while (e is ParenExpr p) e = p.X;
        var t = e is Ident { Name: "_" } ? Universe.Invalid : TypeOf(e);
        switch (e)
        {
            case Ident { Name: "_" }: return new LValue(LKind.Blank, t);
            case Ident id:
            {
                var obj = info.ObjectOf(id);
                if (obj is T.Var v && locals.TryGetValue(v, out var l)) return new LValue(LKind.Local, t, Local: l);
                if (obj is T.Var g && pb.IsGlobal(g)) return new LValue(LKind.Global, t, Global: g);
                break;
            }
            case SelectorExpr s when info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal:
            {
                var (owner, _) = WalkToOwner(s.X, sel.Index);
                if (!stable) return new LValue(LKind.Field, t, owner, sel.Index[^1]);
                int box = fb.Alloc();
                fb.Emit(OpCode.Move, box, owner);
                return new LValue(LKind.Field, t, box, sel.Index[^1]);
            }
            case SelectorExpr s when info.ObjectOf(s.Sel) is T.Var g && pb.IsGlobal(g):
                return new LValue(LKind.Global, t, Global: g);
            case IndexExpr ix:
            {
                var xt = TypeOf(ix.X);
                var u = xt.Underlying is T.Pointer pa && pa.Elem.Underlying is T.Array ? pa.Elem.Underlying : xt.Underlying;
                int x;
                if (stable) { x = fb.Alloc(); ExprTo(ix.X, x); } else x = Expr(ix.X);
                int Index()
                {
                    if (!stable) return Expr(ix.Indices[0]);
                    int r = fb.Alloc();
                    ExprTo(ix.Indices[0], r);
                    return r;
                }
                switch (u)
                {
                    case T.Map m:
                    {
                        int k = fb.Alloc();
                        ValueTo(ix.Indices[0], m.Key, k);
                        return new LValue(LKind.MapElem, t, x, k, MapType: fb.Type(pb.Map(xt)));
                    }
                    case T.Slice sl:
                        return new LValue(LKind.SliceElem, t, x, Index(), Storage: pb.Map(sl.Elem).Kind.StorageOf());
                    case T.Array a:
                        return new LValue(LKind.ArrayElem, t, x, Index(), Storage: pb.Map(a.Elem).Kind.StorageOf());
                }
                break;
            }
            case StarExpr st:
            {
                if (!stable) return new LValue(LKind.Deref, t, Expr(st.X));
                int ptr = fb.Alloc();
                ExprTo(st.X, ptr);
                return new LValue(LKind.Deref, t, ptr);
            }
        }
        Unsupported(e, "assignment to this expression");
        return new LValue(LKind.Blank, t);
    }

    /// <summary>Stores register `value` (converted to the location's type, owned) into the location.</summary>
    private void Store(in LValue lv, int value)
    {
        switch (lv.Kind)
        {
            case LKind.Blank: break;
            case LKind.Local: StoreLocal(lv.Local!, value); break;
            case LKind.Global:
                if (IsAggregate(lv.Type))
                {
                    int box = fb.Alloc();
                    fb.Emit(OpCode.LoadGlobal, box, pb.GlobalIndex(lv.Global!));
                    fb.Emit(OpCode.CopyInto, box, value, fb.Type(pb.Map(lv.Type)));
                }
                else fb.Emit(OpCode.StoreGlobal, value, pb.GlobalIndex(lv.Global!));
                break;
            case LKind.Field:
                if (IsAggregate(lv.Type))
                {
                    int box = fb.Alloc();
                    fb.Emit(OpCode.LoadField, box, lv.A, lv.B);
                    fb.Emit(OpCode.CopyInto, box, value, fb.Type(pb.Map(lv.Type)));
                }
                else fb.Emit(OpCode.StoreField, lv.A, lv.B, value);
                break;
            case LKind.SliceElem:
                fb.Emit(lv.Storage switch { Storage.Byte => OpCode.StoreSliceB, Storage.Word => OpCode.StoreSliceW, _ => OpCode.StoreSliceS }, lv.A, lv.B, value);
                break;
            case LKind.ArrayElem:
                fb.Emit(lv.Storage switch { Storage.Byte => OpCode.StoreArrB, Storage.Word => OpCode.StoreArrW, _ => OpCode.StoreArrS }, lv.A, lv.B, value);
                break;
            case LKind.MapElem: fb.Emit(OpCode.MapSet, lv.A, lv.B, value); break;
            case LKind.Deref: StoreThrough(lv.A, lv.Type, value); break;
        }
    }

    /// <summary>Reads the location's current value into dst (for op-assignments and ++/--).</summary>
    private void Load(in LValue lv, int dst)
    {
        switch (lv.Kind)
        {
            case LKind.Local: LoadLocal(lv.Local!, dst); break;
            case LKind.Global: fb.Emit(OpCode.LoadGlobal, dst, pb.GlobalIndex(lv.Global!)); break;
            case LKind.Field: fb.Emit(OpCode.LoadField, dst, lv.A, lv.B); break;
            case LKind.SliceElem:
                fb.Emit(lv.Storage switch { Storage.Byte => OpCode.LoadSliceB, Storage.Word => OpCode.LoadSliceW, _ => OpCode.LoadSliceS }, dst, lv.A, lv.B, (int)KindOf(lv.Type));
                break;
            case LKind.ArrayElem:
                fb.Emit(lv.Storage switch { Storage.Byte => OpCode.LoadArrB, Storage.Word => OpCode.LoadArrW, _ => OpCode.LoadArrS }, dst, lv.A, lv.B, (int)KindOf(lv.Type));
                break;
            case LKind.MapElem:
                fb.Emit(OpCode.MapGet, dst, lv.A, lv.B, lv.MapType);
                break;
            case LKind.Deref: LoadThrough(lv.A, lv.Type, dst); break;
        }
    }
}
