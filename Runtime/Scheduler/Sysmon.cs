namespace Minigo.Runtime;

// sysmon: Go's system monitor, a thread that holds no P and watches the others.
public sealed partial class Scheduler
{
    /// <summary>Go's forcePreemptNS: a time slice longer than this is preempted.</summary>
    private const long ForcePreemptNS = 10_000_000;

    private volatile bool sysmonwait;
    private readonly ManualResetEventSlim sysmonnote = new(false);
    private OsThread? sysmonThread;

    private void startSysmon()
    {
        sysmonThread = OsThreads.Start(sysmon, "minigo sysmon");
    }

    private void wakeSysmon()
    {
        sysmonwait = false;
        sysmonnote.Set();
    }

    /// <summary>
    /// sysmon: every 20 µs while things happen, backing off to 10 ms when nothing does: preempts
    /// long time slices, retakes P's from M's blocked in syscalls, polls the network if nobody
    /// has for 10 ms, wakes an M for overdue timers, prints schedtrace. Sleeps for longer when
    /// every P is idle, until woken or until the next timer.
    /// </summary>
    private void sysmon()
    {
        try
        {
            long lasttrace = 0, lastHousekeeping = 0;
            int idle = 0; // cycles in a row in which it had nothing to do
            int delay = 0;
            var pollList = new List<G>();
            while (!exiting)
            {
                if (idle == 0) delay = 20;
                else if (idle > 50) delay *= 2; // after 1 ms of nothing, double up to...
                if (delay > 10_000) delay = 10_000; // ...10 ms
                Clock.Usleep(delay);
                long now = Nanotime();
                if (options.Housekeeping != null && now - lastHousekeeping >= SchedulerOptions.HousekeepingNS)
                {
                    options.Housekeeping();
                    lastHousekeeping = now;
                }
                if (options.SchedTrace <= 0 && (gcwaiting || Volatile.Read(ref npidle) == gomaxprocs))
                {
                    options.Housekeeping?.Invoke(); // what was printed before everyone blocked shows now
                    if (deepSleep(now))
                    {
                        idle = 0;
                        delay = 20;
                    }
                    now = Nanotime();
                }
                if (exiting) break;

                long last = Volatile.Read(ref lastpoll);
                if (haveNetPoller && last != 0 && last + 10_000_000 < now)
                {
                    Interlocked.CompareExchange(ref lastpoll, now, last);
                    pollList.Clear();
                    poller.Poll(0, pollList);
                    if (pollList.Count > 0)
                    {
                        // Pretend one more M runs, so that checkdead cannot misjudge the moment.
                        incidlelocked(-1);
                        injectglist(null, pollList);
                        incidlelocked(1);
                    }
                }

                // Normally an idle M sleeps in the poller until the next timer. If a timer is
                // overdue and nobody is there to run it, get one of the idle P's going.
                if (timeSleepUntil() < now && Volatile.Read(ref lastpoll) != 0 && Volatile.Read(ref npidle) > 0)
                    wakep();

                if (retake(now) != 0) idle = 0;
                else idle++;

                if (options.SchedTrace > 0 && lasttrace + options.SchedTrace * 1_000_000L <= now)
                {
                    lasttrace = now;
                    schedtrace(options.SchedDetail);
                }
            }
        }
        catch (Exception e)
        {
            RequestExit(InternalError(e));
        }
    }

    /// <summary>
    /// Every P idle (or the world stopping): nothing to preempt or retake. Sleep until the next
    /// timer (at most a second) or until a P gets busy. True if woken early.
    /// </summary>
    private bool deepSleep(long now)
    {
        bool woken = false;
        Lock.Enter();
        if (gcwaiting || npidle == gomaxprocs)
        {
            long next = timeSleepUntil();
            if (next > now)
            {
                sysmonwait = true;
                Lock.Exit();
                long sleep = Math.Min(next - now, 1_000_000_000);
                woken = sysmonnote.Wait(Clock.MillisecondsCeiling(sleep));
                Lock.Enter();
                sysmonwait = false;
                sysmonnote.Reset();
            }
        }
        Lock.Exit();
        return woken;
    }

    /// <summary>
    /// retake: preempts goroutines whose time slice (a schedtick that has not moved) lasted
    /// 10 ms, and hands off P's whose M has been in a syscall for a sysmon tick. Returns how
    /// many P's were retaken.
    /// </summary>
    private int retake(long now)
    {
        int n = 0;
        foreach (var pp in allp)
        {
            ref var pd = ref pp.sysmontick;
            var s = pp.Status;
            bool sysretake = false;
            if (s == PStatus.Running || s == PStatus.Syscall)
            {
                uint t = Volatile.Read(ref pp.schedtick);
                if (pd.schedtick != t)
                {
                    pd.schedtick = t;
                    pd.schedwhen = now;
                    if (pp.m?.curg is { } running) running.RunningSince = now;
                }
                else if (pd.schedwhen + ForcePreemptNS <= now)
                {
                    preemptone(pp);
                    // In a syscall preemptone does nothing: no M is wired to the P.
                    sysretake = true;
                }
            }
            if (s != PStatus.Syscall) continue;

            // Retake the P if its M has been in the syscall for more than one sysmon tick.
            uint st = Volatile.Read(ref pp.syscalltick);
            if (!sysretake && pd.syscalltick != st)
            {
                pd.syscalltick = st;
                pd.syscallwhen = now;
                continue;
            }
            // Without other work, leave it a while (up to 10 ms): the call may return soon,
            // and somebody else (a spinning M, an idle P) would notice new work anyway.
            if (pp.runq.IsEmpty && Volatile.Read(ref nmspinning) + Volatile.Read(ref npidle) > 0 && pd.syscallwhen + 10_000_000 > now)
                continue;
            // Count one more running M before the CAS: otherwise the M we take the P from could
            // leave its syscall, go idle and have checkdead see no M running.
            incidlelocked(-1);
            if (pp.CasStatus(PStatus.Syscall, PStatus.Idle))
            {
                n++;
                pp.syscalltick++;
                handoffp(pp);
            }
            incidlelocked(1);
        }
        return n;
    }
}
