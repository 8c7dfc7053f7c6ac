namespace Minigo.Runtime;

// P's: attaching them to M's, the idle list, and GOMAXPROCS changes (procresize under a
// stop-the-world). Go's acquirep, releasep, pidleput, pidleget, procresize, stopTheWorld.
public sealed partial class Scheduler
{
    // Stop-the-world state (Go's sched.gcwaiting, stopwait, stopnote), under Lock.
    private volatile bool gcwaiting;
    private int stopwait;
    private readonly ManualResetEventSlim stopnote = new(false);
    /// <summary>One GOMAXPROCS change at a time.</summary>
    private readonly Lock stwLock = new();

    /// <summary>acquirep (wirep): m takes the idle pp.</summary>
    private void acquirep(M m, P pp)
    {
        if (m.p != null) throw new InvalidOperationException("wirep: already in go");
        if (pp.m != null || pp.Status != PStatus.Idle)
            throw new InvalidOperationException($"wirep: invalid p state (P{pp.Id} is {pp.Status})");
        m.p = pp;
        pp.m = m;
        pp.SetStatus(PStatus.Running);
        // A P is busy again: a sysmon asleep because every P was idle must watch it.
        if (sysmonwait) wakeSysmon();
    }

    /// <summary>releasep: m lets go of its P, which is Idle until put on the idle list or handed on.</summary>
    private static P releasep(M m)
    {
        var pp = m.p ?? throw new InvalidOperationException("releasep: invalid arg");
        m.p = null;
        pp.m = null;
        pp.SetStatus(PStatus.Idle);
        return pp;
    }

    /// <summary>pidleput: holding Lock; pp's local queue must be empty.</summary>
    private void pidleput(P pp)
    {
        if (!pp.runq.IsEmpty) throw new InvalidOperationException("pidleput: P has non-empty run queue");
        pp.link = pidle;
        pidle = pp;
        Interlocked.Increment(ref npidle);
    }

    /// <summary>pidleget: holding Lock.</summary>
    private P? pidleget()
    {
        var pp = pidle;
        if (pp != null)
        {
            pidle = pp.link;
            pp.link = null;
            Interlocked.Decrement(ref npidle);
        }
        return pp;
    }

    /// <summary>pidlegetSpinning: as pidleget, but if none is idle, ask the next M that would give up its P to spin instead.</summary>
    private P? pidlegetSpinning()
    {
        var pp = pidleget();
        if (pp == null) Volatile.Write(ref needspinning, 1);
        return pp;
    }

    /// <summary>
    /// runtime.GOMAXPROCS(n): sets the number of P's and returns the previous one; n &lt; 1
    /// only queries. While the program runs, the world stops: every P is taken from its M at a
    /// safe point, the P's are resized (a removed P's goroutines and timers move on), and the
    /// P's with work get M's again. May be called from a goroutine's body or from any thread.
    /// </summary>
    public int SetMaxProcs(int n)
    {
        if (n < 1) return gomaxprocs;
        n = Math.Min(n, SchedulerOptions.MaxGomaxprocs);
        lock (stwLock)
        {
            int old = gomaxprocs;
            if (n == old || exiting) return old;
            var m = M.current;
            if (m == null || m.sched != this || m.p == null) m = null;
            if (!mainStarted)
            {
                lock (Lock) procresize(null, n);
                return old;
            }
            stopTheWorld(m);
            P? runnable;
            lock (Lock)
            {
                runnable = procresize(m, n);
                gcwaiting = false;
                if (sysmonwait) wakeSysmon();
            }
            // startTheWorld: the P's with queued goroutines get M's; wakep finds spinners for the rest.
            while (runnable != null)
            {
                var pp = runnable;
                runnable = pp.link;
                pp.link = null;
                startm(pp, false);
            }
            wakep();
            return old;
        }
    }

    /// <summary>
    /// stopTheWorld: every P stops (GCStop) at the scheduler's next look at it: running ones
    /// after their goroutine is preempted, idle and syscall ones at once. The caller's own P
    /// counts as stopped. Preemption is repeated until the last P stops.
    /// </summary>
    private void stopTheWorld(M? self)
    {
        bool wait;
        lock (Lock)
        {
            stopwait = gomaxprocs;
            gcwaiting = true;
            preemptall();
            if (self?.p is { } own)
            {
                own.SetStatus(PStatus.GCStop);
                stopwait--;
            }
            foreach (var pp in allp)
            {
                if (pp.Status == PStatus.Syscall && pp.CasStatus(PStatus.Syscall, PStatus.GCStop))
                {
                    pp.syscalltick++;
                    stopwait--;
                }
            }
            while (pidleget() is { } idle)
            {
                idle.SetStatus(PStatus.GCStop);
                stopwait--;
            }
            wait = stopwait > 0;
        }
        if (wait)
        {
            while (!stopnote.Wait(1) && !exiting) preemptall();
        }
        stopnote.Reset();
    }

    /// <summary>gcstopm: this M's P stops for a stop-the-world; then the M sleeps. False when the program ended.</summary>
    private bool gcstopm(M m)
    {
        if (m.spinning)
        {
            m.spinning = false;
            Interlocked.Decrement(ref nmspinning);
        }
        var pp = releasep(m);
        lock (Lock)
        {
            pp.SetStatus(PStatus.GCStop);
            if (--stopwait == 0) stopnote.Set();
        }
        return stopm(m);
    }

    /// <summary>
    /// procresize: makes nprocs P's, holding Lock, with the world stopped (or not yet started).
    /// self keeps its P if it survives, else takes P0. Returns the other P's that have local
    /// work, linked through P.link; the rest go on the idle list.
    /// </summary>
    private P? procresize(M? self, int nprocs)
    {
        var old = allp;
        var all = new P[nprocs];
        for (int i = 0; i < nprocs; i++) all[i] = i < old.Length ? old[i] : new P(i);

        if (self?.p is { } own && own.Id < nprocs) own.SetStatus(PStatus.Running);
        else if (self != null)
        {
            if (self.p != null)
            {
                self.p.m = null;
                self.p = null;
            }
            all[0].m = null;
            all[0].SetStatus(PStatus.Idle);
            acquirep(self, all[0]);
        }

        // A removed P hands its goroutines to the global queue and its timers to a live P. It
        // stays allocated: an M in a syscall may still look at it (and find it Dead).
        var heir = self?.p ?? all[0];
        for (int i = nprocs; i < old.Length; i++)
        {
            var pp = old[i];
            pp.runq.MoveAllToGlobal(runq);
            lock (pp.timers.Mu)
            {
                pp.SetStatus(PStatus.Dead);
            }
            pp.timers.MoveAllTo(heir.timers, heir);
        }

        allp = all;
        stealOrder = new RandomOrder(nprocs);
        gomaxprocs = nprocs;

        // Rebuild the idle list: P's with work are returned to be given M's.
        pidle = null;
        npidle = 0;
        P? runnable = null;
        for (int i = nprocs - 1; i >= 0; i--)
        {
            var pp = all[i];
            if (self?.p == pp) continue;
            pp.m = null;
            pp.SetStatus(PStatus.Idle);
            if (pp.runq.IsEmpty) pidleput(pp);
            else
            {
                pp.link = runnable;
                runnable = pp;
            }
        }
        return runnable;
    }

    /// <summary>preemptall: asks every running goroutine to yield at its next safe point.</summary>
    private void preemptall()
    {
        foreach (var pp in allp)
            if (pp.Status == PStatus.Running) preemptone(pp);
    }

    /// <summary>Visits the goroutine running on each P (racy by design: for sampling profilers).</summary>
    public void ForEachRunning(Action<G> visit)
    {
        foreach (var pp in allp)
            if (pp.Status == PStatus.Running && pp.m?.curg is { } gp) visit(gp);
    }

    /// <summary>preemptone: the goroutine on pp's M yields at its next safe point. Nothing to do for a P in a syscall: no M is wired to it.</summary>
    private static void preemptone(P pp)
    {
        var gp = pp.m?.curg;
        gp?.RequestPreempt();
    }
}
