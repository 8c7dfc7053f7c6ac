using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>Thrown by runtime.Goexit's native: the interpreter turns it into Goexit unwinding.</summary>
public sealed class GoexitRequest() : Exception("runtime.Goexit");

/// <summary>A panic nobody recovered: the machine prints it (Go's printpanics) and exits with status 2.</summary>
public sealed class UnrecoveredPanic(Goroutine g, PanicRecord panic) : Exception("unrecovered panic")
{
    public Goroutine Goroutine { get; } = g;
    public PanicRecord Panic { get; } = panic;
}

public static partial class Interpreter
{
    /// <summary>Go's gopanic: record the panic, then run deferred calls frame by frame.</summary>
    internal static void StartPanic(Goroutine g, Slot value)
    {
        g.Panic = new PanicRecord(value, g.Panic) { Trace = StackTrace.Capture(g, parked: true) };
        ContinueUnwinding(g);
    }

    /// <summary>runtime.Goexit: run every deferred call of the goroutine, then end it.</summary>
    internal static void StartGoexit(Goroutine g)
    {
        g.Panic = new PanicRecord(default, g.Panic) { Goexit = true, Trace = StackTrace.Capture(g, parked: true) };
        ContinueUnwinding(g);
    }

    /// <summary>
    /// Runs the next deferred call of the panicking frame, or pops the frame when it has none.
    /// Leaves the goroutine's saved state at the code to run next.
    /// </summary>
    internal static void ContinueUnwinding(Goroutine g)
    {
        while (true)
        {
            int last = g.Defers.Count - 1;
            if (last >= 0 && g.Defers[last].Depth == g.FrameCount)
            {
                var d = g.Defers[last];
                g.Defers.RemoveAt(last);
                try
                {
                    StartDeferredCall(g, d, FrameKind.PanicDefer);
                    g.Panic!.DeferDepth = g.FrameCount;
                    return;
                }
                catch (GoPanic p)
                {
                    // Calling the deferred function panicked at once (a nil func value): that
                    // panic replaces the current one and unwinding goes on.
                    g.Panic = new PanicRecord(p.Value, g.Panic) { Trace = StackTrace.Capture(g) };
                    continue;
                }
            }
            ref CallFrame top = ref g.Frames[g.FrameCount - 1];
            switch (top.CalleeKind)
            {
                case FrameKind.Entry:
                    throw new UnrecoveredPanic(g, g.Panic!);
                case FrameKind.Callback:
                    g.StackBytes -= g.CurFn.GoFrameBytes;
                    g.FrameCount--;
                    Restore(g, ref top);
                    throw new PanicUnwind();
                default:
                    g.StackBytes -= g.CurFn.GoFrameBytes;
                    g.FrameCount--;
                    Restore(g, ref top);
                    continue;
            }
        }
    }

    /// <summary>A deferred call made while panicking has returned: resume normally if it recovered.</summary>
    internal static void AfterPanicDefer(Goroutine g)
    {
        if (g.Panic is { Recovered: true, Goexit: false }) Recovered(g);
        else ContinueUnwinding(g);
    }

    /// <summary>
    /// The frame whose deferred call recovered returns normally, running its remaining defers.
    /// Older panics whose deferred call is still on the stack (this frame is in it) go on once
    /// it returns; those whose deferred call was unwound are aborted and dropped, except
    /// that an aborted runtime.Goexit resumes at once: recover never cancels a Goexit (Go's
    /// gopanic).
    /// </summary>
    private static void Recovered(Goroutine g)
    {
        var older = g.Panic!.Link;
        while (older != null && older.DeferDepth > g.FrameCount)
        {
            if (older.Goexit)
            {
                g.Panic = older;
                ContinueUnwinding(g);
                return;
            }
            older = older.Link;
        }
        g.Panic = older;
        g.Pc = g.CurFn.RecoverPc;
        if (g.Pc < 0) throw new GoFatal("minigo: internal error: recovery in a function without a recovery point: " + g.CurFn.Name);
    }

    private static void Restore(Goroutine g, ref CallFrame f)
    {
        g.CurFn = f.Fn; g.Pc = f.Pc; g.Fp = f.Fp; g.CurClosure = f.Closure;
    }

    /// <summary>
    /// Enters a deferred call above the current frame: the interpreter continues there. A
    /// native runs in a frame of its own too, so that it may park (`defer time.Sleep(d)`).
    /// </summary>
    internal static void StartDeferredCall(Goroutine g, DeferRecord d, FrameKind kind)
    {
        var (callee, clo) = d.Fn switch
        {
            Closure c => (c.Fn, c),
            Function f => (f, (Closure?)null),
            _ => throw RuntimeErrors.NilDeref(),
        };
        if (callee.IsNative) (callee, clo) = (NativeTrampoline(callee, d.Args.Length), null);
        int @base = g.Fp + g.CurFn.FrameSize;
        int need = @base + Math.Max(callee.FrameSize, d.Args.Length);
        if (need > g.Stack.Length) g.GrowStack(need);
        d.Args.CopyTo(g.Stack.AsSpan(@base));
        g.PushFrame(g.CurFn, g.Pc, g.Fp, g.CurClosure, kind);
        g.Enter(callee);
        g.CurFn = callee; g.Pc = 0; g.Fp = @base; g.CurClosure = clo;
    }
}
