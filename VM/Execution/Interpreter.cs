using System.Numerics;
using System.Runtime.CompilerServices;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>How a slice of execution ended.</summary>
public enum RunStatus
{
    /// <summary>The goroutine's entry function returned.</summary>
    Done,
    /// <summary>The budget ran out at a call or loop back-edge; Run again to continue.</summary>
    Yielded,
    /// <summary>A nested run (Go called from native code) returned to its caller.</summary>
    CallbackReturned,
}

/// <summary>
/// The interpreter loop: one function, one case per opcode (see OpCode). Go-to-Go calls push
/// a frame on the goroutine's own stack and continue in the same loop, so a goroutine can
/// stop at any call or back-edge by saving pc, and resume later, anywhere.
/// </summary>
public static partial class Interpreter
{
    /// <summary>
    /// Runs g until it finishes or `budget` calls and back-edges have passed. Runtime errors
    /// surface as GoPanic exceptions from helpers; they are turned into Go panics here.
    /// </summary>
    public static RunStatus Run(Goroutine g, int budget, bool nested = false)
    {
        Function fn = g.CurFn;
        Instr[] code = fn.Code;
        int pc = g.Pc;
        int fp = g.Fp;
        Closure? clo = g.CurClosure;
        Slot[] s = g.Stack;

        while (true)
        {
            try
            {
                while (true)
                {
                    ref Instr ins = ref code[pc++];
                    switch (ins.Op)
                    {
                        case OpCode.Nop: break;

                        // ---- moves and constants ----
                        case OpCode.Move: s[fp + ins.A] = s[fp + ins.B]; break;
                        case OpCode.LoadK: s[fp + ins.A] = fn.Constants[ins.B]; break;
                        case OpCode.LoadInt: s[fp + ins.A] = new Slot(ins.B); break;
                        case OpCode.LoadNil: s[fp + ins.A] = default; break;
                        case OpCode.Zero: s[fp + ins.A] = fn.Types[ins.B].Zero(); break;
                        case OpCode.LoadGlobal: s[fp + ins.A] = g.Machine.Globals[ins.B]; break;
                        case OpCode.StoreGlobal: g.Machine.Globals[ins.B] = s[fp + ins.A]; break;
                        case OpCode.GlobalAddr: s[fp + ins.A] = new Slot(ins.B, g.Machine.Globals); break;
                        case OpCode.Clone: s[fp + ins.A] = new Slot(fn.Types[ins.C].CloneBox(s[fp + ins.B].R!)); break;
                        case OpCode.CopyInto: fn.Types[ins.C].CopyInto(s[fp + ins.A].R!, s[fp + ins.B].R!); break;

                        // ---- integer arithmetic ----
                        case OpCode.AddI: s[fp + ins.A] = new Slot(s[fp + ins.B].N + s[fp + ins.C].N); break;
                        case OpCode.AddIK: s[fp + ins.A] = new Slot(s[fp + ins.B].N + ins.C); break;
                        case OpCode.SubI: s[fp + ins.A] = new Slot(s[fp + ins.B].N - s[fp + ins.C].N); break;
                        case OpCode.MulI: s[fp + ins.A] = new Slot(unchecked(s[fp + ins.B].N * s[fp + ins.C].N)); break;
                        case OpCode.DivI: s[fp + ins.A] = new Slot(Arith.DivI(s[fp + ins.B].N, s[fp + ins.C].N)); break;
                        case OpCode.RemI: s[fp + ins.A] = new Slot(Arith.RemI(s[fp + ins.B].N, s[fp + ins.C].N)); break;
                        case OpCode.DivU: s[fp + ins.A] = new Slot(Arith.DivU(s[fp + ins.B].N, s[fp + ins.C].N)); break;
                        case OpCode.RemU: s[fp + ins.A] = new Slot(Arith.RemU(s[fp + ins.B].N, s[fp + ins.C].N)); break;
                        case OpCode.AndI: s[fp + ins.A] = new Slot(s[fp + ins.B].N & s[fp + ins.C].N); break;
                        case OpCode.OrI: s[fp + ins.A] = new Slot(s[fp + ins.B].N | s[fp + ins.C].N); break;
                        case OpCode.XorI: s[fp + ins.A] = new Slot(s[fp + ins.B].N ^ s[fp + ins.C].N); break;
                        case OpCode.AndNotI: s[fp + ins.A] = new Slot(s[fp + ins.B].N & ~s[fp + ins.C].N); break;
                        case OpCode.Shl: s[fp + ins.A] = new Slot(Arith.Shl(s[fp + ins.B].N, s[fp + ins.C].N, ins.D)); break;
                        case OpCode.Shr: s[fp + ins.A] = new Slot(Arith.Shr(s[fp + ins.B].N, s[fp + ins.C].N, ins.D)); break;
                        case OpCode.ShrU: s[fp + ins.A] = new Slot(Arith.ShrU(s[fp + ins.B].N, s[fp + ins.C].N, ins.D)); break;
                        case OpCode.NegI: s[fp + ins.A] = new Slot(-s[fp + ins.B].N); break;
                        case OpCode.NotI: s[fp + ins.A] = new Slot(~s[fp + ins.B].N); break;
                        case OpCode.Wrap: s[fp + ins.A] = new Slot(((Kind)ins.C).Wrap(s[fp + ins.B].N)); break;

                        // ---- floats ----
                        case OpCode.AddF: s[fp + ins.A] = Slot.FromFloat(s[fp + ins.B].F + s[fp + ins.C].F); break;
                        case OpCode.SubF: s[fp + ins.A] = Slot.FromFloat(s[fp + ins.B].F - s[fp + ins.C].F); break;
                        case OpCode.MulF: s[fp + ins.A] = Slot.FromFloat(s[fp + ins.B].F * s[fp + ins.C].F); break;
                        case OpCode.DivF: s[fp + ins.A] = Slot.FromFloat(s[fp + ins.B].F / s[fp + ins.C].F); break;
                        case OpCode.NegF: s[fp + ins.A] = Slot.FromFloat(-s[fp + ins.B].F); break;
                        case OpCode.RoundF32: s[fp + ins.A] = Slot.FromFloat((float)s[fp + ins.B].F); break;

                        // ---- complex ----
                        case OpCode.ArithC: s[fp + ins.A] = Arith.Complex(s[fp + ins.B], s[fp + ins.C], ins.D); break;
                        case OpCode.NegC: s[fp + ins.A] = new Slot(new BoxedComplex(-((BoxedComplex)s[fp + ins.B].R!).Value)); break;
                        case OpCode.MakeComplex:
                        {
                            double re = s[fp + ins.B].F, im = s[fp + ins.C].F;
                            if (ins.D == 1) { re = (float)re; im = (float)im; }
                            s[fp + ins.A] = new Slot(new BoxedComplex(new Complex(re, im)));
                            break;
                        }
                        case OpCode.RealImag:
                        {
                            var c = ((BoxedComplex)s[fp + ins.B].R!).Value;
                            s[fp + ins.A] = Slot.FromFloat(ins.C == 0 ? c.Real : c.Imaginary);
                            break;
                        }

                        // ---- comparisons ----
                        case OpCode.EqI: s[fp + ins.A] = new Slot(s[fp + ins.B].N == s[fp + ins.C].N ? 1 : 0); break;
                        case OpCode.NeI: s[fp + ins.A] = new Slot(s[fp + ins.B].N != s[fp + ins.C].N ? 1 : 0); break;
                        case OpCode.LtI: s[fp + ins.A] = new Slot(s[fp + ins.B].N < s[fp + ins.C].N ? 1 : 0); break;
                        case OpCode.LeI: s[fp + ins.A] = new Slot(s[fp + ins.B].N <= s[fp + ins.C].N ? 1 : 0); break;
                        case OpCode.LtU: s[fp + ins.A] = new Slot((ulong)s[fp + ins.B].N < (ulong)s[fp + ins.C].N ? 1 : 0); break;
                        case OpCode.LeU: s[fp + ins.A] = new Slot((ulong)s[fp + ins.B].N <= (ulong)s[fp + ins.C].N ? 1 : 0); break;
                        case OpCode.EqF: s[fp + ins.A] = new Slot(s[fp + ins.B].F == s[fp + ins.C].F ? 1 : 0); break;
                        case OpCode.NeF: s[fp + ins.A] = new Slot(s[fp + ins.B].F != s[fp + ins.C].F ? 1 : 0); break;
                        case OpCode.LtF: s[fp + ins.A] = new Slot(s[fp + ins.B].F < s[fp + ins.C].F ? 1 : 0); break;
                        case OpCode.LeF: s[fp + ins.A] = new Slot(s[fp + ins.B].F <= s[fp + ins.C].F ? 1 : 0); break;
                        case OpCode.EqS: s[fp + ins.A] = new Slot(string.Equals(s[fp + ins.B].S, s[fp + ins.C].S) ? 1 : 0); break;
                        case OpCode.NeS: s[fp + ins.A] = new Slot(string.Equals(s[fp + ins.B].S, s[fp + ins.C].S) ? 0 : 1); break;
                        case OpCode.LtS: s[fp + ins.A] = new Slot(string.CompareOrdinal(s[fp + ins.B].S, s[fp + ins.C].S) < 0 ? 1 : 0); break;
                        case OpCode.LeS: s[fp + ins.A] = new Slot(string.CompareOrdinal(s[fp + ins.B].S, s[fp + ins.C].S) <= 0 ? 1 : 0); break;
                        case OpCode.EqV: s[fp + ins.A] = new Slot(fn.Types[ins.D].ValueEquals(s[fp + ins.B], s[fp + ins.C]) ? 1 : 0); break;
                        case OpCode.IsNil: s[fp + ins.A] = new Slot(s[fp + ins.B].R == null ? 1 : 0); break;
                        case OpCode.Not: s[fp + ins.A] = new Slot(s[fp + ins.B].N == 0 ? 1 : 0); break;

                        // ---- control flow ----
                        case OpCode.Jmp: pc = ins.A; break;
                        case OpCode.Loop:
                            pc = ins.A;
                            if (--budget <= 0) { Save(g, fn, pc, fp, clo); return RunStatus.Yielded; }
                            break;
                        case OpCode.JmpIf: if (s[fp + ins.A].N != 0) pc = ins.B; break;
                        case OpCode.JmpIfNot: if (s[fp + ins.A].N == 0) pc = ins.B; break;
                        case OpCode.JmpIfNotLtI: if (!(s[fp + ins.A].N < s[fp + ins.B].N)) pc = ins.C; break;
                        case OpCode.JmpIfNotLeI: if (!(s[fp + ins.A].N <= s[fp + ins.B].N)) pc = ins.C; break;

                        // ---- calls ----
                        case OpCode.Call:
                        {
                            var callee = fn.Callees[ins.B];
                            int newFp = fp + ins.A;
                            g.PushFrame(fn, pc, fp, clo, FrameKind.Normal);
                            if (newFp + callee.FrameSize > s.Length) s = g.GrowStack(newFp + callee.FrameSize);
                            fn = callee; code = fn.Code; pc = 0; fp = newFp; clo = null;
                            if (--budget <= 0) { Save(g, fn, pc, fp, clo); return RunStatus.Yielded; }
                            break;
                        }
                        case OpCode.CallNative:
                        {
                            Save(g, fn, pc, fp, clo);
                            fn.Callees[ins.B].Native!(new NativeCall(g, fp + ins.A));
                            s = g.Stack;
                            break;
                        }
                        case OpCode.CallValue:
                        {
                            object? v = s[fp + ins.B].R;
                            if (v is not Closure target) throw RuntimeErrors.NilDeref();
                            var callee = target.Fn;
                            int newFp = fp + ins.A;
                            if (callee.IsNative)
                            {
                                Save(g, fn, pc, fp, clo);
                                callee.Native!(new NativeCall(g, newFp));
                                s = g.Stack;
                                break;
                            }
                            g.PushFrame(fn, pc, fp, clo, FrameKind.Normal);
                            if (newFp + callee.FrameSize > s.Length) s = g.GrowStack(newFp + callee.FrameSize);
                            fn = callee; code = fn.Code; pc = 0; fp = newFp; clo = target;
                            if (--budget <= 0) { Save(g, fn, pc, fp, clo); return RunStatus.Yielded; }
                            break;
                        }
                        case OpCode.CallIface:
                        {
                            var callee = ResolveIfaceCall(fn, ref ins, ref s[fp + ins.A]);
                            int newFp = fp + ins.A;
                            if (callee.IsNative)
                            {
                                Save(g, fn, pc, fp, clo);
                                callee.Native!(new NativeCall(g, newFp));
                                s = g.Stack;
                                break;
                            }
                            g.PushFrame(fn, pc, fp, clo, FrameKind.Normal);
                            if (newFp + callee.FrameSize > s.Length) s = g.GrowStack(newFp + callee.FrameSize);
                            fn = callee; code = fn.Code; pc = 0; fp = newFp; clo = null;
                            if (--budget <= 0) { Save(g, fn, pc, fp, clo); return RunStatus.Yielded; }
                            break;
                        }
                        case OpCode.Return:
                        {
                            if (ins.A != 0 && ins.B > 0) Array.Copy(s, fp + ins.A, s, fp, ins.B);
                            ref CallFrame f = ref g.Frames[--g.FrameCount];
                            var kind = f.CalleeKind;
                            fn = f.Fn; pc = f.Pc; fp = f.Fp; clo = f.Closure; code = fn.Code;
                            f.Closure = null;
                            switch (kind)
                            {
                                case FrameKind.Normal: case FrameKind.Defer: break;
                                case FrameKind.Entry:
                                    g.Done = true;
                                    Save(g, fn, pc, fp, clo);
                                    return RunStatus.Done;
                                case FrameKind.Callback:
                                    Save(g, fn, pc, fp, clo);
                                    return RunStatus.CallbackReturned;
                                case FrameKind.PanicDefer:
                                    Save(g, fn, pc, fp, clo);
                                    AfterPanicDefer(g);
                                    Load(g, out fn, out code, out pc, out fp, out clo, out s);
                                    break;
                            }
                            break;
                        }
                        case OpCode.MakeClosure:
                        {
                            var target = fn.Callees[ins.B];
                            int n = ins.D;
                            var caps = new object?[n];
                            for (int i = 0; i < n; i++) caps[i] = s[fp + ins.C + i].R;
                            s[fp + ins.A] = new Slot(new Closure(target, caps));
                            break;
                        }
                        case OpCode.LoadCapture: s[fp + ins.A] = new Slot(clo!.Captures[ins.B]); break;
                        case OpCode.Defer:
                        {
                            var args = new Slot[ins.B];
                            Array.Copy(s, fp + ins.A + 1, args, 0, ins.B);
                            object? target = s[fp + ins.A].R;
                            g.Defers.Add(new DeferRecord(target!, args, g.FrameCount));
                            break;
                        }
                        case OpCode.RunDefers:
                        {
                            int last = g.Defers.Count - 1;
                            if (last < 0 || g.Defers[last].Depth != g.FrameCount) break;
                            var d = g.Defers[last];
                            g.Defers.RemoveAt(last);
                            // Re-run this instruction when the deferred call returns: there may be more.
                            Save(g, fn, pc - 1, fp, clo);
                            StartDeferredCall(g, d, FrameKind.Defer);
                            Load(g, out fn, out code, out pc, out fp, out clo, out s);
                            break;
                        }
                        case OpCode.Panic:
                        {
                            var v = s[fp + ins.A];
                            if (v.R == null) v = NilPanicValue();
                            throw new GoPanic(v);
                        }
                        case OpCode.Recover:
                        {
                            var p = g.Panic;
                            ref CallFrame f = ref g.Frames[g.FrameCount - 1];
                            if (p != null && !p.Recovered && f.CalleeKind == FrameKind.PanicDefer && g.FrameCount >= 1)
                            {
                                p.Recovered = true;
                                s[fp + ins.A] = p.Value;
                            }
                            else s[fp + ins.A] = default;
                            break;
                        }

                        // ---- cells and pointers ----
                        case OpCode.NewCell: s[fp + ins.A] = new Slot(new Slot[] { fn.Types[ins.B].Zero() }); break;
                        case OpCode.New:
                        {
                            var t = fn.Types[ins.B];
                            s[fp + ins.A] = t.IsAggregate ? t.Zero() : new Slot(new Slot[] { t.Zero() });
                            break;
                        }
                        case OpCode.LoadPtrS:
                        {
                            ref Slot p = ref s[fp + ins.B];
                            s[fp + ins.A] = Unsafe.As<Slot[]>(p.R ?? throw RuntimeErrors.NilDeref())[p.N];
                            break;
                        }
                        case OpCode.LoadPtrW:
                        {
                            ref Slot p = ref s[fp + ins.B];
                            s[fp + ins.A] = p.R switch
                            {
                                Slot[] a => a[p.N],
                                long[] l => new Slot(l[p.N]),
                                _ => throw RuntimeErrors.NilDeref(),
                            };
                            break;
                        }
                        case OpCode.LoadPtrB:
                        {
                            ref Slot p = ref s[fp + ins.B];
                            long v = p.R switch
                            {
                                Slot[] a => a[p.N].N,
                                byte[] b => b[p.N],
                                _ => throw RuntimeErrors.NilDeref(),
                            };
                            s[fp + ins.A] = new Slot(ins.C == (int)Kind.Int8 ? (sbyte)v : v);
                            break;
                        }
                        case OpCode.StorePtrS:
                        {
                            ref Slot p = ref s[fp + ins.A];
                            Unsafe.As<Slot[]>(p.R ?? throw RuntimeErrors.NilDeref())[p.N] = s[fp + ins.B];
                            break;
                        }
                        case OpCode.StorePtrW:
                        {
                            ref Slot p = ref s[fp + ins.A];
                            switch (p.R)
                            {
                                case Slot[] a: a[p.N] = new Slot(s[fp + ins.B].N); break;
                                case long[] l: l[p.N] = s[fp + ins.B].N; break;
                                default: throw RuntimeErrors.NilDeref();
                            }
                            break;
                        }
                        case OpCode.StorePtrB:
                        {
                            ref Slot p = ref s[fp + ins.A];
                            switch (p.R)
                            {
                                case Slot[] a: a[p.N] = new Slot(s[fp + ins.B].N); break;
                                case byte[] b: b[p.N] = (byte)s[fp + ins.B].N; break;
                                default: throw RuntimeErrors.NilDeref();
                            }
                            break;
                        }
                        case OpCode.NilCheck: if (s[fp + ins.A].R == null) throw RuntimeErrors.NilDeref(); break;

                        // ---- structs ----
                        case OpCode.LoadField: s[fp + ins.A] = Box(s[fp + ins.B].R)[ins.C]; break;
                        case OpCode.StoreField: Box(s[fp + ins.A].R)[ins.B] = s[fp + ins.C]; break;
                        case OpCode.FieldAddr:
                        {
                            var box = Box(s[fp + ins.B].R);
                            // A field that is itself an aggregate is addressed by its own box.
                            s[fp + ins.A] = ins.D == 1 ? new Slot(box[ins.C].R) : new Slot(ins.C, box);
                            break;
                        }

                        // ---- arrays ----
                        case OpCode.LoadArrS:
                        {
                            var a = Unsafe.As<Slot[]>(s[fp + ins.B].R!);
                            long i = s[fp + ins.C].N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            s[fp + ins.A] = a[i];
                            break;
                        }
                        case OpCode.LoadArrW:
                        {
                            var a = Unsafe.As<long[]>(s[fp + ins.B].R!);
                            long i = s[fp + ins.C].N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            s[fp + ins.A] = new Slot(a[i]);
                            break;
                        }
                        case OpCode.LoadArrB:
                        {
                            var a = Unsafe.As<byte[]>(s[fp + ins.B].R!);
                            long i = s[fp + ins.C].N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            s[fp + ins.A] = new Slot(ins.D == (int)Kind.Int8 ? (sbyte)a[i] : a[i]);
                            break;
                        }
                        case OpCode.StoreArrS:
                        {
                            var a = Unsafe.As<Slot[]>(s[fp + ins.A].R!);
                            long i = s[fp + ins.B].N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            a[i] = s[fp + ins.C];
                            break;
                        }
                        case OpCode.StoreArrW:
                        {
                            var a = Unsafe.As<long[]>(s[fp + ins.A].R!);
                            long i = s[fp + ins.B].N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            a[i] = s[fp + ins.C].N;
                            break;
                        }
                        case OpCode.StoreArrB:
                        {
                            var a = Unsafe.As<byte[]>(s[fp + ins.A].R!);
                            long i = s[fp + ins.B].N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            a[i] = (byte)s[fp + ins.C].N;
                            break;
                        }

                        // ---- slices ----
                        case OpCode.LoadSliceS:
                        {
                            var sl = Unsafe.As<Slice>(s[fp + ins.B].R);
                            long i = s[fp + ins.C].N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            s[fp + ins.A] = Unsafe.As<Slot[]>(sl.Array)[sl.Offset + i];
                            break;
                        }
                        case OpCode.LoadSliceW:
                        {
                            var sl = Unsafe.As<Slice>(s[fp + ins.B].R);
                            long i = s[fp + ins.C].N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            s[fp + ins.A] = new Slot(Unsafe.As<long[]>(sl.Array)[sl.Offset + i]);
                            break;
                        }
                        case OpCode.LoadSliceB:
                        {
                            var sl = Unsafe.As<Slice>(s[fp + ins.B].R);
                            long i = s[fp + ins.C].N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            byte b = Unsafe.As<byte[]>(sl.Array)[sl.Offset + i];
                            s[fp + ins.A] = new Slot(ins.D == (int)Kind.Int8 ? (sbyte)b : b);
                            break;
                        }
                        case OpCode.StoreSliceS:
                        {
                            var sl = Unsafe.As<Slice>(s[fp + ins.A].R);
                            long i = s[fp + ins.B].N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.As<Slot[]>(sl.Array)[sl.Offset + i] = s[fp + ins.C];
                            break;
                        }
                        case OpCode.StoreSliceW:
                        {
                            var sl = Unsafe.As<Slice>(s[fp + ins.A].R);
                            long i = s[fp + ins.B].N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.As<long[]>(sl.Array)[sl.Offset + i] = s[fp + ins.C].N;
                            break;
                        }
                        case OpCode.StoreSliceB:
                        {
                            var sl = Unsafe.As<Slice>(s[fp + ins.A].R);
                            long i = s[fp + ins.B].N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.As<byte[]>(sl.Array)[sl.Offset + i] = (byte)s[fp + ins.C].N;
                            break;
                        }
                        case OpCode.ElemAddr: s[fp + ins.A] = Slices.ElemAddr(s[fp + ins.B].R, s[fp + ins.C].N, (ins.D & 1) != 0, (ins.D & 2) != 0); break;
                        case OpCode.LenSlice: s[fp + ins.A] = new Slot(Unsafe.As<Slice>(s[fp + ins.B].R)?.Length ?? 0); break;
                        case OpCode.CapSlice: s[fp + ins.A] = new Slot(Unsafe.As<Slice>(s[fp + ins.B].R)?.Capacity ?? 0); break;
                        case OpCode.MakeSlice:
                            s[fp + ins.A] = new Slot(Slices.Make(fn.Types[ins.C], s[fp + ins.B].N, s[fp + ins.B + 1].N));
                            break;
                        case OpCode.SliceSlice:
                            s[fp + ins.A] = new Slot(Slices.SliceOf((Slice?)s[fp + ins.B].R, s[fp + ins.C].N, s[fp + ins.C + 1].N, s[fp + ins.C + 2].N, ins.D == 1));
                            break;
                        case OpCode.SliceArray:
                            s[fp + ins.A] = new Slot(Slices.SliceOfArray((Array?)s[fp + ins.B].R, s[fp + ins.C].N, s[fp + ins.C + 1].N, s[fp + ins.C + 2].N, ins.D == 1));
                            break;
                        case OpCode.Append:
                            s[fp + ins.A] = new Slot(Slices.Append(fn.Types[ins.D], (Slice?)s[fp + ins.B].R, s, fp + ins.B + 1, ins.C));
                            break;
                        case OpCode.AppendSlice:
                            s[fp + ins.A] = new Slot(Slices.AppendSlice(fn.Types[ins.D], (Slice?)s[fp + ins.B].R, s[fp + ins.C].R));
                            break;
                        case OpCode.Copy: s[fp + ins.A] = new Slot(Slices.Copy(fn.Types[ins.D], (Slice?)s[fp + ins.B].R, s[fp + ins.C].R)); break;

                        // ---- strings ----
                        case OpCode.Concat: s[fp + ins.A] = new Slot(string.Concat(s[fp + ins.B].S, s[fp + ins.C].S)); break;
                        case OpCode.LenStr: s[fp + ins.A] = new Slot(s[fp + ins.B].S.Length); break;
                        case OpCode.IndexStr:
                        {
                            string str = s[fp + ins.B].S;
                            long i = s[fp + ins.C].N;
                            if ((ulong)i >= (ulong)str.Length) throw RuntimeErrors.IndexOutOfRange(i, str.Length);
                            s[fp + ins.A] = new Slot(str[(int)i]);
                            break;
                        }
                        case OpCode.SliceStr: s[fp + ins.A] = new Slot(Slices.SliceString(s[fp + ins.B].S, s[fp + ins.C].N, s[fp + ins.C + 1].N)); break;
                        case OpCode.DecodeRune:
                        {
                            string str = s[fp + ins.B].S;
                            int i = (int)s[fp + ins.C].N;
                            int c = str[i];
                            if (c < 0x80) { s[fp + ins.A] = new Slot(c); s[fp + ins.A + 1] = new Slot(1); }
                            else
                            {
                                var (r, w) = GoStrings.DecodeRune(str, i);
                                s[fp + ins.A] = new Slot(r); s[fp + ins.A + 1] = new Slot(w);
                            }
                            break;
                        }
                        case OpCode.ConvStr: s[fp + ins.A] = Conversions.ConvertString(s[fp + ins.B], (StringConv)ins.C); break;

                        // ---- numeric conversions ----
                        case OpCode.IntToFloat:
                            s[fp + ins.A] = Slot.FromFloat(ins.C == 1 ? (double)(ulong)s[fp + ins.B].N : s[fp + ins.B].N);
                            break;
                        case OpCode.FloatToInt: s[fp + ins.A] = new Slot(Conversions.FloatToInt(s[fp + ins.B].F, (Kind)ins.C)); break;
                        case OpCode.ConvComplex:
                        {
                            var c = ((BoxedComplex)s[fp + ins.B].R!).Value;
                            if (ins.C == 1) c = new Complex((float)c.Real, (float)c.Imaginary);
                            s[fp + ins.A] = new Slot(new BoxedComplex(c));
                            break;
                        }

                        // ---- maps ----
                        case OpCode.MakeMap:
                        {
                            var t = fn.Types[ins.B];
                            int hint = ins.C < 0 ? 0 : (int)Math.Clamp(s[fp + ins.C].N, 0, 1 << 20);
                            s[fp + ins.A] = new Slot(new Map(t.Key!, t.Elem!, hint));
                            break;
                        }
                        case OpCode.MapGet:
                        {
                            var m = Unsafe.As<Map>(s[fp + ins.B].R);
                            if (m != null && m.Entries.TryGetValue(s[fp + ins.C], out var v)) s[fp + ins.A] = v;
                            else s[fp + ins.A] = fn.Types[ins.D].Elem!.Zero();
                            break;
                        }
                        case OpCode.MapGet2:
                        {
                            var m = Unsafe.As<Map>(s[fp + ins.B].R);
                            if (m != null && m.Entries.TryGetValue(s[fp + ins.C], out var v)) { s[fp + ins.A] = v; s[fp + ins.A + 1] = new Slot(1); }
                            else { s[fp + ins.A] = fn.Types[ins.D].Elem!.Zero(); s[fp + ins.A + 1] = new Slot(0); }
                            break;
                        }
                        case OpCode.MapSet:
                        {
                            var m = Unsafe.As<Map>(s[fp + ins.A].R) ?? throw RuntimeErrors.NilMapWrite();
                            if (m.KeyType.Kind == Kind.Interface) Iface.Hash(s[fp + ins.B]);
                            m.Entries[s[fp + ins.B]] = s[fp + ins.C];
                            break;
                        }
                        case OpCode.MapDelete: Unsafe.As<Map>(s[fp + ins.A].R)?.Entries.Remove(s[fp + ins.B]); break;
                        case OpCode.LenMap: s[fp + ins.A] = new Slot(Unsafe.As<Map>(s[fp + ins.B].R)?.Count ?? 0); break;
                        case OpCode.MapIter: s[fp + ins.A] = new Slot(new MapIterator(Unsafe.As<Map>(s[fp + ins.B].R))); break;
                        case OpCode.MapNext:
                        {
                            var it = Unsafe.As<MapIterator>(s[fp + ins.B].R!);
                            if (!it.Next(out var k, out var v)) pc = ins.C;
                            else { s[fp + ins.A] = k; s[fp + ins.A + 1] = v; }
                            break;
                        }
                        case OpCode.Clear:
                            if (ins.A == 1) Unsafe.As<Map>(s[fp + ins.B].R)?.Entries.Clear();
                            else Slices.Clear((Slice?)s[fp + ins.B].R, fn.Types[ins.C]);
                            break;

                        // ---- interfaces ----
                        case OpCode.ToIface: s[fp + ins.A] = Iface.Make(fn.Types[ins.C], s[fp + ins.B]); break;
                        case OpCode.AssertType:
                        {
                            var t = fn.Types[ins.C];
                            ref Slot v = ref s[fp + ins.B];
                            if (!ReferenceEquals(Iface.TypeOf(v), t)) throw TypeAssertions.Failed(v, t, fn.Types[ins.D]);
                            s[fp + ins.A] = Iface.ValueOf(v);
                            break;
                        }
                        case OpCode.AssertTypeOk:
                        {
                            var t = fn.Types[ins.C];
                            var v = s[fp + ins.B];
                            if (ReferenceEquals(Iface.TypeOf(v), t)) { s[fp + ins.A] = Iface.ValueOf(v); s[fp + ins.A + 1] = new Slot(1); }
                            else { s[fp + ins.A] = t.Zero(); s[fp + ins.A + 1] = new Slot(0); }
                            break;
                        }
                        case OpCode.AssertIface:
                        {
                            var t = fn.Types[ins.C];
                            var v = s[fp + ins.B];
                            if (!TypeAssertions.Implements(Iface.TypeOf(v), t)) throw TypeAssertions.Failed(v, t, fn.Types[ins.D]);
                            s[fp + ins.A] = v;
                            break;
                        }
                        case OpCode.AssertIfaceOk:
                        {
                            var t = fn.Types[ins.C];
                            var v = s[fp + ins.B];
                            bool ok = TypeAssertions.Implements(Iface.TypeOf(v), t);
                            s[fp + ins.A] = ok ? v : default;
                            s[fp + ins.A + 1] = new Slot(ok ? 1 : 0);
                            break;
                        }
                        case OpCode.IfaceIs:
                        {
                            var dyn = Iface.TypeOf(s[fp + ins.B]);
                            bool r;
                            if (ins.C < 0) r = dyn == null;
                            else
                            {
                                var t = fn.Types[ins.C];
                                r = t.Kind == Kind.Interface ? TypeAssertions.Implements(dyn, t) : ReferenceEquals(dyn, t);
                            }
                            s[fp + ins.A] = new Slot(r ? 1 : 0);
                            break;
                        }

                        // ---- builtins ----
                        case OpCode.Print:
                            Printing.Print(g.Machine.Stderr, s, fp + ins.A, ins.B, (RType[])fn.Constants[ins.C].R!, ins.D == 1);
                            break;
                        case OpCode.MinMax: s[fp + ins.A] = Arith.MinMax(s, fp + ins.B, ins.C, ins.D); break;
                        case OpCode.Unreachable: throw new GoFatal("minigo: unreachable code reached in " + fn.Name);

                        default: throw new InvalidOperationException("unknown opcode " + ins.Op);
                    }
                }
            }
            catch (GoPanic p)
            {
                Save(g, fn, pc - 1, fp, clo);
                StartPanic(g, p.Value);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
            }
            catch (NullReferenceException)
            {
                Save(g, fn, pc - 1, fp, clo);
                StartPanic(g, RuntimeErrors.NilDeref().Value);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
            }
            catch (PanicUnwind)
            {
                // A panic unwound out of a nested run (Go called from native code) back into
                // the frame that called the native: keep unwinding here.
                ContinueUnwinding(g);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Save(Goroutine g, Function fn, int pc, int fp, Closure? clo)
    {
        g.CurFn = fn; g.Pc = pc; g.Fp = fp; g.CurClosure = clo;
    }

    private static void Load(Goroutine g, out Function fn, out Instr[] code, out int pc, out int fp, out Closure? clo, out Slot[] s)
    {
        fn = g.CurFn; code = fn.Code; pc = g.Pc; fp = g.Fp; clo = g.CurClosure; s = g.Stack;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Slot[] Box(object? r) => Unsafe.As<Slot[]>(r ?? throw RuntimeErrors.NilDeref());

    private static Slot NilPanicValue() =>
        // Go 1.21+: panic(nil) becomes a *runtime.PanicNilError.
        RuntimeErrors.Make("panic called with nil argument (use GODEBUG=panicnil=1 to restore old behavior)")
            is var v ? Iface.Make(PanicNilErrorType, Iface.ValueOf(v)) : default;

    private static readonly RType PanicNilErrorType = CreatePanicNilType();

    private static RType CreatePanicNilType()
    {
        var t = new RType(Kind.String) { Name = "*runtime.PanicNilError" };
        NativeFunc error = c => c.SetStr(0, c.Str(0));
        t.Methods = [new RMethod("Error", new RType(Kind.Func) { Results = [BasicTypes.String] }, error), new RMethod("RuntimeError", new RType(Kind.Func), (NativeFunc)(_ => { }))];
        return t;
    }

    /// <summary>Finds the method for an interface call (inline cache first) and unpacks the receiver in place.</summary>
    private static Function ResolveIfaceCall(Function fn, ref Instr ins, ref Slot receiver)
    {
        var dyn = Iface.TypeOf(receiver) ?? throw RuntimeErrors.NilDeref();
        var cache = fn.CallCaches[ins.C];
        Function target;
        if (ReferenceEquals(cache.Type, dyn)) target = cache.Target!;
        else
        {
            string name = fn.Constants[ins.B].S;
            var m = dyn.FindMethod(name) ?? throw new GoFatal($"minigo: method {name} not found on {dyn}");
            target = AsFunction(m);
            cache.Type = dyn; cache.Target = target;
        }
        var v = Iface.ValueOf(receiver);
        receiver = dyn.IsAggregate ? dyn.Clone(v) : v;
        return target;
    }

    internal static Function AsFunction(RMethod m)
    {
        if (m.Fn is Function f) return f;
        if (m.Fn is NativeFunc nf)
        {
            var wrapped = new Function(m.Name) { Native = nf };
            m.Fn = wrapped;
            return wrapped;
        }
        throw new GoFatal("minigo: method " + m.Name + " has no implementation");
    }
}

/// <summary>A panic crossing native code on its way to the frames below (Go's panics unwind through Go-called-from-C#).</summary>
internal sealed class PanicUnwind : Exception;
