using Minigo.Hosting.Interop;
using Minigo.Runtime;
using Minigo.VM;
using GoProgram = Minigo.VM.Program;

namespace Minigo.Hosting;

/// <summary>
/// A live program: its initialisers have run, main has not; the host calls its exported
/// functions (and func values, and channels) until it is disposed. Goroutines it starts run on
/// between calls. A panic in a called function is that call's GoPanicException and the
/// instance goes on; anything that ends the program (a panic in another goroutine, os.Exit, a
/// deadlock, a limit, Interrupt) fails the pending calls and every later one.
/// </summary>
public sealed class GoInstance : IDisposable
{
    internal readonly ProgramRun Run;
    private readonly GoProgram program;
    private readonly Thread thread;
    private readonly TimeSpan? callTimeLimit;
    private readonly Lock gate = new();
    private readonly HashSet<PendingCall> pending = [];
    // Calls in progress (the initialisers count as one). While there are none, the instance
    // holds an external wait: goroutines all asleep between calls are no deadlock.
    private int activeCalls = 1;
    private volatile Exception? endError;
    private ExitInfo? exit;

    internal GoInstance(GoEngine engine, GoProgram program, string name)
    {
        this.program = program;
        callTimeLimit = engine.Options.TimeLimit;
        Run = new ProgramRun(engine, program, name, timeLimitCoversRun: false);
        var init = new PendingCall(this, null, typeof(object)) { Counted = true };
        lock (gate) pending.Add(init);
        var main = new HostMainBody(this, init);
        thread = new Thread(() => RunProgram(main)) { IsBackground = true, Name = "minigo instance" };
        thread.Start();
        Wait(init);
    }

    internal Machine Machine => Run.Machine;

    private void RunProgram(HostMainBody main)
    {
        try
        {
            exit = Run.Run(runMain: false, main);
            endError = Run.ErrorFor(exit)
                ?? (exit.Reason == ExitReason.Exit ? new GoExitException(exit.Code) : new GoInstanceEndedException("minigo: the program ended"));
        }
        catch (Exception e)
        {
            endError = new GoException("minigo: internal error: " + e.Message, e);
        }
        List<PendingCall> failed;
        lock (gate) failed = [.. pending];
        foreach (var call in failed) call.Fail(endError!);
    }

    /// <summary>Why the instance ended, or null while it is alive.</summary>
    public Exception? EndedBecause => endError;

    /// <summary>Calls an exported function; the result is its natural .NET value (see README), null for none, object?[] for several.
    /// A non-nil error result is thrown as GoErrorException.</summary>
    public object? Call(string function, params object?[] args) => Invoke(Export(function), args, typeof(object));

    /// <summary>Calls an exported function and converts its result to T.</summary>
    public T Call<T>(string function, params object?[] args) => (T)Invoke(Export(function), args, typeof(T))!;

    /// <summary>Every result, errors included as GoErrorException values (not thrown).</summary>
    public object?[] CallAll(string function, params object?[] args) => (object?[])Invoke(Export(function), args, typeof(object?[]))!;

    /// <summary>Calls on a pool thread.</summary>
    public Task<T> CallAsync<T>(string function, params object?[] args) => Task.Run(() => Call<T>(function, args));

    /// <summary>An exported function as a GoFunction (resolved once: cheaper to call repeatedly).</summary>
    public GoFunction GetFunction(string function)
    {
        var e = Export(function);
        return new GoFunction(this, e.Fn.AsValue(), e.Type);
    }

    /// <summary>Stops the program (every goroutine); pending and later calls throw GoCanceledException.</summary>
    public void Interrupt() => Run.Stop(StopReason.Canceled);

    private ExportedFunc Export(string name) =>
        program.Exports.TryGetValue(name, out var e) ? e : throw new ArgumentException($"minigo: no exported function {name} in package main", nameof(name));

    internal object? Invoke(ExportedFunc f, object?[] args, Type target) => Invoke(f.Fn, f.Type, args, target);

    /// <summary>Spawns fn(args) as a goroutine and waits for its results.</summary>
    internal object? Invoke(object fn, RType type, object?[] args, Type target)
    {
        if (endError != null) throw new GoInstanceEndedException("minigo: the instance has ended: " + endError.Message, endError);
        // A variadic function takes its variadic arguments as one array, as Go's f(xs...).
        if (args.Length != type.Params.Length)
            throw new ArgumentException($"minigo: {type} takes {type.Params.Length} arguments, not {args.Length}");
        var slots = new Slot[args.Length];
        for (int i = 0; i < args.Length; i++) slots[i] = ValueConverter.ToGo(args[i], type.Params[i], this);
        var call = new PendingCall(this, type, target);
        if (callTimeLimit == null && RunHere(call, Machine.NewHostGoroutine(fn, slots, call))) return Wait(call);
        bool first = Count(call);
        Machine.Spawn(fn, slots, call);
        if (first) Run.Scheduler.EndExternalWait(); // after the spawn: checkdead then sees the goroutine
        if (endError != null) call.Fail(endError);
        return Wait(call);
    }

    /// <summary>
    /// The fast path (Go's cgocallback): the call runs on this thread if a P is idle. If it
    /// parks or yields, it joins the counted calls as it becomes an ordinary goroutine. False:
    /// it could not start here.
    /// </summary>
    private bool RunHere(PendingCall call, Goroutine g)
    {
        if (!Run.Scheduler.RunOnHostThread(g, () =>
            {
                if (Count(call)) Run.Scheduler.EndExternalWait();
            }))
            return false;
        if (!call.Done.IsSet && !call.Counted)
        {
            // The program ended while the call ran: its end fails the pending calls.
            lock (gate) pending.Add(call);
            if (endError != null) call.Fail(endError);
        }
        return true;
    }

    /// <summary>A call the instance waits for: pending (failed if the program ends) and counted. True if it is the only one.</summary>
    private bool Count(PendingCall call)
    {
        lock (gate)
        {
            pending.Add(call);
            call.Counted = true;
            return activeCalls++ == 0;
        }
    }

    private object? Wait(PendingCall call)
    {
        // Called from Go code of this program (a host function invoking a GoFunction): the
        // wait is a blocking call, so that its P runs the call's goroutine meanwhile.
        var sched = Run.Scheduler;
        var current = Scheduler.CurrentScheduler == sched ? Scheduler.Current : null;
        bool blocking = current is { Status: GStatus.Running };
        if (blocking) sched.EnterSyscall(current!);
        try
        {
            return WaitFor(call);
        }
        finally
        {
            if (blocking) sched.ExitSyscall(current!);
        }
    }

    private object? WaitFor(PendingCall call)
    {
        if (!call.Done.Wait(callTimeLimit ?? Timeout.InfiniteTimeSpan))
        {
            Run.Stop(StopReason.Timeout);
            call.Done.Wait(TimeSpan.FromSeconds(2));
            throw new GoTimeoutException(callTimeLimit!.Value);
        }
        if (call.Counted) lock (gate) pending.Remove(call);
        if (call.Error != null) throw call.Error;
        return call.Result;
    }

    /// <summary>A call's goroutine ended (on its M, before the goroutine is gone): the last call out holds the external wait again.</summary>
    internal void CallEnded()
    {
        bool last;
        lock (gate) last = --activeCalls == 0;
        if (last) Run.Scheduler.BeginExternalWait();
    }

    /// <summary>Stops the program and releases its threads.</summary>
    public void Dispose()
    {
        Run.Stop(StopReason.Disposed);
        if (thread != Thread.CurrentThread) thread.Join(TimeSpan.FromSeconds(5));
        Run.Dispose();
    }
}
