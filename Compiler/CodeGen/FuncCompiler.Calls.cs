using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

internal sealed partial class FuncCompiler
{
    /// <summary>
    /// Compiles a call, conversion or builtin. The callee's frame starts at the first free
    /// register (the call base), where its results land; returns that base.
    /// </summary>
    private int Call(CallExpr call, int wantResults)
    {
        var funTv = info.Types.GetValueOrDefault(call.Fun);
        if (funTv.Mode == Mode.TypeExpr) return Conversion(call);
        if (funTv.Mode == Mode.Builtin || (call.Fun is Ident bid && info.ObjectOf(bid) is Builtin))
            return BuiltinCall(call);

        // The function value (if dynamic) is evaluated below the call base.
        var fun = call.Fun is ParenExpr pe ? pe.X : call.Fun;
        if (fun is SelectorExpr msel && info.Selections.TryGetValue(msel, out var sel) && sel.Kind == SelectionKind.MethodVal)
            return MethodCall(call, msel, sel);
        int fnReg = -1;
        Function? target = null;
        Signature sig;
        if (fun is Ident id && info.ObjectOf(id) is Func f)
        {
            if (TryInline(call, f) is var inl && inl >= 0) return inl;
            target = pb.FunctionFor(f, InstanceOf(id));
            sig = TypeOf(fun) as Signature ?? f.Signature;
        }
        else if (fun is IndexExpr gi && GenericCallee(gi) is { } gf)
        {
            target = pb.FunctionFor(gf.Func, gf.Mono);
            sig = TypeOf(fun) as Signature ?? gf.Func.Signature;
        }
        else if (fun is SelectorExpr sel2 && info.ObjectOf(sel2.Sel) is Func pf && !info.Selections.ContainsKey(sel2))
        {
            if (TryInline(call, pf) is var inl && inl >= 0) return inl;
            target = pb.FunctionFor(pf, InstanceOf(sel2.Sel));
            sig = TypeOf(fun) as Signature ?? pf.Signature;
        }
        else
        {
            sig = (Signature)TypeOf(fun).Underlying;
            fnReg = Expr(fun);
        }
        var srcs = ArgSources(call);
        int @base = fb.NextReg;
        int nargs = PushArgs(call, srcs, sig, @base);
        fb.Reserve(@base + Math.Max(nargs, sig.Results.Vars.Count));
        if (target != null && AtomicIntrinsic(fun, @base)) return @base;
        if (target != null) fb.Emit(target.IsNative ? OpCode.CallNative : OpCode.Call, @base, fb.Callee(target));
        else fb.Emit(OpCode.CallValue, @base, fnReg);
        return @base;
    }

    /// <summary>`f[int](x)`: the generic function and its instantiation.</summary>
    private (Func Func, Mono? Mono)? GenericCallee(IndexExpr ix)
    {
        var id = ix.X switch { Ident i => i, SelectorExpr s => s.Sel, _ => null };
        if (id == null || info.ObjectOf(id) is not Func f) return null;
        return (f, InstanceOf(id));
    }

    /// <summary>x.M(args): a static call for a concrete receiver, dynamic dispatch for an interface.</summary>
    private int MethodCall(CallExpr call, SelectorExpr e, Selection sel)
    {
        var m = (Func)sel.Obj;
        var ownerType = OwnerType(e.X, sel.Index);
        var sig = (Signature)TypeOf(e);
        bool dynamic = ownerType.Underlying is Interface;
        bool viaConstraint = !dynamic && m.Decl == null && m.Signature.Recv?.Type.Underlying is Interface;
        MethodSets.Entry? entry = null;
        if (viaConstraint)
        {
            // A constraint's method called on a type parameter: after instantiation the
            // receiver is concrete, so call that type's method (through a wrapper if promoted).
            entry = MethodSets.Of(ownerType).FirstOrDefault(x => x.Func.Name == m.Name);
            if (entry == null) { Unsupported(call, "method " + m.Name + " of " + ownerType); return fb.Alloc(); }
        }
        if (!dynamic && !viaConstraint && MethodMono(m, ownerType) == null && TryInlineMethod(call, e, sel, m) is var inl && inl >= 0) return inl;
        // The receiver is evaluated before the arguments (they may be a call returning several values).
        int recv = fb.Alloc();
        if (dynamic) fb.Emit(OpCode.Move, recv, WalkToOwner(e.X, sel.Index).Reg);
        else if (viaConstraint)
        {
            var (owner, _) = WalkToOwner(e.X, sel.Index);
            if (IsAggregate(ownerType)) fb.Emit(OpCode.Clone, recv, owner, fb.Type(pb.Map(ownerType)));
            else fb.Emit(OpCode.Move, recv, owner);
        }
        else Receiver(e, sel, m, recv);
        fb.Release(recv + 1);
        var srcs = ArgSources(call);
        int @base = recv;
        if (fb.NextReg > recv + 1)
        {
            // f's results of a multi-value argument sit above the receiver: start the frame above them.
            @base = fb.NextReg;
            fb.Alloc();
            fb.Emit(OpCode.Move, @base, recv);
        }
        fb.Release(@base + 1);
        PushArgs(call, srcs, sig, @base + 1);
        fb.Reserve(@base + 1 + Math.Max(sig.Params.Vars.Count, sig.Results.Vars.Count));
        if (dynamic)
            fb.Emit(OpCode.CallIface, @base, fb.StringConst(TypeMapper.MethodKey(m)), fb.CallCache());
        else if (viaConstraint || !MutexIntrinsic(m, @base))
        {
            var target = viaConstraint ? pb.MethodEntryFor(ownerType, entry!) : pb.FunctionFor(m, MethodMono(m, ownerType));
            fb.Emit(target.IsNative ? OpCode.CallNative : OpCode.Call, @base, fb.Callee(target));
        }
        return @base;
    }

    /// <summary>
    /// sync.(*Mutex).Lock and Unlock, receiver at base: their fast paths (one atomic operation)
    /// inline, then a call of lockSlow/unlockSlow that the fast path jumps over. Go's compiler
    /// inlines the same fast paths; here it saves two calls per critical section.
    /// </summary>
    private bool MutexIntrinsic(Func m, int @base)
    {
        if (m.Pkg?.Path != "sync" || m.Name is not ("Lock" or "Unlock")) return false;
        if (m.Signature.Recv?.Type is not Pointer { Elem: Named { Obj.Name: "Mutex" } mutex }) return false;
        if (mutex.Underlying is not Struct { Fields: [{ Name: "state" }, ..] })
            throw new InvalidOperationException("sync.Mutex must keep its state word as its first field");
        bool isLock = m.Name == "Lock";
        var slow = mutex.Methods.Single(x => x.Name == (isLock ? "lockSlow" : "unlockSlow"));
        fb.Reserve(@base + 2); // unlockSlow(new int32) takes the new state after the receiver
        int fast = fb.Emit(isLock ? OpCode.MutexTryLock : OpCode.MutexUnlockFast, @base);
        var slowFn = pb.FunctionFor(slow, null);
        fb.Emit(slowFn.IsNative ? OpCode.CallNative : OpCode.Call, @base, fb.Callee(slowFn));
        fb.PatchJump(fast, fb.Count);
        return true;
    }

    /// <summary>
    /// A direct call of a sync/atomic function (arguments already at base) becomes one VM
    /// instruction instead of a native call, as Go's compiler makes them intrinsics.
    /// </summary>
    private bool AtomicIntrinsic(Expr fun, int @base)
    {
        var id = fun switch { SelectorExpr s => s.Sel, Ident i => i, _ => null };
        if (id == null || info.ObjectOf(id) is not Func f || f.Pkg?.Path != "sync/atomic" || f.Signature.Recv != null) return false;
        string name = f.Name;
        Kind kind = name.EndsWith("Int32") ? Kind.Int32 : name.EndsWith("Int64") ? Kind.Int64 : name.EndsWith("Uint32") ? Kind.Uint32
            : name.EndsWith("Uint64") ? Kind.Uint64 : name.EndsWith("Uintptr") ? Kind.Uintptr : Kind.Invalid;
        if (kind == Kind.Invalid) return false;
        if (name.StartsWith("Add")) fb.Emit(OpCode.AtomicAdd, @base, @base, @base + 1, (int)kind);
        else if (name.StartsWith("Load")) fb.Emit(OpCode.AtomicLoad, @base, @base);
        else if (name.StartsWith("Store")) fb.Emit(OpCode.AtomicStore, @base, @base + 1);
        else if (name.StartsWith("Swap")) fb.Emit(OpCode.AtomicSwap, @base, @base, @base + 1);
        else if (name.StartsWith("CompareAndSwap")) fb.Emit(OpCode.AtomicCAS, @base, @base, @base + 1);
        else return false;
        return true;
    }

    private Mono? InstanceOf(Ident id)
    {
        if (!info.Instances.TryGetValue(id, out var inst)) return null;
        if (info.ObjectOf(id) is not Func f) return null;
        var targs = inst.TypeArgs.Select(t => mono == null ? t : mono.Apply(t)).ToList();
        return Mono.Of(f.Origin.Signature.TypeParams, targs);
    }

    /// <summary>One argument: an expression to evaluate, or a value already in a register (from f(g())).</summary>
    private readonly record struct ArgSource(Expr? Expr, int Reg, T.Type Type);

    /// <summary>
    /// The arguments of a call as sources. For f(g()) with g returning several values, g is
    /// called now and its results become register sources: call this before choosing the
    /// call base, so those registers stay below it.
    /// </summary>
    private List<ArgSource> ArgSources(CallExpr call)
    {
        if (call.Args.Count == 1 && TypeOf(call.Args[0]) is T.Tuple tuple && tuple.Vars.Count > 1)
        {
            int b = MultiValue(call.Args[0], tuple.Vars.Count);
            return tuple.Vars.Select((v, i) => new ArgSource(null, b + i, v.Type)).ToList();
        }
        return call.Args.Select(a => new ArgSource(a, -1, TypeOf(a))).ToList();
    }

    private void Put(ArgSource src, T.Type to, int dst)
    {
        if (src.Expr != null) { ValueTo(src.Expr, to, dst); return; }
        int c = Convert(src.Reg, src.Type, to);
        if (c != dst) fb.Emit(OpCode.Move, dst, c);
    }

    /// <summary>Places a call's arguments at `at`, converted to the parameter types (variadic ones packed into a slice). Returns their count.</summary>
    private int PushArgs(CallExpr call, Signature sig, int at) => PushArgs(call, ArgSources(call), sig, at);

    private int PushArgs(CallExpr call, List<ArgSource> srcs, Signature sig, int at)
    {
        var ps = sig.Params.Vars;
        int np = ps.Count;
        fb.Release(at);
        fb.Reserve(at);
        int fixedCount = sig.Variadic ? np - 1 : np;
        for (int i = 0; i < fixedCount; i++)
        {
            int r = fb.Alloc();
            Put(srcs[i], TypeOf(ps[i]), r);
        }
        if (sig.Variadic)
        {
            int r = fb.Alloc();
            var sliceType = TypeOf(ps[np - 1]);
            if (call.HasEllipsis) Put(srcs[^1], sliceType, r);
            else
            {
                var elem = ((T.Slice)sliceType.Underlying).Elem;
                int n = srcs.Count - fixedCount;
                if (n == 0) fb.Emit(OpCode.LoadNil, r);
                else
                {
                    int mark = fb.NextReg;
                    int b = fb.Alloc(2);
                    fb.Emit(OpCode.LoadInt, b, n);
                    fb.Emit(OpCode.LoadInt, b + 1, n);
                    fb.Emit(OpCode.MakeSlice, r, b, fb.Type(pb.Map(elem)));
                    var st = pb.Map(elem).Kind.StorageOf();
                    int idx = fb.Alloc(), v = fb.Alloc();
                    for (int k = 0; k < n; k++)
                    {
                        fb.Emit(OpCode.LoadInt, idx, k);
                        Put(srcs[fixedCount + k], elem, v);
                        fb.Emit(st switch { Storage.Byte => OpCode.StoreSliceB, Storage.Word => OpCode.StoreSliceW, _ => OpCode.StoreSliceS }, r, idx, v);
                    }
                    fb.Release(mark);
                }
            }
        }
        return np;
    }

    private T.Type ParamType(Signature sig, int i) => TypeOf(sig.Params.Vars[Math.Min(i, sig.Params.Vars.Count - 1)]);

    /// <summary>Evaluates a multi-valued expression (a call, or a comma-ok form); returns the base of n consecutive registers.</summary>
    private int MultiValue(Expr e, int n)
    {
        if (e is ParenExpr p) return MultiValue(p.X, n);
        if (e is CallExpr c)
        {
            int b = Call(c, n);
            fb.Reserve(b + n);
            return b;
        }
        if (e is IndexExpr ix && TypeOf(ix.X).Underlying is T.Map m)
        {
            int x = Expr(ix.X);
            int k = fb.Alloc();
            ValueTo(ix.Indices[0], m.Key, k);
            int b = fb.Alloc(2);
            fb.Emit(OpCode.MapGet2, b, x, k, fb.Type(pb.Map(TypeOf(ix.X))));
            return b;
        }
        if (e is TypeAssertExpr ta)
        {
            int b = fb.Alloc(2);
            TypeAssert(ta, b, commaOk: true);
            return b;
        }
        if (e is UnaryExpr { Op: Op.Arrow } recv)
        {
            int ch = Expr(recv.X);
            int b = fb.Alloc(2);
            fb.Emit(OpCode.ChanRecv, b, ch, 1); // v, ok := <-ch
            return b;
        }
        Unsupported(e, "this multi-valued expression");
        return fb.Alloc(n);
    }

    /// <summary>For defer: loads the callee as a func value into fnReg. recvReg is -1 (methods are not yet supported here).</summary>
    private bool LoadCallee(CallExpr call, int fnReg, out Signature? sig, out int recvReg)
    {
        recvReg = -1;
        sig = null;
        var fun = call.Fun is ParenExpr pe ? pe.X : call.Fun;
        if (info.Types.GetValueOrDefault(call.Fun).Mode is Mode.Builtin or Mode.TypeExpr) return false;
        if (fun is Ident bi && info.ObjectOf(bi) is Builtin) return false;
        sig = TypeOf(fun).Underlying as Signature;
        if (sig == null) return false;
        ExprTo(fun, fnReg);
        return true;
    }

    // ---- conversions ----

    private int Conversion(CallExpr call)
    {
        int dst = fb.Alloc();
        ConversionTo(call, dst);
        return dst;
    }

    /// <summary>T(x) into dst (x is evaluated before dst is written).</summary>
    private void ConversionTo(CallExpr call, int dst)
    {
        var to = TypeOf(call);
        var from = TypeOf(call.Args[0]);
        if (info.Types.TryGetValue(call, out var tv) && tv.Value != null)
        {
            LoadConstant(dst, to, tv.Value);
            return;
        }
        var tk = KindOf(to);
        var fk = KindOf(from);
        if (to.Underlying is Interface) { ValueTo(call.Args[0], to, dst); return; }
        int x = Expr(call.Args[0]);
        if (tk.IsInteger() && fk.IsInteger())
        {
            fb.Emit(OpCode.Move, dst, x);
            WrapIfNarrow(dst, to);
        }
        else if (tk.IsFloat() && fk.IsInteger())
        {
            fb.Emit(OpCode.IntToFloat, dst, x, fk.IsUnsigned() ? 1 : 0);
            if (tk == Kind.Float32) fb.Emit(OpCode.RoundF32, dst, dst);
        }
        else if (tk.IsInteger() && fk.IsFloat()) fb.Emit(OpCode.FloatToInt, dst, x, (int)tk);
        else if (tk.IsFloat() && fk.IsFloat())
        {
            fb.Emit(OpCode.Move, dst, x);
            if (tk == Kind.Float32) fb.Emit(OpCode.RoundF32, dst, dst);
        }
        else if (tk.IsComplex() && fk.IsComplex()) fb.Emit(OpCode.ConvComplex, dst, x, tk == Kind.Complex64 ? 1 : 0);
        else if (tk.IsComplex() && (fk.IsFloat() || fk.IsInteger()))
        {
            // Only reachable in generic code (T(3.14) with T ~complex128): real part x, imaginary 0.
            int re = x;
            if (fk.IsInteger()) { re = fb.Alloc(); fb.Emit(OpCode.IntToFloat, re, x, fk.IsUnsigned() ? 1 : 0); }
            int zero = fb.Alloc();
            fb.Emit(OpCode.LoadK, zero, fb.Const(Slot.FromFloat(0)));
            fb.Emit(OpCode.MakeComplex, dst, re, zero, tk == Kind.Complex64 ? 1 : 0);
        }
        else if (tk == Kind.String && fk.IsInteger()) fb.Emit(OpCode.ConvStr, dst, x, (int)StringConv.RuneToString);
        else if (tk == Kind.String && to.Underlying is Basic && from.Underlying is T.Slice fs)
            fb.Emit(OpCode.ConvStr, dst, x, (int)(KindOf(fs.Elem) == Kind.Int32 ? StringConv.RunesToString : StringConv.BytesToString));
        else if (from.Underlying is T.Slice && to.Underlying is T.Array)
            fb.Emit(OpCode.SliceToArray, dst, x, fb.Type(pb.Map(to)), 0);
        else if (from.Underlying is T.Slice && to.Underlying is T.Pointer tp && tp.Elem.Underlying is T.Array)
            fb.Emit(OpCode.SliceToArray, dst, x, fb.Type(pb.Map(tp.Elem)), 1);
        else if (fk == Kind.String && to.Underlying is T.Slice ts)
            fb.Emit(OpCode.ConvStr, dst, x, (int)(KindOf(ts.Elem) == Kind.Int32 ? StringConv.StringToRunes : StringConv.StringToBytes));
        else
        {
            fb.Emit(OpCode.Move, dst, x);
            if (IsAggregate(to) && IsBorrowed(call.Args[0])) fb.Emit(OpCode.Clone, dst, dst, fb.Type(pb.Map(to)));
        }
    }

    // ---- builtins ----

    private int BuiltinCall(CallExpr call)
    {
        int dst = fb.Alloc();
        BuiltinCallTo(call, dst);
        return dst;
    }

    /// <summary>A builtin's result into dst (its operands are evaluated before dst is written).</summary>
    private void BuiltinCallTo(CallExpr call, int dst)
    {
        var fun = call.Fun is ParenExpr pe ? pe.X : call.Fun;
        var b = (Builtin)info.ObjectOf((Ident)fun)!;
        if (info.Types.TryGetValue(call, out var ctv) && ctv.Value != null)
        {
            LoadConstant(dst, TypeOf(call), ctv.Value);
            return;
        }
        var args = call.Args;
        switch (b.Id)
        {
            case BuiltinId.Len:
            case BuiltinId.Cap:
            {
                var t = TypeOf(args[0]);
                var u = t.Underlying is T.Pointer ptr ? ptr.Elem.Underlying : t.Underlying;
                int x = Expr(args[0]);
                switch (u)
                {
                    case Basic: fb.Emit(OpCode.LenStr, dst, x); break;
                    case T.Slice: fb.Emit(b.Id == BuiltinId.Len ? OpCode.LenSlice : OpCode.CapSlice, dst, x); break;
                    case T.Map: fb.Emit(OpCode.LenMap, dst, x); break;
                    case T.Chan: fb.Emit(OpCode.ChanLenCap, dst, x, b.Id == BuiltinId.Len ? 0 : 1); break;
                    case T.Array a: fb.Emit(OpCode.LoadInt, dst, (int)a.Len); break;
                    default: Unsupported(call, "len of " + t); break;
                }
                break;
            }
            case BuiltinId.Append:
            {
                var st = TypeOf(call);
                var elem = ((T.Slice)st.Underlying).Elem;
                var srcs = ArgSources(call); // append(f()) spreads f's results
                int s0 = fb.Alloc();
                Put(srcs[0], st, s0);
                if (call.HasEllipsis)
                {
                    int other = srcs[1].Expr != null ? Expr(srcs[1].Expr!) : srcs[1].Reg;
                    fb.Emit(OpCode.AppendSlice, dst, s0, other, fb.Type(pb.Map(elem)));
                    break;
                }
                int n = srcs.Count - 1;
                int first = fb.Alloc(n);
                for (int i = 0; i < n; i++) Put(srcs[i + 1], elem, first + i);
                fb.Emit(OpCode.Append, dst, s0, n, fb.Type(pb.Map(elem)));
                break;
            }
            case BuiltinId.Make:
            {
                var t = TypeOf(args[0]);
                switch (t.Underlying)
                {
                    case T.Slice s:
                    {
                        int lc = fb.Alloc(2);
                        ExprTo(args[1], lc);
                        if (args.Count > 2) ExprTo(args[2], lc + 1); else fb.Emit(OpCode.Move, lc + 1, lc);
                        fb.Emit(OpCode.MakeSlice, dst, lc, fb.Type(pb.Map(s.Elem)));
                        break;
                    }
                    case T.Map:
                    {
                        int hint = -1;
                        if (args.Count > 1) hint = Expr(args[1]);
                        fb.Emit(OpCode.MakeMap, dst, fb.Type(pb.Map(t)), hint);
                        break;
                    }
                    case T.Chan:
                    {
                        int size = -1;
                        if (args.Count > 1) size = Expr(args[1]);
                        fb.Emit(OpCode.MakeChan, dst, fb.Type(pb.Map(t)), size);
                        break;
                    }
                    default: Unsupported(call, "make of " + t); break;
                }
                break;
            }
            case BuiltinId.Close:
                fb.Emit(OpCode.ChanClose, Expr(args[0]));
                break;
            case BuiltinId.Copy:
            {
                var cs = ArgSources(call); // copy(f()) spreads f's results
                int d = cs[0].Expr != null ? Expr(cs[0].Expr!) : cs[0].Reg;
                int s = cs[1].Expr != null ? Expr(cs[1].Expr!) : cs[1].Reg;
                var elem = ((T.Slice)cs[0].Type.Underlying).Elem;
                fb.Emit(OpCode.Copy, dst, d, s, fb.Type(pb.Map(elem)));
                break;
            }
            case BuiltinId.Delete:
            {
                var ds = ArgSources(call); // delete(f()) spreads f's results
                var m = (T.Map)ds[0].Type.Underlying;
                int x = ds[0].Expr != null ? Expr(ds[0].Expr!) : ds[0].Reg;
                int k = fb.Alloc();
                Put(ds[1], m.Key, k);
                fb.Emit(OpCode.MapDelete, x, k);
                break;
            }
            case BuiltinId.Panic:
            {
                int v = fb.Alloc();
                ValueTo(args[0], Universe.Any, v);
                fb.Emit(OpCode.Panic, v);
                break;
            }
            case BuiltinId.Recover: fb.Emit(OpCode.Recover, dst); break;
            case BuiltinId.Print:
            case BuiltinId.Println:
            {
                var ps = ArgSources(call); // println(f()) prints all of f's results
                int first = fb.Alloc(Math.Max(1, ps.Count));
                var types = new RType[ps.Count];
                for (int i = 0; i < ps.Count; i++)
                {
                    var t = ps[i].Type;
                    if (t is Basic bt && bt.IsUntyped) t = Predicates.Default(t);
                    types[i] = pb.Map(t);
                    Put(ps[i], t, first + i);
                }
                fb.Emit(OpCode.Print, first, ps.Count, fb.Const(new Slot(types)), b.Id == BuiltinId.Println ? 1 : 0);
                break;
            }
            case BuiltinId.Min:
            case BuiltinId.Max:
            {
                var t = TypeOf(call);
                int first = fb.Alloc(args.Count);
                for (int i = 0; i < args.Count; i++) ValueTo(args[i], t, first + i);
                var k = KindOf(t);
                int cls = k == Kind.String ? 3 : k.IsFloat() ? 2 : k.IsUnsigned() ? 1 : 0;
                fb.Emit(OpCode.MinMax, dst, first, args.Count, cls * 2 + (b.Id == BuiltinId.Max ? 1 : 0));
                break;
            }
            case BuiltinId.Clear:
            {
                var t = TypeOf(args[0]);
                int x = Expr(args[0]);
                if (t.Underlying is T.Map) fb.Emit(OpCode.Clear, 1, x);
                else fb.Emit(OpCode.Clear, 0, x, fb.Type(pb.Map(((T.Slice)t.Underlying).Elem)));
                break;
            }
            case BuiltinId.Real:
            case BuiltinId.Imag:
            {
                fb.Emit(OpCode.RealImag, dst, Expr(args[0]), b.Id == BuiltinId.Real ? 0 : 1);
                if (KindOf(TypeOf(call)) == Kind.Float32) fb.Emit(OpCode.RoundF32, dst, dst);
                break;
            }
            case BuiltinId.Complex:
            {
                var ct = TypeOf(call);
                var ft = KindOf(ct) == Kind.Complex64 ? Universe.Typ(BasicKind.Float32) : Universe.Typ(BasicKind.Float64);
                var srcs = ArgSources(call); // complex(f()) spreads f's results
                int re = fb.Alloc(), im = fb.Alloc();
                Put(srcs[0], ft, re);
                Put(srcs[1], ft, im);
                fb.Emit(OpCode.MakeComplex, dst, re, im, KindOf(ct) == Kind.Complex64 ? 1 : 0);
                break;
            }
            case BuiltinId.New:
                fb.Emit(OpCode.New, dst, fb.Type(pb.Map(((T.Pointer)TypeOf(call)).Elem)));
                break;
            default: Unsupported(call, "builtin " + b.Name); break;
        }
    }

    // ---- method wrappers (interface dispatch) ----

    /// <summary>A promoted method of an embedded interface field: walk to the field, then dispatch on it.</summary>
    public void CompileInterfaceForwarder(T.Type recv, MethodSets.Entry m)
    {
        var sig = m.Func.Signature;
        int n = sig.Params.Vars.Count, nres = sig.Results.Vars.Count;
        fb.Alloc(1 + n);
        int cur = 0;
        foreach (int idx in m.Path)
        {
            int to = fb.Alloc();
            fb.Emit(OpCode.LoadField, to, cur, idx);
            cur = to;
        }
        int frame = fb.Alloc(1 + n);
        fb.Emit(OpCode.Move, frame, cur);
        for (int i = 0; i < n; i++) fb.Emit(OpCode.Move, frame + 1 + i, 1 + i);
        fb.Reserve(frame + Math.Max(1 + n, nres) + 1);
        fb.Emit(OpCode.CallIface, frame, fb.StringConst(TypeMapper.MethodKey(m.Func)), fb.CallCache());
        fb.Emit(OpCode.Return, frame, nres);
        fb.Finish(1 + n, nres);
    }

    /// <summary>
    /// The method-table entry of dynamic type `recv` for a method declared on another
    /// receiver: walks the embedding path, dereferences or takes the box as the target's
    /// receiver needs, and forwards the parameters (Go's autogenerated wrappers).
    /// </summary>
    public void CompileMethodWrapper(T.Type recv, MethodSets.Entry m, Function target)
    {
        var sig = m.Func.Signature;
        int n = sig.Params.Vars.Count, nres = sig.Results.Vars.Count;
        fb.Alloc(1 + n);
        int cur = 0;
        var t = recv;
        bool ptrRecv = sig.Recv!.Type is T.Pointer;
        for (int k = 0; k < m.Path.Length; k++)
        {
            int idx = m.Path[k];
            var st = (Struct)(t.Underlying is T.Pointer p ? p.Elem.Underlying : t.Underlying);
            var ft = st.Fields[idx].Type;
            int to = fb.Alloc();
            // A pointer method of an embedded non-pointer scalar needs the field's address.
            bool addressOfField = ptrRecv && k == m.Path.Length - 1 && ft.Underlying is not T.Pointer && !IsAggregate(ft);
            fb.Emit(addressOfField ? OpCode.FieldAddr : OpCode.LoadField, to, cur, idx);
            cur = to;
            t = addressOfField ? new T.Pointer(ft) : ft;
        }
        int frame = fb.Alloc(1 + n);
        bool isPtr = t.Underlying is T.Pointer && t is not Named;
        var valueType = isPtr ? ((T.Pointer)t.Underlying).Elem : t;
        if (ptrRecv || !isPtr && !IsAggregate(valueType)) fb.Emit(OpCode.Move, frame, cur);
        else if (isPtr) { LoadThrough(cur, valueType, frame); if (IsAggregate(valueType)) fb.Emit(OpCode.Clone, frame, frame, fb.Type(pb.Map(valueType))); }
        else fb.Emit(OpCode.Clone, frame, cur, fb.Type(pb.Map(valueType)));
        for (int i = 0; i < n; i++) fb.Emit(OpCode.Move, frame + 1 + i, 1 + i);
        fb.Reserve(frame + Math.Max(1 + n, nres) + 1);
        fb.Emit(target.IsNative ? OpCode.CallNative : OpCode.Call, frame, fb.Callee(target));
        fb.Emit(OpCode.Return, frame, nres);
        fb.Finish(1 + n, nres);
    }
}
