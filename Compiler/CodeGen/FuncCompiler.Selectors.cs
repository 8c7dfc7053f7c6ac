using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Fields, methods, pointers. A pointer to a struct or array is the aggregate's box itself,
/// so following an embedded pointer or dereferencing a struct pointer costs nothing but the
/// nil check that loading a field does anyway.
/// </summary>
internal sealed partial class FuncCompiler
{
    private void Selector(SelectorExpr e, int dst)
    {
        if (!info.Selections.TryGetValue(e, out var sel))
        {
            // A package member: pkg.Var or pkg.Func (constants were loaded as constants).
            switch (info.ObjectOf(e.Sel))
            {
                case T.Var v when pb.IsGlobal(v): fb.Emit(OpCode.LoadGlobal, dst, pb.GlobalIndex(v)); return;
                case Func f:
                    fb.Emit(OpCode.LoadK, dst, fb.Const(new Slot(pb.FunctionFor(f, InstanceOf(e.Sel)).AsValue())));
                    return;
                default: Unsupported(e, "this selector"); return;
            }
        }
        switch (sel.Kind)
        {
            case SelectionKind.FieldVal:
            {
                int cur = Expr(e.X);
                var path = sel.Index;
                for (int i = 0; i < path.Length; i++)
                {
                    int to = i == path.Length - 1 ? dst : fb.Alloc();
                    fb.Emit(OpCode.LoadField, to, cur, path[i]);
                    cur = to;
                }
                break;
            }
            case SelectionKind.MethodVal: MethodValue(e, sel, dst); break;
            case SelectionKind.MethodExpr: MethodExpression(e, sel, dst); break;
        }
    }

    /// <summary>
    /// Evaluates x and walks the embedding path of a selection up to (not including) its last
    /// step; returns the register holding the value that owns the field or method, and its type.
    /// </summary>
    private (int Reg, T.Type Type) WalkToOwner(Expr x, int[] path)
    {
        int cur = Expr(x);
        var t = TypeOf(x);
        for (int i = 0; i < path.Length - 1; i++)
        {
            var st = (Struct)(t.Underlying is T.Pointer p ? p.Elem.Underlying : t.Underlying);
            int to = fb.Alloc();
            fb.Emit(OpCode.LoadField, to, cur, path[i]);
            cur = to;
            t = TypeOf(st.Fields[path[i]]);
        }
        return (cur, t);
    }

    /// <summary>Puts the receiver for a call of concrete method m, selected through `sel`, into dst.</summary>
    private void Receiver(SelectorExpr e, Selection sel, Func m, int dst)
    {
        var ownerType = OwnerType(e.X, sel.Index);
        bool ptrRecv = m.Signature.Recv!.Type is T.Pointer;
        bool ownerIsPtr = ownerType.Underlying is T.Pointer && ownerType is not Named;
        var valueType = ownerIsPtr ? ((T.Pointer)ownerType.Underlying).Elem : ownerType;
        if (sel.Index.Length == 1 && (ptrRecv ? ownerIsPtr || IsAggregate(valueType) : !ownerIsPtr && !IsAggregate(valueType)))
        {
            // The receiver is x's value itself (a pointer, a struct's box, a scalar): straight into dst.
            ExprTo(e.X, dst);
            return;
        }
        var (owner, _) = WalkToOwner(e.X, sel.Index);
        if (ptrRecv)
        {
            if (ownerIsPtr || IsAggregate(valueType)) { if (owner != dst) fb.Emit(OpCode.Move, dst, owner); }
            else if (sel.Index.Length == 1) AddressOf(e.X, dst);
            else
            {
                // A pointer method of an embedded non-struct value: the receiver is the address
                // of that field, in the struct that embeds it.
                var path = sel.Index;
                int cur = Expr(e.X);
                for (int i = 0; i < path.Length - 2; i++)
                {
                    int to = fb.Alloc();
                    fb.Emit(OpCode.LoadField, to, cur, path[i]);
                    cur = to;
                }
                fb.Emit(OpCode.FieldAddr, dst, cur, path[^2], 0);
            }
            return;
        }
        if (ownerIsPtr)
        {
            if (IsAggregate(valueType)) { fb.Emit(OpCode.NilCheck, owner); fb.Emit(OpCode.Clone, dst, owner, fb.Type(pb.Map(valueType))); }
            else LoadThrough(owner, valueType, dst);
            return;
        }
        if (IsAggregate(valueType)) fb.Emit(OpCode.Clone, dst, owner, fb.Type(pb.Map(valueType)));
        else if (owner != dst) fb.Emit(OpCode.Move, dst, owner);
    }

    /// <summary>The receiver's static type after the embedding path: an interface means dynamic dispatch.</summary>
    private T.Type OwnerType(Expr x, int[] path)
    {
        var t = TypeOf(x);
        for (int i = 0; i < path.Length - 1; i++)
        {
            var st = (Struct)(t.Underlying is T.Pointer p ? p.Elem.Underlying : t.Underlying);
            t = TypeOf(st.Fields[path[i]]);
        }
        return t;
    }

    /// <summary>`x.M` as a value: a closure binding the receiver (evaluated now).</summary>
    private void MethodValue(SelectorExpr e, Selection sel, int dst)
    {
        var m = (Func)sel.Obj;
        var ownerType = OwnerType(e.X, sel.Index);
        int recv = fb.Alloc();
        Function target;
        var sig = (Signature)TypeOf(e);
        if (ownerType.Underlying is Interface)
        {
            var (owner, _) = WalkToOwner(e.X, sel.Index);
            fb.Emit(OpCode.Move, recv, owner);
            fb.Emit(OpCode.NilCheck, recv);
            target = BoundInterfaceMethod(TypeMapper.MethodKey(m), sig);
        }
        else
        {
            Receiver(e, sel, m, recv);
            var method = pb.FunctionFor(m, MethodMono(m, ownerType));
            target = BoundMethod(method, sig);
        }
        int cell = fb.Alloc();
        fb.Emit(OpCode.NewCell, cell, fb.Type(pb.Map(Universe.Any)));
        fb.Emit(OpCode.StorePtrS, cell, recv);
        fb.Emit(OpCode.MakeClosure, dst, fb.Callee(target), cell, 1);
    }

    private Mono? MethodMono(Func m, T.Type ownerType)
    {
        var named = (ownerType.Underlying is T.Pointer p && ownerType is not Named ? p.Elem : ownerType) as Named;
        if (named is not { IsInstance: true }) return null;
        var tparams = m.Origin.Signature.RecvTypeParams.Count > 0 ? m.Origin.Signature.RecvTypeParams : named.Origin.TypeParams;
        return Mono.Of(tparams, named.TypeArgs.Select(a => mono == null ? a : mono.Apply(a)).ToList());
    }

    /// <summary>A function that calls `method` with the receiver captured in cell 0 and its own parameters.</summary>
    private Function BoundMethod(Function method, Signature sig) =>
        pb.Wrapper("bound:" + method.GetHashCode() + ":" + method.Name, () =>
        {
            var fn = new Function(method.Name + "-fm") { File = method.File };
            pb.Enqueue(() => EmitBound(new FunctionBuilder(fn), sig, (fb2, at) => fb2.Emit(method.IsNative ? OpCode.CallNative : OpCode.Call, at, fb2.Callee(method))));
            return fn;
        });

    private Function BoundInterfaceMethod(string name, Signature sig) =>
        pb.Wrapper("boundiface:" + name + ":" + TypeString.Of(sig, p => p.Path), () =>
        {
            var fn = new Function("iface." + name + "-fm") { File = "$wrapper" };
            pb.Enqueue(() => EmitBound(new FunctionBuilder(fn), sig, (fb2, at) =>
                fb2.Emit(OpCode.CallIface, at, fb2.StringConst(name), fb2.CallCache())));
            return fn;
        });

    /// <summary>Body of a bound method: params r0..n-1; call frame at n holds receiver then params.</summary>
    private static void EmitBound(FunctionBuilder b, Signature sig, Action<FunctionBuilder, int> call)
    {
        int n = sig.Params.Vars.Count;
        int nres = sig.Results.Vars.Count;
        b.Alloc(n);
        int cell = b.Alloc();
        b.Emit(OpCode.LoadCapture, cell, 0);
        int frame = b.Alloc(n + 1);
        b.Emit(OpCode.LoadPtrS, frame, cell);
        for (int i = 0; i < n; i++) b.Emit(OpCode.Move, frame + 1 + i, i);
        b.Reserve(frame + Math.Max(n + 1, nres) + 1);
        call(b, frame);
        b.Emit(OpCode.Return, frame, nres);
        b.Finish(n, nres);
    }

    /// <summary>`T.M` or `(*T).M`: a function whose first parameter is the receiver.</summary>
    private void MethodExpression(SelectorExpr e, Selection sel, int dst)
    {
        var m = (Func)sel.Obj;
        var recvType = TypeOf(e.X);
        if (recvType.Underlying is Interface)
        {
            var sig = (Signature)TypeOf(e);
            string name = TypeMapper.MethodKey(m);
            var fn = pb.Wrapper("ifaceexpr:" + name + ":" + TypeString.Of(sig, p => p.Path), () =>
            {
                var w = new Function("iface." + name) { File = "$wrapper" };
                pb.Enqueue(() =>
                {
                    var b = new FunctionBuilder(w);
                    int n = sig.Params.Vars.Count, nres = sig.Results.Vars.Count;
                    b.Alloc(n);
                    int frame = b.Alloc(n);
                    for (int i = 0; i < n; i++) b.Emit(OpCode.Move, frame + i, i);
                    b.Reserve(frame + Math.Max(n, nres) + 1);
                    b.Emit(OpCode.CallIface, frame, b.StringConst(name), b.CallCache());
                    b.Emit(OpCode.Return, frame, nres);
                    b.Finish(n, nres);
                });
                return w;
            });
            fb.Emit(OpCode.LoadK, dst, fb.Const(new Slot(fn.AsValue())));
            return;
        }
        var entry = MethodSets.Of(recvType).FirstOrDefault(x => x.Func.Name == m.Name);
        if (entry == null) { Unsupported(e, "this method expression"); return; }
        var target = pb.MethodEntryFor(recvType, entry);
        fb.Emit(OpCode.LoadK, dst, fb.Const(new Slot(target.AsValue())));
    }

    // ---- pointers ----

    /// <summary>dst = &e.</summary>
    private void AddressOf(Expr e, int dst)
    {
        switch (e)
        {
            case ParenExpr p: AddressOf(p.X, dst); return;
            case Ident id:
            {
                var v = (T.Var)info.ObjectOf(id)!;
                if (locals.TryGetValue(v, out var l))
                {
                    if (!l.InCell && !IsAggregate(l.Type)) { Unsupported(e, "taking the address of " + id.Name); return; }
                    fb.Emit(OpCode.Move, dst, l.Reg); // a cell, or an aggregate's box: both are the pointer
                }
                else if (IsAggregate(TypeOf(v))) fb.Emit(OpCode.LoadGlobal, dst, pb.GlobalIndex(v));
                else fb.Emit(OpCode.GlobalAddr, dst, pb.GlobalIndex(v));
                return;
            }
            case SelectorExpr s when info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal:
            {
                var (owner, ownerType) = WalkToOwner(s.X, sel.Index);
                var st = (Struct)(ownerType.Underlying is T.Pointer p ? p.Elem.Underlying : ownerType.Underlying);
                int idx = sel.Index[^1];
                fb.Emit(OpCode.FieldAddr, dst, owner, idx, IsAggregate(TypeOf(st.Fields[idx])) ? 1 : 0);
                return;
            }
            case SelectorExpr s when info.ObjectOf(s.Sel) is T.Var g && pb.IsGlobal(g):
                if (IsAggregate(TypeOf(g))) fb.Emit(OpCode.LoadGlobal, dst, pb.GlobalIndex(g));
                else fb.Emit(OpCode.GlobalAddr, dst, pb.GlobalIndex(g));
                return;
            case IndexExpr ix:
            {
                var xt = TypeOf(ix.X);
                var u = xt.Underlying is T.Pointer pa ? pa.Elem.Underlying : xt.Underlying;
                T.Type elem = u is T.Slice sl ? sl.Elem : ((T.Array)u).Elem;
                int x = Expr(ix.X), i = Expr(ix.Indices[0]);
                fb.Emit(OpCode.ElemAddr, dst, x, i, (u is T.Slice ? 1 : 0) | (IsAggregate(elem) ? 2 : 0));
                return;
            }
            case StarExpr st: ExprTo(st.X, dst); fb.Emit(OpCode.NilCheck, dst); return;
            case CompositeLit cl:
            {
                var t = TypeOf(cl);
                if (IsAggregate(t)) { Composite(cl, t, dst); return; }
                int v = fb.Alloc();
                Composite(cl, t, v);
                fb.Emit(OpCode.NewCell, dst, fb.Type(pb.Map(t)));
                fb.Emit(OpCode.StorePtrS, dst, v);
                return;
            }
            default: Unsupported(e, "taking this address"); return;
        }
    }

    /// <summary>dst = *ptr for a pointer register whose element type is elem.</summary>
    private void LoadThrough(int ptr, T.Type elem, int dst)
    {
        if (IsAggregate(elem))
        {
            fb.Emit(OpCode.NilCheck, ptr);
            if (ptr != dst) fb.Emit(OpCode.Move, dst, ptr);
            return;
        }
        switch (pb.Map(elem).Kind.StorageOf())
        {
            case Storage.Byte: fb.Emit(OpCode.LoadPtrB, dst, ptr, (int)KindOf(elem)); break;
            case Storage.Word: fb.Emit(OpCode.LoadPtrW, dst, ptr); break;
            default: fb.Emit(OpCode.LoadPtrS, dst, ptr); break;
        }
    }

    private void StoreThrough(int ptr, T.Type elem, int value)
    {
        if (IsAggregate(elem)) { fb.Emit(OpCode.NilCheck, ptr); fb.Emit(OpCode.CopyInto, ptr, value, fb.Type(pb.Map(elem))); return; }
        switch (pb.Map(elem).Kind.StorageOf())
        {
            case Storage.Byte: fb.Emit(OpCode.StorePtrB, ptr, value); break;
            case Storage.Word: fb.Emit(OpCode.StorePtrW, ptr, value); break;
            default: fb.Emit(OpCode.StorePtrS, ptr, value); break;
        }
    }
}
