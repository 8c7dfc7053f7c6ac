using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <summary>A blocking operation parked the goroutine; it resumes after the operation.</summary>
    Parked,
}

/// <summary>
/// The interpreter loop: one function, one case per opcode (see OpCode). Go-to-Go calls push
/// a frame on the goroutine's own stack and continue in the same loop, so a goroutine can
/// stop at any call or back-edge by saving pc, and resume later, anywhere.
/// </summary>
public static partial class Interpreter
{
    /// <summary>
    /// Loop back-edges read the preemption flag every 256 iterations: microseconds, at no
    /// measurable cost. Calls need no counter: a request poisons the stack guard they compare with.
    /// </summary>
    private const int PreemptCheckMask = 0xFF;

    /// <summary>
    /// Every exit from Run records the budget left, so that the slice's caller can count the
    /// calls and back-edges it ran (an embedder's instruction limit) off the hot path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static RunStatus Leave(Goroutine g, int budget, RunStatus status)
    {
        g.BudgetLeft = budget;
        return status;
    }

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
        // The scheduler's view: sysmon and Gosched ask for a yield through gg.Preempt. A nested run
        // (Go called back from native code) cannot yield: it runs to completion.
        G? gg = nested ? null : g.G;
        if (!nested) g.ResetStackGuard(gg);
        // Registers are addressed relative to the frame's first slot; re-derived whenever
        // the frame or the stack array changes (calls, returns, growth, unwinding).
        ref Slot regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
        // Resuming after a park: finish the operation first, inside the try below, since it
        // may panic (a sender woken by close panics with "send on closed channel").
        bool resuming = g.PendingOp != Goroutine.Pending.None || g.NativeResume != null;

        while (true)
        {
            try
            {
                if (resuming)
                {
                    resuming = false;
                    if (g.PendingOp != Goroutine.Pending.None) CompletePending(g, ref regs);
                    if (g.NativeResume != null)
                    {
                        // A native parked this goroutine: let it finish (or park again) before going on.
                        var resume = g.NativeResume;
                        g.NativeResume = null;
                        if (!resume()) { g.NativeResume = resume; return Leave(g, budget, RunStatus.Parked); }
                    }
                }
                while (true)
                {
                    ref Instr ins = ref code[pc++];
                    switch (ins.Op)
                    {
                        case OpCode.Nop: break;

                        // ---- moves and constants ----
                        case OpCode.Move: Unsafe.Add(ref regs, ins.A) = Unsafe.Add(ref regs, ins.B); break;
                        case OpCode.Move2:
                            Unsafe.Add(ref regs, ins.A) = Unsafe.Add(ref regs, ins.B);
                            Unsafe.Add(ref regs, ins.C) = Unsafe.Add(ref regs, ins.D);
                            break;
                        case OpCode.LoadK: Unsafe.Add(ref regs, ins.A) = fn.Constants[ins.B]; break;
                        case OpCode.LoadInt: Unsafe.Add(ref regs, ins.A) = new Slot(ins.B); break;
                        case OpCode.LoadNil: Unsafe.Add(ref regs, ins.A) = default; break;
                        case OpCode.LoadNil2: Unsafe.Add(ref regs, ins.A) = default; Unsafe.Add(ref regs, ins.B) = default; break;
                        case OpCode.Zero: Unsafe.Add(ref regs, ins.A) = fn.Types[ins.B].Zero(); break;
                        case OpCode.LoadGlobal: Unsafe.Add(ref regs, ins.A) = g.Machine.Globals[ins.B]; break;
                        case OpCode.StoreGlobal: g.Machine.Globals[ins.B] = Unsafe.Add(ref regs, ins.A); break;
                        case OpCode.GlobalAddr: Unsafe.Add(ref regs, ins.A) = new Slot(ins.B, g.Machine.Globals); break;
                        case OpCode.Clone: Unsafe.Add(ref regs, ins.A) = new Slot(fn.Types[ins.C].CloneBox(Unsafe.Add(ref regs, ins.B).R!)); break;
                        case OpCode.CopyInto: fn.Types[ins.C].CopyInto(Unsafe.Add(ref regs, ins.A).R!, Unsafe.Add(ref regs, ins.B).R!); break;

                        // ---- integer arithmetic ----
                        case OpCode.AddI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N + Unsafe.Add(ref regs, ins.C).N; break;
                        case OpCode.AddIK: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N + ins.C; break;
                        case OpCode.AndIK: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N & ins.C; break;
                        case OpCode.SubI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N - Unsafe.Add(ref regs, ins.C).N; break;
                        case OpCode.MulI: Unsafe.Add(ref regs, ins.A).N = unchecked(Unsafe.Add(ref regs, ins.B).N * Unsafe.Add(ref regs, ins.C).N); break;
                        case OpCode.DivI: Unsafe.Add(ref regs, ins.A).N = Arith.DivI(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N); break;
                        case OpCode.RemI: Unsafe.Add(ref regs, ins.A).N = Arith.RemI(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N); break;
                        case OpCode.DivU: Unsafe.Add(ref regs, ins.A).N = Arith.DivU(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N); break;
                        case OpCode.RemU: Unsafe.Add(ref regs, ins.A).N = Arith.RemU(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N); break;
                        case OpCode.AndI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N & Unsafe.Add(ref regs, ins.C).N; break;
                        case OpCode.OrI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N | Unsafe.Add(ref regs, ins.C).N; break;
                        case OpCode.XorI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N ^ Unsafe.Add(ref regs, ins.C).N; break;
                        case OpCode.AndNotI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N & ~Unsafe.Add(ref regs, ins.C).N; break;
                        case OpCode.Shl: Unsafe.Add(ref regs, ins.A).N = Arith.Shl(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N, ins.D); break;
                        case OpCode.Shr: Unsafe.Add(ref regs, ins.A).N = Arith.Shr(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N, ins.D); break;
                        case OpCode.ShrU: Unsafe.Add(ref regs, ins.A).N = Arith.ShrU(Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.C).N, ins.D); break;
                        case OpCode.NegI: Unsafe.Add(ref regs, ins.A).N = -Unsafe.Add(ref regs, ins.B).N; break;
                        case OpCode.NotI: Unsafe.Add(ref regs, ins.A).N = ~Unsafe.Add(ref regs, ins.B).N; break;
                        case OpCode.Wrap: Unsafe.Add(ref regs, ins.A).N = ((Kind)ins.C).Wrap(Unsafe.Add(ref regs, ins.B).N); break;

                        // ---- floats ----
                        case OpCode.AddF: Unsafe.Add(ref regs, ins.A).N = BitConverter.DoubleToInt64Bits(Unsafe.Add(ref regs, ins.B).F + Unsafe.Add(ref regs, ins.C).F); break;
                        case OpCode.SubF: Unsafe.Add(ref regs, ins.A).N = BitConverter.DoubleToInt64Bits(Unsafe.Add(ref regs, ins.B).F - Unsafe.Add(ref regs, ins.C).F); break;
                        case OpCode.MulF: Unsafe.Add(ref regs, ins.A).N = BitConverter.DoubleToInt64Bits(Unsafe.Add(ref regs, ins.B).F * Unsafe.Add(ref regs, ins.C).F); break;
                        case OpCode.DivF: Unsafe.Add(ref regs, ins.A).N = BitConverter.DoubleToInt64Bits(Unsafe.Add(ref regs, ins.B).F / Unsafe.Add(ref regs, ins.C).F); break;
                        case OpCode.NegF: Unsafe.Add(ref regs, ins.A).N = BitConverter.DoubleToInt64Bits(-Unsafe.Add(ref regs, ins.B).F); break;
                        case OpCode.RoundF32: Unsafe.Add(ref regs, ins.A).N = BitConverter.DoubleToInt64Bits((float)Unsafe.Add(ref regs, ins.B).F); break;

                        // ---- complex ----
                        case OpCode.ArithC: Unsafe.Add(ref regs, ins.A) = Arith.Complex(Unsafe.Add(ref regs, ins.B), Unsafe.Add(ref regs, ins.C), ins.D); break;
                        case OpCode.NegC: Unsafe.Add(ref regs, ins.A) = new Slot(new BoxedComplex(-((BoxedComplex)Unsafe.Add(ref regs, ins.B).R!).Value)); break;
                        case OpCode.MakeComplex:
                        {
                            double re = Unsafe.Add(ref regs, ins.B).F, im = Unsafe.Add(ref regs, ins.C).F;
                            if (ins.D == 1) { re = (float)re; im = (float)im; }
                            Unsafe.Add(ref regs, ins.A) = new Slot(new BoxedComplex(new Complex(re, im)));
                            break;
                        }
                        case OpCode.RealImag:
                        {
                            var c = ((BoxedComplex)Unsafe.Add(ref regs, ins.B).R!).Value;
                            Unsafe.Add(ref regs, ins.A) = Slot.FromFloat(ins.C == 0 ? c.Real : c.Imaginary);
                            break;
                        }

                        // ---- comparisons ----
                        case OpCode.EqI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N == Unsafe.Add(ref regs, ins.C).N ? 1 : 0; break;
                        case OpCode.NeI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N != Unsafe.Add(ref regs, ins.C).N ? 1 : 0; break;
                        case OpCode.LtI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N < Unsafe.Add(ref regs, ins.C).N ? 1 : 0; break;
                        case OpCode.LeI: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N <= Unsafe.Add(ref regs, ins.C).N ? 1 : 0; break;
                        case OpCode.LtU: Unsafe.Add(ref regs, ins.A).N = (ulong)Unsafe.Add(ref regs, ins.B).N < (ulong)Unsafe.Add(ref regs, ins.C).N ? 1 : 0; break;
                        case OpCode.LeU: Unsafe.Add(ref regs, ins.A).N = (ulong)Unsafe.Add(ref regs, ins.B).N <= (ulong)Unsafe.Add(ref regs, ins.C).N ? 1 : 0; break;
                        case OpCode.EqF: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).F == Unsafe.Add(ref regs, ins.C).F ? 1 : 0; break;
                        case OpCode.NeF: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).F != Unsafe.Add(ref regs, ins.C).F ? 1 : 0; break;
                        case OpCode.LtF: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).F < Unsafe.Add(ref regs, ins.C).F ? 1 : 0; break;
                        case OpCode.LeF: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).F <= Unsafe.Add(ref regs, ins.C).F ? 1 : 0; break;
                        case OpCode.EqS: Unsafe.Add(ref regs, ins.A).N = string.Equals(Unsafe.Add(ref regs, ins.B).S, Unsafe.Add(ref regs, ins.C).S) ? 1 : 0; break;
                        case OpCode.NeS: Unsafe.Add(ref regs, ins.A).N = string.Equals(Unsafe.Add(ref regs, ins.B).S, Unsafe.Add(ref regs, ins.C).S) ? 0 : 1; break;
                        case OpCode.LtS: Unsafe.Add(ref regs, ins.A).N = string.CompareOrdinal(Unsafe.Add(ref regs, ins.B).S, Unsafe.Add(ref regs, ins.C).S) < 0 ? 1 : 0; break;
                        case OpCode.LeS: Unsafe.Add(ref regs, ins.A).N = string.CompareOrdinal(Unsafe.Add(ref regs, ins.B).S, Unsafe.Add(ref regs, ins.C).S) <= 0 ? 1 : 0; break;
                        case OpCode.EqV: Unsafe.Add(ref regs, ins.A).N = fn.Types[ins.D].ValueEquals(Unsafe.Add(ref regs, ins.B), Unsafe.Add(ref regs, ins.C)) ? 1 : 0; break;
                        case OpCode.IsNil: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).R == null ? 1 : 0; break;
                        case OpCode.Not: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).N == 0 ? 1 : 0; break;

                        // ---- control flow ----
                        case OpCode.Jmp: pc = ins.A; break;
                        case OpCode.Loop:
                            pc = ins.A;
                            if (--budget <= 0 || (budget & PreemptCheckMask) == 0 && gg != null && gg.Preempt) { Save(g, fn, pc, fp, clo); return Leave(g, budget, RunStatus.Yielded); }
                            break;
                        case OpCode.JmpIf: if (Unsafe.Add(ref regs, ins.A).N != 0) pc = ins.B; break;
                        case OpCode.JmpIfNot: if (Unsafe.Add(ref regs, ins.A).N == 0) pc = ins.B; break;
                        case OpCode.JmpIfNotLtI: if (!(Unsafe.Add(ref regs, ins.A).N < Unsafe.Add(ref regs, ins.B).N)) pc = ins.C; break;
                        case OpCode.JmpIfNotLtIK: if (!(Unsafe.Add(ref regs, ins.A).N < ins.B)) pc = ins.C; break;
                        case OpCode.JmpIfNotLeIK: if (!(Unsafe.Add(ref regs, ins.A).N <= ins.B)) pc = ins.C; break;
                        case OpCode.JmpIfLtI: if (Unsafe.Add(ref regs, ins.A).N < Unsafe.Add(ref regs, ins.B).N) pc = ins.C; break;
                        case OpCode.JmpIfLeI: if (Unsafe.Add(ref regs, ins.A).N <= Unsafe.Add(ref regs, ins.B).N) pc = ins.C; break;
                        case OpCode.JmpIfLtIK: if (Unsafe.Add(ref regs, ins.A).N < ins.B) pc = ins.C; break;
                        case OpCode.JmpIfLeIK: if (Unsafe.Add(ref regs, ins.A).N <= ins.B) pc = ins.C; break;
                        case OpCode.JmpIfEqI: if (Unsafe.Add(ref regs, ins.A).N == Unsafe.Add(ref regs, ins.B).N) pc = ins.C; break;
                        case OpCode.JmpIfNeI: if (Unsafe.Add(ref regs, ins.A).N != Unsafe.Add(ref regs, ins.B).N) pc = ins.C; break;
                        case OpCode.JmpIfEqIK: if (Unsafe.Add(ref regs, ins.A).N == ins.B) pc = ins.C; break;
                        case OpCode.JmpIfNeIK: if (Unsafe.Add(ref regs, ins.A).N != ins.B) pc = ins.C; break;
                        case OpCode.JmpIfNil: if (Unsafe.Add(ref regs, ins.A).R == null) pc = ins.B; break;
                        case OpCode.JmpIfNotNil: if (Unsafe.Add(ref regs, ins.A).R != null) pc = ins.B; break;
                        case OpCode.JmpIfNotLeI: if (!(Unsafe.Add(ref regs, ins.A).N <= Unsafe.Add(ref regs, ins.B).N)) pc = ins.C; break;

                        // ---- calls ----
                        case OpCode.Call:
                        {
                            var callee = fn.Callees[ins.B];
                            int newFp = fp + ins.A;
                            // g.PushFrame, inlined: this is the hottest path of call-heavy code.
                            if (g.FrameCount == g.Frames.Length) Array.Resize(ref g.Frames, g.Frames.Length * 2);
                            ref CallFrame saved = ref g.Frames[g.FrameCount++];
                            saved.Fn = fn; saved.Pc = pc; saved.Fp = fp; saved.Closure = clo; saved.CalleeKind = FrameKind.Normal;
                            // Go's prologue: one comparison serves the stack limit and preemption requests.
                            bool yield = (g.StackBytes += callee.GoFrameBytes) > g.StackGuard && g.PastStackGuard(gg != null);
                            if (newFp + callee.FrameSize > s.Length) s = g.GrowStack(newFp + callee.FrameSize);
                            fn = callee; code = fn.Code; pc = 0; fp = newFp; clo = null;
                            regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                            if (--budget <= 0 || yield) { Save(g, fn, pc, fp, clo); return Leave(g, budget, RunStatus.Yielded); }
                            break;
                        }
                        case OpCode.CallNative:
                        {
                            Save(g, fn, pc, fp, clo);
                            fn.Callees[ins.B].Native!(new NativeCall(g, fp + ins.A));
                            if (g.ParkRequested)
                            {
                                if (!nested) { g.ParkRequested = false; return Leave(g, budget, RunStatus.Parked); }
                                g.ResumeNativeInPlace();
                            }
                            if (gg != null && gg.Preempt) return Leave(g, budget, RunStatus.Yielded); // runtime.Gosched: yield now
                            s = g.Stack;
                            regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                            break;
                        }
                        case OpCode.CallValue:
                        {
                            object? v = Unsafe.Add(ref regs, ins.B).R;
                            if (v is not Closure target) throw RuntimeErrors.NilDeref();
                            var callee = target.Fn;
                            int newFp = fp + ins.A;
                            if (callee.IsNative)
                            {
                                Save(g, fn, pc, fp, clo);
                                callee.Native!(new NativeCall(g, newFp));
                                if (g.ParkRequested)
                                {
                                    if (!nested) { g.ParkRequested = false; return Leave(g, budget, RunStatus.Parked); }
                                    g.ResumeNativeInPlace();
                                }
                                if (gg != null && gg.Preempt) return Leave(g, budget, RunStatus.Yielded); // runtime.Gosched: yield now
                                s = g.Stack;
                                regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                                break;
                            }
                            g.PushFrame(fn, pc, fp, clo, FrameKind.Normal);
                            bool yield = g.Enter(callee, gg != null);
                            if (newFp + callee.FrameSize > s.Length) s = g.GrowStack(newFp + callee.FrameSize);
                            fn = callee; code = fn.Code; pc = 0; fp = newFp; clo = target;
                            regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                            if (--budget <= 0 || yield) { Save(g, fn, pc, fp, clo); return Leave(g, budget, RunStatus.Yielded); }
                            break;
                        }
                        case OpCode.CallIface:
                        {
                            var callee = ResolveIfaceCall(fn, ref ins, ref Unsafe.Add(ref regs, ins.A));
                            int newFp = fp + ins.A;
                            if (callee.IsNative)
                            {
                                Save(g, fn, pc, fp, clo);
                                callee.Native!(new NativeCall(g, newFp));
                                if (g.ParkRequested)
                                {
                                    if (!nested) { g.ParkRequested = false; return Leave(g, budget, RunStatus.Parked); }
                                    g.ResumeNativeInPlace();
                                }
                                if (gg != null && gg.Preempt) return Leave(g, budget, RunStatus.Yielded); // runtime.Gosched: yield now
                                s = g.Stack;
                                regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                                break;
                            }
                            g.PushFrame(fn, pc, fp, clo, FrameKind.Normal);
                            bool yield = g.Enter(callee, gg != null);
                            if (newFp + callee.FrameSize > s.Length) s = g.GrowStack(newFp + callee.FrameSize);
                            fn = callee; code = fn.Code; pc = 0; fp = newFp; clo = null;
                            regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                            if (--budget <= 0 || yield) { Save(g, fn, pc, fp, clo); return Leave(g, budget, RunStatus.Yielded); }
                            break;
                        }
                        case OpCode.Return:
                        {
                            if (ins.A != 0)
                            {
                                if (ins.B == 1) regs = Unsafe.Add(ref regs, ins.A);
                                else for (int i = 0; i < ins.B; i++) Unsafe.Add(ref regs, i) = Unsafe.Add(ref regs, ins.A + i);
                            }
                            g.StackBytes -= fn.GoFrameBytes;
                            ref CallFrame f = ref g.Frames[--g.FrameCount];
                            var kind = f.CalleeKind;
                            fn = f.Fn; pc = f.Pc; fp = f.Fp; clo = f.Closure; code = fn.Code;
                            regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                            f.Closure = null;
                            switch (kind)
                            {
                                case FrameKind.Normal: case FrameKind.Defer: break;
                                case FrameKind.Entry:
                                    g.Done = true;
                                    Save(g, fn, pc, fp, clo);
                                    return Leave(g, budget, RunStatus.Done);
                                case FrameKind.Callback:
                                    Save(g, fn, pc, fp, clo);
                                    return Leave(g, budget, RunStatus.CallbackReturned);
                                case FrameKind.PanicDefer:
                                    Save(g, fn, pc, fp, clo);
                                    AfterPanicDefer(g);
                                    Load(g, out fn, out code, out pc, out fp, out clo, out s);
                                    regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                                    break;
                            }
                            break;
                        }
                        case OpCode.MakeClosure:
                        {
                            var target = fn.Callees[ins.B];
                            int n = ins.D;
                            var caps = new object?[n];
                            for (int i = 0; i < n; i++) caps[i] = Unsafe.Add(ref regs, ins.C + i).R;
                            Unsafe.Add(ref regs, ins.A) = new Slot(new Closure(target, caps));
                            break;
                        }
                        case OpCode.LoadCapture: Unsafe.Add(ref regs, ins.A) = new Slot(clo!.Captures[ins.B]); break;
                        case OpCode.Defer:
                        {
                            var args = ins.B == 0 ? [] : new Slot[ins.B];
                            Array.Copy(s, fp + ins.A + 1, args, 0, ins.B);
                            object? target = Unsafe.Add(ref regs, ins.A).R;
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
                            regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
                            break;
                        }
                        case OpCode.Panic:
                        {
                            var v = Unsafe.Add(ref regs, ins.A);
                            if (v.R == null) v = NilPanicValue(g.Machine);
                            throw new GoPanic(v);
                        }
                        case OpCode.Recover:
                        {
                            var p = g.Panic;
                            ref CallFrame f = ref g.Frames[g.FrameCount - 1];
                            if (p != null && !p.Recovered && !p.Goexit && f.CalleeKind == FrameKind.PanicDefer && g.FrameCount >= 1)
                            {
                                p.Recovered = true;
                                Unsafe.Add(ref regs, ins.A) = p.Value;
                            }
                            else Unsafe.Add(ref regs, ins.A) = default;
                            break;
                        }

                        // ---- cells and pointers ----
                        case OpCode.NewCell: Unsafe.Add(ref regs, ins.A) = new Slot(new Slot[] { fn.Types[ins.B].Zero() }); break;
                        case OpCode.New:
                        {
                            var t = fn.Types[ins.B];
                            Unsafe.Add(ref regs, ins.A) = t.IsAggregate ? t.Zero() : new Slot(new Slot[] { t.Zero() });
                            break;
                        }
                        case OpCode.LoadPtrS:
                        {
                            ref Slot p = ref Unsafe.Add(ref regs, ins.B);
                            Unsafe.Add(ref regs, ins.A) = Unsafe.As<Slot[]>(p.R ?? throw RuntimeErrors.NilDeref())[p.N];
                            break;
                        }
                        case OpCode.LoadPtrW:
                        {
                            ref Slot p = ref Unsafe.Add(ref regs, ins.B);
                            Unsafe.Add(ref regs, ins.A) = p.R switch
                            {
                                Slot[] a => a[p.N],
                                long[] l => new Slot(l[p.N]),
                                _ => throw RuntimeErrors.NilDeref(),
                            };
                            break;
                        }
                        case OpCode.LoadPtrB:
                        {
                            ref Slot p = ref Unsafe.Add(ref regs, ins.B);
                            long v = p.R switch
                            {
                                Slot[] a => a[p.N].N,
                                byte[] b => b[p.N],
                                _ => throw RuntimeErrors.NilDeref(),
                            };
                            Unsafe.Add(ref regs, ins.A) = new Slot(ins.C == (int)Kind.Int8 ? (sbyte)v : v);
                            break;
                        }
                        case OpCode.StorePtrS:
                        {
                            ref Slot p = ref Unsafe.Add(ref regs, ins.A);
                            Unsafe.As<Slot[]>(p.R ?? throw RuntimeErrors.NilDeref())[p.N] = Unsafe.Add(ref regs, ins.B);
                            break;
                        }
                        case OpCode.StorePtrW:
                        {
                            ref Slot p = ref Unsafe.Add(ref regs, ins.A);
                            switch (p.R)
                            {
                                case Slot[] a: a[p.N] = new Slot(Unsafe.Add(ref regs, ins.B).N); break;
                                case long[] l: l[p.N] = Unsafe.Add(ref regs, ins.B).N; break;
                                default: throw RuntimeErrors.NilDeref();
                            }
                            break;
                        }
                        case OpCode.StorePtrB:
                        {
                            ref Slot p = ref Unsafe.Add(ref regs, ins.A);
                            switch (p.R)
                            {
                                case Slot[] a: a[p.N] = new Slot(Unsafe.Add(ref regs, ins.B).N); break;
                                case byte[] b: b[p.N] = (byte)Unsafe.Add(ref regs, ins.B).N; break;
                                default: throw RuntimeErrors.NilDeref();
                            }
                            break;
                        }
                        case OpCode.NilCheck: if (Unsafe.Add(ref regs, ins.A).R == null) throw RuntimeErrors.NilDeref(); break;

                        // ---- structs ----
                        case OpCode.LoadField: Unsafe.Add(ref regs, ins.A) = Box(Unsafe.Add(ref regs, ins.B).R)[ins.C]; break;
                        case OpCode.StoreField: Box(Unsafe.Add(ref regs, ins.A).R)[ins.B] = Unsafe.Add(ref regs, ins.C); break;
                        case OpCode.FieldAddr:
                        {
                            var box = Box(Unsafe.Add(ref regs, ins.B).R);
                            // A field that is itself an aggregate is addressed by its own box.
                            Unsafe.Add(ref regs, ins.A) = ins.D == 1 ? new Slot(box[ins.C].R) : new Slot(ins.C, box);
                            break;
                        }

                        // ---- arrays ----
                        case OpCode.LoadArrS:
                        {
                            var a = Unsafe.As<Slot[]>(Unsafe.Add(ref regs, ins.B).R!);
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            Unsafe.Add(ref regs, ins.A) = a[i];
                            break;
                        }
                        case OpCode.LoadArrW:
                        {
                            var a = Unsafe.As<long[]>(Unsafe.Add(ref regs, ins.B).R!);
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            Unsafe.Add(ref regs, ins.A) = new Slot(a[i]);
                            break;
                        }
                        case OpCode.LoadArrB:
                        {
                            var a = Unsafe.As<byte[]>(Unsafe.Add(ref regs, ins.B).R!);
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            Unsafe.Add(ref regs, ins.A) = new Slot(ins.D == (int)Kind.Int8 ? (sbyte)a[i] : a[i]);
                            break;
                        }
                        case OpCode.StoreArrS:
                        {
                            var a = Unsafe.As<Slot[]>(Unsafe.Add(ref regs, ins.A).R!);
                            long i = Unsafe.Add(ref regs, ins.B).N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            a[i] = Unsafe.Add(ref regs, ins.C);
                            break;
                        }
                        case OpCode.StoreArrW:
                        {
                            var a = Unsafe.As<long[]>(Unsafe.Add(ref regs, ins.A).R!);
                            long i = Unsafe.Add(ref regs, ins.B).N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            a[i] = Unsafe.Add(ref regs, ins.C).N;
                            break;
                        }
                        case OpCode.StoreArrB:
                        {
                            var a = Unsafe.As<byte[]>(Unsafe.Add(ref regs, ins.A).R!);
                            long i = Unsafe.Add(ref regs, ins.B).N;
                            if ((ulong)i >= (ulong)a.Length) throw RuntimeErrors.IndexOutOfRange(i, a.Length);
                            a[i] = (byte)Unsafe.Add(ref regs, ins.C).N;
                            break;
                        }

                        // ---- slices ----
                        case OpCode.LoadSliceS:
                        {
                            var sl = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.B).R);
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.Add(ref regs, ins.A) = Unsafe.As<Slot[]>(sl.Array)[sl.Offset + i];
                            break;
                        }
                        case OpCode.LoadSliceW:
                        {
                            var sl = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.B).R);
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.Add(ref regs, ins.A) = new Slot(Unsafe.As<long[]>(sl.Array)[sl.Offset + i]);
                            break;
                        }
                        case OpCode.LoadSliceB:
                        {
                            var sl = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.B).R);
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            byte b = Unsafe.As<byte[]>(sl.Array)[sl.Offset + i];
                            Unsafe.Add(ref regs, ins.A) = new Slot(ins.D == (int)Kind.Int8 ? (sbyte)b : b);
                            break;
                        }
                        case OpCode.StoreSliceS:
                        {
                            var sl = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.A).R);
                            long i = Unsafe.Add(ref regs, ins.B).N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.As<Slot[]>(sl.Array)[sl.Offset + i] = Unsafe.Add(ref regs, ins.C);
                            break;
                        }
                        case OpCode.StoreSliceW:
                        {
                            var sl = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.A).R);
                            long i = Unsafe.Add(ref regs, ins.B).N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.As<long[]>(sl.Array)[sl.Offset + i] = Unsafe.Add(ref regs, ins.C).N;
                            break;
                        }
                        case OpCode.StoreSliceB:
                        {
                            var sl = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.A).R);
                            long i = Unsafe.Add(ref regs, ins.B).N;
                            if (sl == null || (ulong)i >= (ulong)sl.Length) throw RuntimeErrors.IndexOutOfRange(i, sl?.Length ?? 0);
                            Unsafe.As<byte[]>(sl.Array)[sl.Offset + i] = (byte)Unsafe.Add(ref regs, ins.C).N;
                            break;
                        }
                        case OpCode.ElemAddr: Unsafe.Add(ref regs, ins.A) = Slices.ElemAddr(Unsafe.Add(ref regs, ins.B).R, Unsafe.Add(ref regs, ins.C).N, (ins.D & 1) != 0, (ins.D & 2) != 0); break;
                        case OpCode.LenSlice: Unsafe.Add(ref regs, ins.A).N = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.B).R)?.Length ?? 0; break;
                        case OpCode.CapSlice: Unsafe.Add(ref regs, ins.A).N = Unsafe.As<Slice>(Unsafe.Add(ref regs, ins.B).R)?.Capacity ?? 0; break;
                        case OpCode.MakeSlice:
                            Unsafe.Add(ref regs, ins.A) = new Slot(Slices.Make(fn.Types[ins.C], Unsafe.Add(ref regs, ins.B).N, Unsafe.Add(ref regs, ins.B + 1).N));
                            break;
                        case OpCode.SliceSlice:
                            Unsafe.Add(ref regs, ins.A) = new Slot(Slices.SliceOf((Slice?)Unsafe.Add(ref regs, ins.B).R, Unsafe.Add(ref regs, ins.C).N, Unsafe.Add(ref regs, ins.C + 1).N, Unsafe.Add(ref regs, ins.C + 2).N, ins.D == 1));
                            break;
                        case OpCode.SliceArray:
                            Unsafe.Add(ref regs, ins.A) = new Slot(Slices.SliceOfArray((Array?)Unsafe.Add(ref regs, ins.B).R, Unsafe.Add(ref regs, ins.C).N, Unsafe.Add(ref regs, ins.C + 1).N, Unsafe.Add(ref regs, ins.C + 2).N, ins.D == 1));
                            break;
                        case OpCode.Append:
                            Unsafe.Add(ref regs, ins.A) = new Slot(Slices.Append(fn.Types[ins.D], (Slice?)Unsafe.Add(ref regs, ins.B).R, s, fp + ins.B + 1, ins.C));
                            break;
                        case OpCode.AppendSlice:
                            Unsafe.Add(ref regs, ins.A) = new Slot(Slices.AppendSlice(fn.Types[ins.D], (Slice?)Unsafe.Add(ref regs, ins.B).R, Unsafe.Add(ref regs, ins.C).R));
                            break;
                        case OpCode.SliceToArray:
                            Unsafe.Add(ref regs, ins.A) = Slices.ToArray(fn.Types[ins.C], (Slice?)Unsafe.Add(ref regs, ins.B).R, ins.D == 1);
                            break;
                        case OpCode.Copy: Unsafe.Add(ref regs, ins.A) = new Slot(Slices.Copy(fn.Types[ins.D], (Slice?)Unsafe.Add(ref regs, ins.B).R, Unsafe.Add(ref regs, ins.C).R)); break;

                        // ---- strings ----
                        case OpCode.Concat: Unsafe.Add(ref regs, ins.A) = new Slot(string.Concat(Unsafe.Add(ref regs, ins.B).S, Unsafe.Add(ref regs, ins.C).S)); break;
                        case OpCode.LenStr: Unsafe.Add(ref regs, ins.A).N = Unsafe.Add(ref regs, ins.B).S.Length; break;
                        case OpCode.IndexStr:
                        {
                            string str = Unsafe.Add(ref regs, ins.B).S;
                            long i = Unsafe.Add(ref regs, ins.C).N;
                            if ((ulong)i >= (ulong)str.Length) throw RuntimeErrors.IndexOutOfRange(i, str.Length);
                            Unsafe.Add(ref regs, ins.A) = new Slot(str[(int)i]);
                            break;
                        }
                        case OpCode.SliceStr: Unsafe.Add(ref regs, ins.A) = new Slot(Slices.SliceString(Unsafe.Add(ref regs, ins.B).S, Unsafe.Add(ref regs, ins.C).N, Unsafe.Add(ref regs, ins.C + 1).N)); break;
                        case OpCode.DecodeRune:
                        {
                            string str = Unsafe.Add(ref regs, ins.B).S;
                            int i = (int)Unsafe.Add(ref regs, ins.C).N;
                            int c = str[i];
                            if (c < 0x80) { Unsafe.Add(ref regs, ins.A) = new Slot(c); Unsafe.Add(ref regs, ins.A + 1) = new Slot(1); }
                            else
                            {
                                var (r, w) = GoStrings.DecodeRune(str, i);
                                Unsafe.Add(ref regs, ins.A) = new Slot(r); Unsafe.Add(ref regs, ins.A + 1) = new Slot(w);
                            }
                            break;
                        }
                        case OpCode.ConvStr: Unsafe.Add(ref regs, ins.A) = Conversions.ConvertString(Unsafe.Add(ref regs, ins.B), (StringConv)ins.C); break;

                        // ---- numeric conversions ----
                        case OpCode.IntToFloat:
                            Unsafe.Add(ref regs, ins.A) = Slot.FromFloat(ins.C == 1 ? (double)(ulong)Unsafe.Add(ref regs, ins.B).N : Unsafe.Add(ref regs, ins.B).N);
                            break;
                        case OpCode.FloatToInt: Unsafe.Add(ref regs, ins.A) = new Slot(Conversions.FloatToInt(Unsafe.Add(ref regs, ins.B).F, (Kind)ins.C)); break;
                        case OpCode.ConvComplex:
                        {
                            var c = ((BoxedComplex)Unsafe.Add(ref regs, ins.B).R!).Value;
                            if (ins.C == 1) c = new Complex((float)c.Real, (float)c.Imaginary);
                            Unsafe.Add(ref regs, ins.A) = new Slot(new BoxedComplex(c));
                            break;
                        }

                        // ---- maps ----
                        case OpCode.MakeMap:
                        {
                            var t = fn.Types[ins.B];
                            int hint = ins.C < 0 ? 0 : (int)Math.Clamp(Unsafe.Add(ref regs, ins.C).N, 0, 1 << 20);
                            Unsafe.Add(ref regs, ins.A) = new Slot(new Map(t.Key!, t.Elem!, hint));
                            break;
                        }
                        case OpCode.MapGet:
                        {
                            var m = Unsafe.As<Map>(Unsafe.Add(ref regs, ins.B).R);
                            m?.CheckKey(Unsafe.Add(ref regs, ins.C));
                            if (m != null && m.Entries.TryGetValue(Unsafe.Add(ref regs, ins.C), out var v)) Unsafe.Add(ref regs, ins.A) = v;
                            else Unsafe.Add(ref regs, ins.A) = fn.Types[ins.D].Elem!.Zero();
                            break;
                        }
                        case OpCode.MapGet2:
                        {
                            var m = Unsafe.As<Map>(Unsafe.Add(ref regs, ins.B).R);
                            m?.CheckKey(Unsafe.Add(ref regs, ins.C));
                            if (m != null && m.Entries.TryGetValue(Unsafe.Add(ref regs, ins.C), out var v)) { Unsafe.Add(ref regs, ins.A) = v; Unsafe.Add(ref regs, ins.A + 1) = new Slot(1); }
                            else { Unsafe.Add(ref regs, ins.A) = fn.Types[ins.D].Elem!.Zero(); Unsafe.Add(ref regs, ins.A + 1) = new Slot(0); }
                            break;
                        }
                        case OpCode.MapSet:
                        {
                            var m = Unsafe.As<Map>(Unsafe.Add(ref regs, ins.A).R) ?? throw RuntimeErrors.NilMapWrite();
                            m.CheckKey(Unsafe.Add(ref regs, ins.B));
                            m.Entries[Unsafe.Add(ref regs, ins.B)] = Unsafe.Add(ref regs, ins.C);
                            break;
                        }
                        case OpCode.MapDelete:
                        {
                            var m = Unsafe.As<Map>(Unsafe.Add(ref regs, ins.A).R);
                            m?.CheckKey(Unsafe.Add(ref regs, ins.B));
                            m?.Entries.Remove(Unsafe.Add(ref regs, ins.B));
                            break;
                        }
                        case OpCode.LenMap: Unsafe.Add(ref regs, ins.A).N = Unsafe.As<Map>(Unsafe.Add(ref regs, ins.B).R)?.Count ?? 0; break;
                        case OpCode.MapIter: Unsafe.Add(ref regs, ins.A) = new Slot(new MapIterator(Unsafe.As<Map>(Unsafe.Add(ref regs, ins.B).R))); break;
                        case OpCode.MapNext:
                        {
                            var it = Unsafe.As<MapIterator>(Unsafe.Add(ref regs, ins.B).R!);
                            if (!it.Next(out var k, out var v)) pc = ins.C;
                            else { Unsafe.Add(ref regs, ins.A) = k; Unsafe.Add(ref regs, ins.A + 1) = v; }
                            break;
                        }
                        case OpCode.Clear:
                            if (ins.A == 1) Unsafe.As<Map>(Unsafe.Add(ref regs, ins.B).R)?.Entries.Clear();
                            else Slices.Clear((Slice?)Unsafe.Add(ref regs, ins.B).R, fn.Types[ins.C]);
                            break;

                        // ---- interfaces ----
                        case OpCode.ToIface: Unsafe.Add(ref regs, ins.A) = Iface.Make(fn.Types[ins.C], Unsafe.Add(ref regs, ins.B)); break;
                        case OpCode.AssertType:
                        {
                            var t = fn.Types[ins.C];
                            ref Slot v = ref Unsafe.Add(ref regs, ins.B);
                            if (!ReferenceEquals(Iface.TypeOf(v), t)) throw TypeAssertions.Failed(v, t, fn.Types[ins.D]);
                            Unsafe.Add(ref regs, ins.A) = Iface.ValueOf(v);
                            break;
                        }
                        case OpCode.AssertTypeOk:
                        {
                            var t = fn.Types[ins.C];
                            var v = Unsafe.Add(ref regs, ins.B);
                            if (ReferenceEquals(Iface.TypeOf(v), t)) { Unsafe.Add(ref regs, ins.A) = Iface.ValueOf(v); Unsafe.Add(ref regs, ins.A + 1) = new Slot(1); }
                            else { Unsafe.Add(ref regs, ins.A) = t.Zero(); Unsafe.Add(ref regs, ins.A + 1) = new Slot(0); }
                            break;
                        }
                        case OpCode.AssertIface:
                        {
                            var t = fn.Types[ins.C];
                            var v = Unsafe.Add(ref regs, ins.B);
                            if (!TypeAssertions.Implements(Iface.TypeOf(v), t)) throw TypeAssertions.Failed(v, t, fn.Types[ins.D]);
                            Unsafe.Add(ref regs, ins.A) = v;
                            break;
                        }
                        case OpCode.AssertIfaceOk:
                        {
                            var t = fn.Types[ins.C];
                            var v = Unsafe.Add(ref regs, ins.B);
                            bool ok = TypeAssertions.Implements(Iface.TypeOf(v), t);
                            Unsafe.Add(ref regs, ins.A) = ok ? v : default;
                            Unsafe.Add(ref regs, ins.A + 1) = new Slot(ok ? 1 : 0);
                            break;
                        }
                        case OpCode.IfaceIs:
                        {
                            var dyn = Iface.TypeOf(Unsafe.Add(ref regs, ins.B));
                            bool r;
                            if (ins.C < 0) r = dyn == null;
                            else
                            {
                                var t = fn.Types[ins.C];
                                r = t.Kind == Kind.Interface ? TypeAssertions.Implements(dyn, t) : ReferenceEquals(dyn, t);
                            }
                            Unsafe.Add(ref regs, ins.A) = new Slot(r ? 1 : 0);
                            break;
                        }

                        // ---- goroutines and channels ----
                        case OpCode.Go:
                            StartGoroutine(g.Machine, Unsafe.Add(ref regs, ins.A).R, s.AsSpan(fp + ins.A + 1, ins.B));
                            break;
                        case OpCode.MakeChan:
                        {
                            long size = ins.C < 0 ? 0 : Unsafe.Add(ref regs, ins.C).N;
                            if (size < 0 || size > int.MaxValue) throw RuntimeErrors.Panic("makechan: size out of range");
                            Unsafe.Add(ref regs, ins.A) = new Slot(Chan.Make(fn.Types[ins.B].Elem!, size, g.Machine.Scheduler!));
                            break;
                        }
                        case OpCode.ChanSend:
                        {
                            var r = Chan.ChanSend(g.Machine.Scheduler!, (Chan?)Unsafe.Add(ref regs, ins.A).R, g.G!, Unsafe.Add(ref regs, ins.B), block: true);
                            if (r == ChanOpResult.Parked)
                            {
                                g.PendingOp = Goroutine.Pending.Send;
                                Save(g, fn, pc, fp, clo);
                                if (!nested) return Leave(g, budget, RunStatus.Parked);
                                g.WaitInPlace();
                                CompletePending(g, ref regs);
                            }
                            break;
                        }
                        case OpCode.ChanRecv:
                        {
                            var r = Chan.ChanRecv(g.Machine.Scheduler!, (Chan?)Unsafe.Add(ref regs, ins.B).R, g.G!, true, out var v, out bool ok);
                            if (r == ChanOpResult.Parked)
                            {
                                g.PendingOp = ins.C == 1 ? Goroutine.Pending.RecvOk : Goroutine.Pending.Recv;
                                g.PendingReg = ins.A;
                                Save(g, fn, pc, fp, clo);
                                if (!nested) return Leave(g, budget, RunStatus.Parked);
                                g.WaitInPlace();
                                CompletePending(g, ref regs);
                                break;
                            }
                            Unsafe.Add(ref regs, ins.A) = v;
                            if (ins.C == 1) Unsafe.Add(ref regs, ins.A + 1) = new Slot(ok ? 1 : 0);
                            break;
                        }
                        case OpCode.ChanClose: Chan.CloseChan((Chan?)Unsafe.Add(ref regs, ins.A).R); break;
                        case OpCode.Select:
                        {
                            var sends = (bool[])fn.Constants[ins.C].R!;
                            var cases = new SelectCase[ins.B];
                            for (int i = 0; i < cases.Length; i++)
                            {
                                var c = (Chan?)Unsafe.Add(ref regs, ins.A + 2 * i).R;
                                cases[i] = sends[i] ? SelectCase.Send(c, Unsafe.Add(ref regs, ins.A + 2 * i + 1)) : SelectCase.Recv(c);
                            }
                            var r = Chan.Select(g.Machine.Scheduler!, g.G!, cases, block: ins.D == 0, out int chosen, out var v, out bool ok);
                            if (r == ChanOpResult.Parked)
                            {
                                g.PendingOp = Goroutine.Pending.Select;
                                g.PendingReg = ins.A;
                                Save(g, fn, pc, fp, clo);
                                if (!nested) return Leave(g, budget, RunStatus.Parked);
                                g.WaitInPlace();
                                CompletePending(g, ref regs);
                                break;
                            }
                            Unsafe.Add(ref regs, ins.A) = new Slot(chosen);
                            Unsafe.Add(ref regs, ins.A + 1) = v;
                            Unsafe.Add(ref regs, ins.A + 2) = new Slot(ok ? 1 : 0);
                            break;
                        }
                        case OpCode.ChanLenCap:
                        {
                            var c = (Chan?)Unsafe.Add(ref regs, ins.B).R;
                            Unsafe.Add(ref regs, ins.A) = new Slot(ins.C == 0 ? Chan.ChanLen(c) : Chan.ChanCap(c));
                            break;
                        }

                        // ---- sync/atomic intrinsics ----
                        case OpCode.AtomicAdd: Unsafe.Add(ref regs, ins.A) = new Slot(Atomics.Add(Unsafe.Add(ref regs, ins.B), Unsafe.Add(ref regs, ins.C).N, (Kind)ins.D)); break;
                        case OpCode.AtomicLoad: Unsafe.Add(ref regs, ins.A) = new Slot(Atomics.Load(Unsafe.Add(ref regs, ins.B))); break;
                        case OpCode.AtomicStore: Atomics.Store(Unsafe.Add(ref regs, ins.A), Unsafe.Add(ref regs, ins.B).N); break;
                        case OpCode.AtomicSwap: Unsafe.Add(ref regs, ins.A) = new Slot(Atomics.Swap(Unsafe.Add(ref regs, ins.B), Unsafe.Add(ref regs, ins.C).N)); break;
                        case OpCode.AtomicCAS:
                            Unsafe.Add(ref regs, ins.A) = new Slot(Atomics.CompareAndSwap(Unsafe.Add(ref regs, ins.B), Unsafe.Add(ref regs, ins.C).N, Unsafe.Add(ref regs, ins.C + 1).N) ? 1 : 0);
                            break;

                        case OpCode.MutexTryLock:
                            if (Interlocked.CompareExchange(ref Box(Unsafe.Add(ref regs, ins.A).R)[0].N, 1, 0) == 0) pc = ins.B;
                            break;
                        case OpCode.MutexUnlockFast:
                        {
                            long state = Interlocked.Add(ref Box(Unsafe.Add(ref regs, ins.A).R)[0].N, -1);
                            Unsafe.Add(ref regs, ins.A + 1) = new Slot(state);
                            if (state == 0) pc = ins.B;
                            break;
                        }

                        // ---- builtins ----
                        case OpCode.Print:
                            Printing.Print(g.Machine.Stderr, s, fp + ins.A, ins.B, (RType[])fn.Constants[ins.C].R!, ins.D == 1);
                            break;
                        case OpCode.MinMax: Unsafe.Add(ref regs, ins.A) = Arith.MinMax(s, fp + ins.B, ins.C, ins.D); break;
                        case OpCode.Unreachable: throw new GoFatal("minigo: unreachable code reached in " + fn.Name);

                        default: throw new InvalidOperationException("unknown opcode " + ins.Op);
                    }
                }
            }
            catch (GoFatal) when (SaveAt(g, fn, pc - 1, fp, clo))
            {
                // Never entered: the filter records where the fatal error happened, for its report.
            }
            catch (GoPanic p)
            {
                Save(g, fn, pc, fp, clo); // past the faulting instruction, as a caller's frame is past its call
                StartPanic(g, p.Value);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
                regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
            }
            catch (GoexitRequest)
            {
                Save(g, fn, pc, fp, clo); // past the faulting instruction, as a caller's frame is past its call
                StartGoexit(g);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
                regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
            }
            catch (NullReferenceException)
            {
                Save(g, fn, pc, fp, clo); // past the faulting instruction, as a caller's frame is past its call
                StartPanic(g, RuntimeErrors.NilDeref().Value);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
                regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
            }
            catch (PanicUnwind)
            {
                // A panic unwound out of a nested run (Go called from native code) back into
                // the frame that called the native: keep unwinding here.
                ContinueUnwinding(g);
                Load(g, out fn, out code, out pc, out fp, out clo, out s);
                regs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), fp);
            }
        }
    }

    /// <summary>Finishes the blocking operation the goroutine parked in (its pc is already past it).</summary>
    private static void CompletePending(Goroutine g, ref Slot regs)
    {
        var op = g.PendingOp;
        g.PendingOp = Goroutine.Pending.None;
        if (op == Goroutine.Pending.Send) { Chan.CompleteSend(g.G!); return; }
        if (op == Goroutine.Pending.Select)
        {
            int chosen = Chan.CompleteSelect(g.G!, out var sv, out bool sok);
            Unsafe.Add(ref regs, g.PendingReg) = new Slot(chosen);
            Unsafe.Add(ref regs, g.PendingReg + 1) = sv;
            Unsafe.Add(ref regs, g.PendingReg + 2) = new Slot(sok ? 1 : 0);
            return;
        }
        Chan.CompleteRecv(g.G!, out var v, out bool ok);
        Unsafe.Add(ref regs, g.PendingReg) = v;
        if (op == Goroutine.Pending.RecvOk) Unsafe.Add(ref regs, g.PendingReg + 1) = new Slot(ok ? 1 : 0);
    }

    /// <summary>The go statement (and Machine.Go): a new goroutine calls fnValue(args).</summary>
    internal static void StartGoroutine(Machine machine, object? fnValue, ReadOnlySpan<Slot> args)
    {
        if (fnValue is not Closure c) throw new GoFatal("go of nil func value"); // Go's newproc1
        if (machine.Limits?.TooManyGoroutines(machine.Scheduler!.NumGoroutine) == true)
            throw new GoFatal("minigo: goroutine limit exceeded");
        var (entry, clo) = (c.Fn, (Closure?)c);
        if (entry.IsNative)
        {
            // A native run as a goroutine: a tiny function that calls it.
            entry = NativeTrampoline(entry, args.Length);
            clo = null;
        }
        machine.Scheduler!.Go(new Goroutine(machine, 0, entry, args, clo));
    }

    /// <summary>
    /// A Go function that calls one native, made once per native: a native run as a goroutine
    /// or as a deferred call gets a frame of its own, so that it can park (time.Sleep) like any call.
    /// </summary>
    internal static Function NativeTrampoline(Function native, int nargs)
    {
        if (native.Trampoline is { } made && made.NumParams == nargs) return made;
        var t = new Function(native.Name) { NumParams = nargs, FrameSize = Math.Max(nargs, native.NumResults) + 2, Callees = [native] };
        t.Code = [new Instr(OpCode.CallNative, 0, 0), new Instr(OpCode.Return, 0, 0)];
        t.Lines = [0, 0];
        return native.Trampoline = t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Save(Goroutine g, Function fn, int pc, int fp, Closure? clo)
    {
        g.CurFn = fn; g.Pc = pc; g.Fp = fp; g.CurClosure = clo;
    }

    /// <summary>Save, as an exception filter that catches nothing.</summary>
    private static bool SaveAt(Goroutine g, Function fn, int pc, int fp, Closure? clo)
    {
        Save(g, fn, pc, fp, clo);
        return false;
    }

    private static void Load(Goroutine g, out Function fn, out Instr[] code, out int pc, out int fp, out Closure? clo, out Slot[] s)
    {
        fn = g.CurFn; code = fn.Code; pc = g.Pc; fp = g.Fp; clo = g.CurClosure; s = g.Stack;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Slot[] Box(object? r) => Unsafe.As<Slot[]>(r ?? throw RuntimeErrors.NilDeref());

    /// <summary>
    /// Go 1.21+: panic(nil) panics with a *runtime.PanicNilError: the program's own type when it
    /// compiled package runtime (so type assertions and errors.As see it), else an equivalent.
    /// </summary>
    private static Slot NilPanicValue(Machine m)
    {
        if (m.Program.PanicNilError is { } t) return Iface.Make(t, t.Elem!.Zero());
        return Iface.Make(PanicNilErrorType, new Slot("panic called with nil argument"));
    }

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
        if (cache != null && ReferenceEquals(cache.Type, dyn)) target = cache.Target;
        else
        {
            string name = fn.Constants[ins.B].S;
            var m = dyn.FindMethod(name) ?? throw new GoFatal($"minigo: method {name} not found on {dyn}");
            target = AsFunction(m);
            // A new entry, not an update: goroutines on other threads read the pair at once.
            fn.CallCaches[ins.C] = new IfaceCallCache(dyn, target);
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
