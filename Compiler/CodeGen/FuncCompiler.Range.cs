using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

internal sealed partial class FuncCompiler
{
    /// <summary>`for k, v := range x` over integers, slices, arrays, strings and maps.</summary>
    private void Range(RangeStmt s)
    {
        int mark = fb.NextReg;
        var xt = TypeOf(s.X);
        var u = xt.Underlying is T.Pointer p && p.Elem.Underlying is T.Array ? p.Elem.Underlying : xt.Underlying;
        var target = PushTarget(isLoop: true);
        // `for i, _ := range` is `for i := range`: no element is read (a nil *[N]T is fine).
        var value = s.Value is Ident { Name: "_" } ? null : s.Value;
        int x = fb.Alloc();
        ExprTo(s.X, x);
        if (u is T.Chan)
        {
            // for v := range ch: receive until the channel is closed and drained.
            int kv0 = fb.Alloc(2);
            int top0 = fb.Count;
            fb.Emit(OpCode.ChanRecv, kv0, x, 1);
            int exit0 = fb.Emit(OpCode.JmpIfNot, kv0 + 1);
            int bodyMark0 = fb.NextReg;
            AssignRangeVar(s, s.Key, kv0);
            Block(s.Body.Stmts);
            fb.Release(bodyMark0);
            int cont0 = fb.Count;
            fb.Emit(OpCode.Loop, top0);
            int end0 = fb.Count;
            fb.PatchJump(exit0, end0);
            PopTarget(target, end0, cont0);
            fb.Release(mark);
            return;
        }
        // Ranging over an array value iterates over a copy of it (the range expression is evaluated once).
        if (xt.Underlying is T.Array && value != null)
            fb.Emit(OpCode.Clone, x, x, fb.Type(pb.Map(xt)));
        int idx = fb.Alloc();
        int len = fb.Alloc();
        fb.Emit(OpCode.LoadInt, idx, 0);
        bool isMap = u is T.Map;
        bool isString = u is Basic b && Predicates.IsString(xt);
        switch (u)
        {
            case T.Map: fb.Emit(OpCode.MapIter, len, x); break;
            case T.Slice: fb.Emit(OpCode.LenSlice, len, x); break;
            case T.Array a: fb.Emit(OpCode.LoadInt, len, (int)a.Len); break;
            case Basic when isString: fb.Emit(OpCode.LenStr, len, x); break;
            case Basic: fb.Emit(OpCode.Move, len, x); break;
            default: Unsupported(s, "range over " + xt); return;
        }
        int kv = fb.Alloc(2);
        int top = fb.Count;
        int exit = isMap ? fb.Emit(OpCode.MapNext, kv, len) : fb.Emit(OpCode.JmpIfNotLtI, idx, len);
        int bodyMark = fb.NextReg;
        // The iteration values, then the loop variables (fresh per iteration: Go 1.22).
        if (!isMap)
        {
            if (isString) fb.Emit(OpCode.DecodeRune, kv, x, idx);
            else if (u is T.Slice sl && value != null)
            {
                var st = pb.Map(sl.Elem).Kind.StorageOf();
                fb.Emit(st switch { Storage.Byte => OpCode.LoadSliceB, Storage.Word => OpCode.LoadSliceW, _ => OpCode.LoadSliceS }, kv, x, idx, (int)KindOf(sl.Elem));
                if (IsAggregate(sl.Elem)) fb.Emit(OpCode.Clone, kv, kv, fb.Type(pb.Map(sl.Elem)));
            }
            else if (u is T.Array arr && value != null)
            {
                var st = pb.Map(arr.Elem).Kind.StorageOf();
                fb.Emit(st switch { Storage.Byte => OpCode.LoadArrB, Storage.Word => OpCode.LoadArrW, _ => OpCode.LoadArrS }, kv, x, idx, (int)KindOf(arr.Elem)); // a pointer to an array is its box
                if (IsAggregate(arr.Elem)) fb.Emit(OpCode.Clone, kv, kv, fb.Type(pb.Map(arr.Elem)));
            }
        }
        AssignRangeVar(s, s.Key, isMap ? kv : idx);
        if (value != null) AssignRangeVar(s, value, isMap || !isString ? kv + (isMap ? 1 : 0) : kv);
        Block(s.Body.Stmts);
        fb.Release(bodyMark);
        int cont = fb.Count;
        if (!isMap)
        {
            if (isString) fb.Emit(OpCode.AddI, idx, idx, kv + 1);
            else fb.Emit(OpCode.AddIK, idx, idx, 1);
        }
        fb.Emit(OpCode.Loop, top);
        int end = fb.Count;
        fb.PatchJump(exit, end);
        PopTarget(target, end, cont);
        fb.Release(mark);
    }

    private void AssignRangeVar(RangeStmt s, Expr? e, int value)
    {
        if (e == null || e is Ident { Name: "_" }) return;
        if (s.Define && e is Ident id && info.Defs.GetValueOrDefault(id) is T.Var v) DeclareLocalFrom(v, value);
        else StoreTo(e, value, owned: true);
    }
}
