using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>Why a frame was entered: decides what its Return does.</summary>
public enum FrameKind : byte
{
    /// <summary>An ordinary call: return to the caller.</summary>
    Normal,
    /// <summary>A deferred call run by RunDefers on a normal return: the caller's pc re-runs RunDefers.</summary>
    Defer,
    /// <summary>A deferred call run while panicking: on return, recovery or further unwinding.</summary>
    PanicDefer,
    /// <summary>Go code called back from native code: its return leaves the nested interpreter loop.</summary>
    Callback,
    /// <summary>The goroutine's first function: its return ends the goroutine.</summary>
    Entry,
}

/// <summary>The saved state of a caller while its callee runs (Go's return address plus frame pointer).</summary>
public struct CallFrame
{
    public Function Fn;
    public int Pc;
    public int Fp;
    public Closure? Closure;
    /// <summary>How the callee above this record was entered.</summary>
    public FrameKind CalleeKind;
}

/// <summary>The program ended while a goroutine waited in place (Goroutine.WaitInPlace): it leaves its slice.</summary>
internal sealed class ProgramEnded() : Exception("the program ended");

/// <summary>A deferred call: the function value, its evaluated arguments, and the frame depth that owns it.</summary>
public sealed class DeferRecord(object fn, Slot[] args, int depth)
{
    public readonly object Fn = fn;
    public readonly Slot[] Args = args;
    public readonly int Depth = depth;
}

/// <summary>A panic in progress (Go's _panic): its value, whether recovered, the older panic it interrupted.</summary>
public sealed class PanicRecord(Slot value, PanicRecord? link)
{
    public readonly Slot Value = value;
    public readonly PanicRecord? Link = link;
    public bool Recovered;
    /// <summary>runtime.Goexit: unwinds running deferred calls like a panic, but recover() does not see it and it ends only its goroutine.</summary>
    public bool Goexit;
    /// <summary>The depth of the deferred call this panic runs (int.MaxValue before it runs one): while that frame is on the stack, a newer panic's recovery leaves this one going.</summary>
    public int DeferDepth = int.MaxValue;
    /// <summary>The goroutine's stack where the panic started, for the fatal report.</summary>
    public IReadOnlyList<string> Trace = [];
}

/// <summary>
/// A goroutine as the VM runs it: a contiguous stack of slots, the chain of saved caller
/// frames, pending deferred calls and panics. Nothing points into the stack (escaping
/// variables live in heap cells), so growing it is a copy into a bigger array.
/// </summary>
public sealed partial class Goroutine : IGoContext, IGoroutineBody, IShrinkable, IGoroutineTraceback, IPreemptible
{
    /// <summary>The scheduler's view of this goroutine (set when it first runs).</summary>
    public G? G { get; private set; }
    /// <summary>A function to run on this goroutine after the entry returns (main after init).</summary>
    internal Function? Then;
    /// <summary>Set by Interpreter.Run on every exit: the budget it had left (see RunAccounted).</summary>
    internal int BudgetLeft;
    /// <summary>A call from the host: told when the goroutine ends; its unrecovered panic is the caller's, not the program's end.</summary>
    public IGoroutineCompletion? Completion { get; init; }

    /// <summary>What a blocking operation that parked still has to do when the goroutine resumes.</summary>
    internal enum Pending : byte { None, Send, Recv, RecvOk, Select }
    internal Pending PendingOp;
    /// <summary>The register (frame-relative) that receives a parked receive's value.</summary>
    internal int PendingReg;
    /// <summary>A native parked the goroutine: stop when it returns (see IGoContext.ParkAfterReturn).</summary>
    internal bool ParkRequested;
    /// <summary>Run when a goroutine parked by a native resumes; false: parked again.</summary>
    internal Func<bool>? NativeResume;

    Scheduler IGoContext.Scheduler => Machine.Scheduler!;
    G IGoContext.G => G!;

    public void ParkAfterReturn(Func<bool>? resume)
    {
        ParkRequested = true;
        NativeResume = resume;
    }

    /// <summary>
    /// A blocking operation parked this goroutine inside Go code called back from native code
    /// (a String method receiving from a channel): the slice cannot end there, so the thread
    /// waits for the goroutine's wake-up (see Scheduler.ParkInPlace).
    /// </summary>
    internal void WaitInPlace()
    {
        if (!Machine.Scheduler!.ParkInPlace(G!)) throw new ProgramEnded();
    }

    /// <summary>WaitInPlace for a native that parked: until its resume step says it is done.</summary>
    internal void ResumeNativeInPlace()
    {
        ParkRequested = false;
        var resume = NativeResume;
        NativeResume = null;
        do WaitInPlace();
        while (resume != null && !resume());
    }

    /// <summary>A safety net on the VM stack itself: 1 GB of 16-byte slots (more if SetMaxStack allows more).</summary>
    private long MaxStackSlots => Math.Max(1_000_000_000 / 16, Machine.MaxStackBytes / 16);
    /// <summary>Sum of GoFrameBytes of the frames on this goroutine's stack.</summary>
    internal long StackBytes;
    /// <summary>
    /// Go's stackguard0: a call whose StackBytes pass it takes the slow path (PastStackGuard).
    /// It is the program's stack limit, or StackPreempt when a preemption is requested.
    /// </summary>
    internal long StackGuard;
    /// <summary>The poison: below any StackBytes, so the next call's one comparison fails.</summary>
    internal const long StackPreempt = -1;
    /// <summary>Stacks shrink down to 64 slots (1 KB), no further.</summary>
    public const int InitialStackSlots = 64;
    /// <summary>
    /// A new goroutine's stack fits its entry frame, at least 16 slots, and grows by doubling:
    /// programs with a million goroutines (most of them small and alive at once) stay small.
    /// </summary>
    public const int MinStackSlots = 16;

    public Slot[] Stack { get; private set; }
    internal CallFrame[] Frames = new CallFrame[2]; // most goroutines stay shallow; doubled on demand
    /// <summary>Number of saved caller records; also the depth of the running frame.</summary>
    internal int FrameCount;

    // The running frame, saved here whenever the interpreter leaves its loop or calls native code.
    internal Function CurFn;
    internal int Pc;
    internal int Fp;
    internal Closure? CurClosure;

    internal readonly List<DeferRecord> Defers = [];
    internal PanicRecord? Panic;

    public readonly Machine Machine;
    private readonly long id;
    /// <summary>Go's goroutine id: the scheduler's once running (1 is main).</summary>
    public long Id => G?.Id ?? id;
    public bool Done { get; internal set; }

    public Goroutine(Machine machine, long id, Function entry, ReadOnlySpan<Slot> args, Closure? closure = null)
    {
        Machine = machine;
        this.id = id;
        Stack = new Slot[Math.Max(MinStackSlots, entry.FrameSize)];
        args.CopyTo(Stack);
        CurFn = entry;
        CurClosure = closure;
        PushFrame(entry, 0, 0, null, FrameKind.Entry);
        StackBytes = entry.GoFrameBytes;
        StackGuard = machine.MaxStackBytes;
    }

    /// <summary>
    /// Accounts for a frame of `callee` entering; Go's fatal error past the limit. True when a
    /// preemption was requested and canYield: the caller yields once the frame is set up.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool Enter(Function callee, bool canYield = false) =>
        (StackBytes += callee.GoFrameBytes) > StackGuard && PastStackGuard(canYield);

    /// <summary>
    /// Go's newstack for a call that passed the guard: a preemption request (the guard is
    /// restored; yield if this run can), a limit raised by SetMaxStack, or a stack overflow.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal bool PastStackGuard(bool canYield)
    {
        long limit = Machine.MaxStackBytes;
        bool preempt = Volatile.Read(ref StackGuard) == StackPreempt;
        Volatile.Write(ref StackGuard, limit);
        if (StackBytes > limit) throw StackOverflow();
        return preempt && canYield;
    }

    /// <summary>A slice starts: the guard is the limit, or the poison if a preemption is already asked for.</summary>
    internal void ResetStackGuard(G? g) =>
        Volatile.Write(ref StackGuard, g != null && g.Preempt ? StackPreempt : Machine.MaxStackBytes);

    long IGoContext.MaxStack
    {
        get => Machine.MaxStackBytes;
        set
        {
            Machine.MaxStackBytes = value;
            Volatile.Write(ref StackGuard, value); // this goroutine's next call checks the new limit
        }
    }

    string IGoContext.Traceback()
    {
        var sb = new System.Text.StringBuilder($"goroutine {Id} [running]:\n");
        foreach (var line in StackTrace.Capture(this)) sb.Append(line).Append('\n');
        return sb.ToString();
    }


    public void PoisonStackGuard() => Volatile.Write(ref StackGuard, StackPreempt);

    internal GoFatal StackOverflow() =>
        new("stack overflow", $"runtime: goroutine stack exceeds {Machine.MaxStackBytes}-byte limit");

    internal void PushFrame(Function fn, int pc, int fp, Closure? clo, FrameKind calleeKind)
    {
        if (FrameCount == Frames.Length) Array.Resize(ref Frames, Frames.Length * 2);
        ref var f = ref Frames[FrameCount++];
        f.Fn = fn; f.Pc = pc; f.Fp = fp; f.Closure = clo; f.CalleeKind = calleeKind;
    }

    /// <summary>
    /// Runs a slice for the scheduler. The end of the program is reported through the
    /// scheduler: an unrecovered panic or a fatal error ends it with Go's report and status 2,
    /// os.Exit with its code.
    /// </summary>
    public SliceResult RunSlice(G g, int budget)
    {
        G = g;
        if (interrupted)
        {
            Done = true; // Interrupt: the goroutine ends where it stands
            return SliceResult.Goexit;
        }
        try
        {
            while (true)
            {
                var status = RunAccounted(budget);
                if (status == RunStatus.Yielded) return SliceResult.Yielded;
                if (status == RunStatus.Parked) return SliceResult.Parked;
                if (Then == null)
                {
                    Completion?.Ended(this, null);
                    return SliceResult.Done;
                }
                Restart(Then);
                Then = null;
            }
        }
        catch (UnrecoveredPanic p) when (p.Panic.Goexit)
        {
            Done = true; // runtime.Goexit ran every deferred call: the goroutine ends here
            Machine.GoroutineEndedAbnormally?.Invoke(this, null);
            Completion?.Ended(this, p.Panic);
            return SliceResult.Goexit;
        }
        catch (UnrecoveredPanic p) when (Completion != null)
        {
            Done = true; // a call from the host: the panic is the caller's, the program goes on
            Completion.Ended(this, p.Panic);
            return SliceResult.Done;
        }
        catch (UnrecoveredPanic p)
        {
            Machine.FlushStdout();
            var report = Machine.PanicReport(p);
            return EndWithReport(report, new ProgramFailure(report, p.Panic, null));
        }
        catch (GoFatal f)
        {
            Machine.FlushStdout();
            var report = Machine.FatalText(f, this);
            return EndWithReport(report, new ProgramFailure(report, null, f));
        }
        catch (GoExit e)
        {
            Machine.FlushStdout();
            Machine.Scheduler!.Exit(e.Code);
            return SliceResult.Done;
        }
        catch (ProgramEnded)
        {
            return SliceResult.Done; // another goroutine ended the program while this one waited
        }
    }

    /// <summary>
    /// Go's way: the report ends the program (and is the embedder's failure). A host that
    /// isolates failures (the REPL) takes the report and only this goroutine ends.
    /// </summary>
    private SliceResult EndWithReport(string report, ProgramFailure failure)
    {
        if (Machine.GoroutineEndedAbnormally is { } host)
        {
            Done = true;
            host(this, report);
            return SliceResult.Goexit;
        }
        Machine.RecordFailure(failure);
        Machine.Scheduler!.Exit(2, report);
        return SliceResult.Done;
    }

    private volatile bool interrupted;

    /// <summary>
    /// Ends the goroutine at its next safe point without running its deferred calls (the REPL's
    /// Ctrl-C): a running one is preempted (a loop's back-edge or a call polls the request), a
    /// parked one leaves the channels it waits on and ends if it is ever woken.
    /// </summary>
    public void Interrupt()
    {
        interrupted = true;
        if (G is not { } g) return;
        g.RequestPreempt();
        // A running goroutine soon yields to the request or parks (it may be on its way into a
        // channel receive): wait for that, so that a parked one can leave the channel's queue.
        var spin = new SpinWait();
        long deadline = Environment.TickCount64 + InterruptSettleMs;
        while (g.Status == GStatus.Running && Environment.TickCount64 < deadline) spin.SpinOnce();
        if (g.Status == GStatus.Waiting) Chan.Abandon(g); // a value sent to it later would be lost
    }

    private const int InterruptSettleMs = 1000;

    /// <summary>
    /// One run of the interpreter, counted against the embedder's limits when there are any:
    /// the budget used (calls and back-edges) and the bytes this thread allocated meanwhile.
    /// </summary>
    private RunStatus RunAccounted(int budget)
    {
        var limits = Machine.Limits;
        if (limits == null) return Interpreter.Run(this, budget);
        budget = limits.SliceBudget(budget);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        BudgetLeft = budget;
        try
        {
            return Interpreter.Run(this, budget);
        }
        finally
        {
            if (limits.Account(budget - BudgetLeft, GC.GetAllocatedBytesForCurrentThread() - allocated))
                Machine.Scheduler!.Stop();
        }
    }

    /// <summary>The goroutine's Go stack for the deadlock report (Go prints each goroutine's frames).</summary>
    public void WriteTraceback(G g, TextWriter w)
    {
        foreach (var line in StackTrace.Capture(this, parked: g.Status == GStatus.Waiting)) w.Write(line + "\n");
    }

    /// <summary>Starts `entry` afresh on this goroutine (its stack is empty).</summary>
    private void Restart(Function entry)
    {
        Done = false;
        FrameCount = 0;
        CurFn = entry; Pc = 0; Fp = 0; CurClosure = null;
        if (entry.FrameSize > Stack.Length) GrowStack(entry.FrameSize);
        PushFrame(entry, 0, 0, null, FrameKind.Entry);
        StackBytes = entry.GoFrameBytes;
    }

    /// <summary>Makes room for `needed` slots by doubling (Go's copystack). Fatal past 1 GB.</summary>
    internal Slot[] GrowStack(int needed)
    {
        long size = Stack.Length;
        while (size < needed) size *= 2;
        if (size > MaxStackSlots) throw StackOverflow();
        var bigger = new Slot[size];
        Array.Copy(Stack, bigger, Stack.Length);
        Stack = bigger;
        return bigger;
    }

    /// <summary>Halves the stack while the goroutine uses under a quarter of it (Go's shrinkstack).</summary>
    public void ShrinkStack()
    {
        int used = Fp + (CurFn?.FrameSize ?? 0);
        for (int i = 0; i < FrameCount; i++) used = Math.Max(used, Frames[i].Fp + Frames[i].Fn.FrameSize);
        int size = Stack.Length;
        while (size / 2 >= InitialStackSlots && used < size / 4) size /= 2;
        if (size == Stack.Length) return;
        var smaller = new Slot[size];
        Array.Copy(Stack, smaller, Math.Min(size, Stack.Length));
        Stack = smaller;
    }

    // ---- IGoContext: what natives may ask ----

    public Stream Stdout => Machine.Stdout;
    public Stream Stderr => Machine.Stderr;
    public RType? LookupType(string qualifiedName) => Machine.Program.NamedTypes.GetValueOrDefault(qualifiedName);
    public Dictionary<string, object> PackageState => Machine.PackageState;

    /// <summary>Runs a Go function value to completion from native code (fmt calling String(), sort calling less).</summary>
    public void Call(object fnValue, ReadOnlySpan<Slot> args, Span<Slot> results)
    {
        var (fn, clo) = fnValue switch
        {
            Closure c => (c.Fn, c),
            Function f => (f, null),
            NativeFunc nf => (new Function("native") { Native = nf }, null),
            RMethod m => (Interpreter.AsFunction(m), null),
            _ => throw RuntimeErrors.NilDeref(),
        };
        int @base = Fp + CurFn.FrameSize;
        int need = @base + Math.Max(fn.FrameSize, Math.Max(args.Length, results.Length));
        if (need > Stack.Length) GrowStack(need);
        args.CopyTo(Stack.AsSpan(@base));
        if (fn.IsNative)
        {
            fn.Native!(new NativeCall(this, @base));
        }
        else
        {
            PushFrame(CurFn, Pc, Fp, CurClosure, FrameKind.Callback);
            Enter(fn);
            CurFn = fn; Pc = 0; Fp = @base; CurClosure = clo;
            Interpreter.Run(this, int.MaxValue, nested: true);
        }
        Stack.AsSpan(@base, results.Length).CopyTo(results);
    }
}
