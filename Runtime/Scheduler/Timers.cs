namespace Minigo.Runtime;

/// <summary>
/// A runtime timer (Go's timer): at When (on Scheduler.Nanotime's clock) the scheduler calls F
/// with the timer and how late it fired, or, without F, readies G, as time.Sleep wants.
/// With a Period it fires again every Period (a Ticker). F runs on an M between goroutines,
/// so it must not block: send without blocking, start a goroutine, ready one.
/// </summary>
public sealed class RuntimeTimer
{
    internal long when;
    internal long period;
    /// <summary>The P whose heap holds it; null when not pending. Changed under that heap's lock.</summary>
    internal volatile P? pp;
    internal int index = -1;

    internal RuntimeTimer(G? g, Action<RuntimeTimer, long>? f, object? arg)
    {
        G = g;
        F = f;
        Arg = arg;
    }

    public G? G { get; }
    public Action<RuntimeTimer, long>? F { get; }
    /// <summary>Free for F's use (the channel of time.After, the func of AfterFunc).</summary>
    public object? Arg { get; set; }
    public long When => Volatile.Read(ref when);
    public long Period => Volatile.Read(ref period);
    /// <summary>Waiting to fire.</summary>
    public bool Pending => pp != null;
}

public sealed partial class Scheduler
{
    /// <summary>
    /// addtimer: a timer due at whenNanos (Nanotime's clock) that calls f, or readies g if f is
    /// null, and again every periodNanos if that is positive. It goes to the calling M's P.
    /// For time.Sleep, arm it in Park's unlock so the wake-up cannot come before the park.
    /// </summary>
    public RuntimeTimer AddTimer(G? g, long whenNanos, Action<RuntimeTimer, long>? f, long periodNanos = 0, object? arg = null)
    {
        if (g == null && f == null) throw new ArgumentException("a timer needs a goroutine to ready or a function to call");
        var t = new RuntimeTimer(g, f, arg) { period = Math.Max(0, periodNanos) };
        bool earliest;
        lock (t) earliest = addTimerLocked(t, whenNanos);
        if (earliest) wakeNetPoller(t.When);
        return t;
    }

    /// <summary>deltimer (Timer.Stop): true if this call stopped it before it fired.</summary>
    public bool StopTimer(RuntimeTimer t)
    {
        bool removed;
        long when;
        lock (t)
        {
            when = t.when;
            removed = removeTimerLocked(t);
        }
        // An M sleeping in the poller until this timer would sleep on (an hour, for an hour's
        // timer), counted as running by checkdead meanwhile: a program left with nothing to
        // do would hang instead of reporting its deadlock. Wake it to look again. The fence
        // orders the removal before the reads: an M that takes the poller after them sees the
        // removal when findRunnable looks at the timers again.
        Interlocked.MemoryBarrier();
        if (removed && Volatile.Read(ref lastpoll) == 0 && Volatile.Read(ref pollUntil) == when) poller.Break();
        return removed;
    }

    /// <summary>
    /// modtimer (Timer.Reset): makes t due at whenNanos (and sets its period if given), whether
    /// it was pending, stopped or had fired; true if it was pending.
    /// </summary>
    public bool ResetTimer(RuntimeTimer t, long whenNanos, long? periodNanos = null)
    {
        bool pending, earliest;
        long when;
        lock (t)
        {
            pending = removeTimerLocked(t);
            if (periodNanos is long period) Volatile.Write(ref t.period, Math.Max(0, period));
            earliest = addTimerLocked(t, whenNanos);
            when = t.when;
        }
        if (earliest) wakeNetPoller(when);
        return pending;
    }

    /// <summary>
    /// Holding the timer's own lock, which orders its modifications. True if t is now the
    /// earliest of its heap: the caller then wakes the poller (outside the timer's lock).
    /// </summary>
    private bool addTimerLocked(RuntimeTimer t, long when)
    {
        // 0 means "no timer" in a heap's WakeTime: a due time in the past just fires at once.
        if (when < 1) when = 1;
        var m = M.current;
        var pp = m != null && m.sched == this && m.p != null ? m.p : allp[0];
        bool earliest;
        while (true)
        {
            var heap = pp.timers;
            heap.Mu.Enter();
            if (pp.Status == PStatus.Dead)
            {
                heap.Mu.Exit();
                pp = allp[0];
                continue;
            }
            t.when = when;
            heap.Add(t, pp);
            earliest = t.index == 0;
            heap.Mu.Exit();
            break;
        }
        return earliest && mainStarted;
    }

    /// <summary>
    /// Holding the timer's own lock. The runner pops a due timer under the heap lock alone, so
    /// recheck under it that t is still in the heap we locked.
    /// </summary>
    private static bool removeTimerLocked(RuntimeTimer t)
    {
        while (true)
        {
            var pp = t.pp;
            if (pp == null) return false;
            lock (pp.timers.Mu)
            {
                if (t.pp != pp) continue;
                pp.timers.Remove(t);
                return true;
            }
        }
    }

    /// <summary>Called by TimerHeap.Run, with no lock held, for each due timer.</summary>
    internal void fireTimer(RuntimeTimer t, long delay)
    {
        try
        {
            if (t.F != null) t.F(t, delay);
            else Ready(t.G!);
        }
        catch (GoFatal e)
        {
            // time.AfterFunc(d, nil): `go` of a nil func is fatal when the timer fires.
            RequestExit(Fatal(e));
        }
        catch (Exception e)
        {
            RequestExit(InternalError(e));
        }
    }

    /// <summary>
    /// checkTimers: runs pp's due timers. now is the current time if known (0 if not) and is
    /// refreshed; pollUntil is when pp's next timer is due (0 if none).
    /// </summary>
    private bool checkTimers(P pp, ref long now, out long pollUntil)
    {
        long next = pp.timers.WakeTime;
        pollUntil = 0;
        if (next == 0) return false;
        if (now == 0) now = Nanotime();
        if (now < next)
        {
            pollUntil = next;
            return false;
        }
        return pp.timers.Run(now, this, out pollUntil);
    }

    /// <summary>
    /// wakeNetPoller: a timer due at when was added. If an M sleeps in the poller past that,
    /// break its sleep; if none does, wake an M so that one will.
    /// </summary>
    private void wakeNetPoller(long when)
    {
        if (Volatile.Read(ref lastpoll) == 0)
        {
            long pollerPollUntil = Volatile.Read(ref pollUntil);
            if (pollerPollUntil == 0 || pollerPollUntil > when) poller.Break();
        }
        else wakep();
    }

    /// <summary>An M sleeps in the poller (until the next timer, or I/O).</summary>
    internal bool PollerSleeping => Volatile.Read(ref lastpoll) == 0;

    /// <summary>Go's timeSleepUntil: when the earliest timer of any P is due (long.MaxValue if none).</summary>
    private long timeSleepUntil()
    {
        long next = long.MaxValue;
        foreach (var pp in allp)
        {
            long w = pp.timers.WakeTime;
            if (w != 0 && w < next) next = w;
        }
        return next;
    }

    /// <summary>checkTimersNoP: the earliest timer over a snapshot of allp, folded into pollUntil.</summary>
    private static long checkTimersNoP(P[] allpSnapshot, long pollUntil)
    {
        foreach (var pp in allpSnapshot)
        {
            long w = pp.timers.WakeTime;
            if (w != 0 && (pollUntil == 0 || w < pollUntil)) pollUntil = w;
        }
        return pollUntil;
    }
}
