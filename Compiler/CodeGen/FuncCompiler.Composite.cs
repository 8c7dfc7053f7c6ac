using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

internal sealed partial class FuncCompiler
{
    /// <summary>A composite literal of type t into dst (a fresh value).</summary>
    private void Composite(CompositeLit cl, T.Type t, int dst)
    {
        switch (t.Underlying)
        {
            case Struct st:
            {
                fb.Emit(OpCode.Zero, dst, fb.Type(pb.Map(t)));
                int v = fb.Alloc();
                for (int i = 0; i < cl.Elements.Count; i++)
                {
                    var el = cl.Elements[i];
                    int idx = el.Key is Ident key ? st.IndexOf(key.Name) : i;
                    var ft = TypeOf(st.Fields[idx]);
                    ElementTo(el.Value, ft, v);
                    fb.Emit(OpCode.StoreField, dst, idx, v);
                }
                break;
            }
            case T.Array a:
            {
                fb.Emit(OpCode.Zero, dst, fb.Type(pb.Map(t)));
                StoreElements(cl, a.Elem, dst, isSlice: false);
                break;
            }
            case T.Slice s:
            {
                long n = LiteralLength(cl);
                int b = fb.Alloc(2);
                LoadInt(b, n);
                LoadInt(b + 1, n);
                fb.Emit(OpCode.MakeSlice, dst, b, fb.Type(pb.Map(s.Elem)));
                StoreElements(cl, s.Elem, dst, isSlice: true);
                break;
            }
            case T.Map m:
            {
                int hint = fb.Alloc();
                LoadInt(hint, cl.Elements.Count);
                fb.Emit(OpCode.MakeMap, dst, fb.Type(pb.Map(t)), hint);
                int k = fb.Alloc(), v = fb.Alloc();
                foreach (var el in cl.Elements)
                {
                    ElementTo(el.Key!, m.Key, k);
                    ElementTo(el.Value, m.Elem, v);
                    fb.Emit(OpCode.MapSet, dst, k, v);
                }
                break;
            }
            case T.Pointer p:
                // An elided &T in a literal of pointers: the new aggregate's box is the pointer.
                AddressOf(cl, dst, p.Elem);
                break;
            default: Unsupported(cl, "composite literal of type " + t); break;
        }
    }

    private void AddressOf(CompositeLit cl, int dst, T.Type elem)
    {
        if (IsAggregate(elem)) { Composite(cl, elem, dst); return; }
        int v = fb.Alloc();
        Composite(cl, elem, v);
        fb.Emit(OpCode.NewCell, dst, fb.Type(pb.Map(elem)));
        fb.Emit(OpCode.StorePtrS, dst, v);
    }

    private long LiteralLength(CompositeLit cl)
    {
        long next = 0, max = 0;
        foreach (var el in cl.Elements)
        {
            if (el.Key != null && info.Types.TryGetValue(el.Key, out var kt) && kt.Value != null) next = kt.Value.ToInt64();
            next++;
            if (next > max) max = next;
        }
        return max;
    }

    private void StoreElements(CompositeLit cl, T.Type elem, int dst, bool isSlice)
    {
        var st = pb.Map(elem).Kind.StorageOf();
        var op = isSlice
            ? st switch { Storage.Byte => OpCode.StoreSliceB, Storage.Word => OpCode.StoreSliceW, _ => OpCode.StoreSliceS }
            : st switch { Storage.Byte => OpCode.StoreArrB, Storage.Word => OpCode.StoreArrW, _ => OpCode.StoreArrS };
        int i = fb.Alloc(), v = fb.Alloc();
        long next = 0;
        foreach (var el in cl.Elements)
        {
            if (el.Key != null && info.Types.TryGetValue(el.Key, out var kt) && kt.Value != null) next = kt.Value.ToInt64();
            LoadInt(i, next);
            ElementTo(el.Value, elem, v);
            fb.Emit(op, dst, i, v);
            next++;
        }
    }

    private void LoadInt(int r, long v)
    {
        if (v >= int.MinValue && v <= int.MaxValue) fb.Emit(OpCode.LoadInt, r, (int)v);
        else fb.Emit(OpCode.LoadK, r, fb.IntConst(v));
    }

    /// <summary>A function literal: its body is compiled as a function; the closure captures cells and boxes.</summary>
    private void FuncLiteral(FuncLit lit, int dst)
    {
        var captures = info.Captures.TryGetValue(lit, out var c) ? c.Where(v => locals.ContainsKey(v)).ToList() : [];
        string name = fb.Fn.Name + ".func" + (++literalCount);
        var fn = pb.FunctionForLiteral(lit, name, info, pkg, mono, captures);
        int first = fb.NextReg;
        int b = fb.Alloc(Math.Max(1, captures.Count));
        for (int i = 0; i < captures.Count; i++) fb.Emit(OpCode.Move, b + i, locals[captures[i]].Reg);
        fb.Emit(OpCode.MakeClosure, dst, fb.Callee(fn), first, captures.Count);
    }
}
