namespace Minigo.Runtime;

// A run's life: start the M's and sysmon, wait for the end (main returns, Exit, a fatal
// error, a deadlock, Stop), then make the threads stop where they are.
public sealed partial class Scheduler
{
    private readonly Lock exitLock = new();
    private readonly ManualResetEventSlim exitEvent = new(false);
    private volatile bool exiting;
    private ExitInfo? exitInfo;
    private G? mainG;
    /// <summary>main called runtime.Goexit: the program runs on until checkdead finds no goroutine left.</summary>
    private volatile bool mainGoexited;

    /// <summary>The program has ended (or is ending): M's stop at their next look.</summary>
    public bool Exiting => exiting;

    /// <summary>
    /// Runs the program until main (a goroutine from Go) returns, or a body calls Exit or
    /// raises GoExit/GoFatal, or checkdead finds a deadlock, or Stop is called (also through
    /// cancel). Returns without waiting for other goroutines: they stop where they are. The
    /// calling thread only waits; goroutines run on the scheduler's own threads.
    /// </summary>
    public ExitInfo Run(G main, CancellationToken cancel = default)
    {
        lock (Lock)
        {
            if (mainStarted) throw new InvalidOperationException("Scheduler.Run: already started");
            mainG = main;
            starttime = Nanotime();
            lastpoll = starttime;
            mainStarted = true;
        }
        using var registration = cancel.Register(static s => ((Scheduler)s!).Stop(), this);
        startSysmon();
        startm(null, false);
        exitEvent.Wait();
        shutdown();
        disposeNetPoller();
        return exitInfo!;
    }

    /// <summary>Cancels the run: Run returns ExitReason.Stopped (unless the program ended first).</summary>
    public void Stop() => RequestExit(new ExitInfo(ExitReason.Stopped, 1));

    /// <summary>
    /// Ends the program from a body (os.Exit, or an unrecovered panic the body has reported in
    /// message): Run returns this code and message. The body should then return from its slice.
    /// </summary>
    public void Exit(int code, string? message = null) => RequestExit(new ExitInfo(ExitReason.Exit, code, message));

    /// <summary>The first reason to end wins.</summary>
    internal void RequestExit(ExitInfo info)
    {
        lock (exitLock)
        {
            if (exitInfo != null) return;
            exitInfo = info;
            exiting = true;
        }
        exitEvent.Set();
    }

    /// <summary>Go's fatal error report: the preamble lines, then `fatal error: ...`; status 2.</summary>
    internal static ExitInfo Fatal(GoFatal e) =>
        new(ExitReason.Fatal, 2, (e.Preamble != null ? e.Preamble + "\n" : "") + "fatal error: " + e.Message + "\n", e);

    internal static ExitInfo InternalError(Exception e) =>
        new(ExitReason.InternalError, 3, $"minigo: internal error: {e.GetType().Name}: {e.Message}\n", e);

    /// <summary>
    /// Goroutines stop where they are: running ones are asked to yield, and every M is woken
    /// so that it sees the end and its thread returns. Waits a bounded time for them; an M
    /// blocked in a syscall or in a body that never reaches a safe point is left behind (its
    /// thread is a background thread and keeps nothing alive).
    /// </summary>
    private void shutdown()
    {
        List<M> ms;
        lock (Lock)
        {
            preemptall();
            ms = [.. allm];
        }
        foreach (var m in ms) m.Wakeup();
        poller.Break();
        sysmonnote.Set();
        stopnote.Set();

        var deadline = Nanotime() + (long)options.ShutdownTimeout.TotalMilliseconds * 1_000_000;
        foreach (var m in ms)
        {
            if (m.thread == null || m == M.current || m.curg?.Status == GStatus.Syscall) continue;
            int left = Clock.MillisecondsCeiling(deadline - Nanotime());
            if (left <= 0 || !m.thread.Join(left)) break;
        }
        int rest = Clock.MillisecondsCeiling(deadline - Nanotime());
        if (rest > 0 && sysmonThread != null && !sysmonThread.IsCurrent) sysmonThread.Join(rest);
    }

    /// <summary>Threads of this scheduler still running (M's and sysmon); 0 after a clean shutdown.</summary>
    internal int LiveThreads
    {
        get
        {
            int n = sysmonThread?.IsAlive == true ? 1 : 0;
            lock (Lock)
                foreach (var m in allm)
                    if (m.thread?.IsAlive == true) n++;
            return n;
        }
    }
}
