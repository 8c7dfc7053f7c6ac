namespace Minigo.Runtime;

// M's: starting, parking and waking worker threads, and handing P's between them. Go's
// newm, startm, stopm, mput/mget, wakep, handoffp, startlockedm, stoplockedm.
public sealed partial class Scheduler
{
    /// <summary>
    /// startm: gets an M to run pp (an idle P if null; nothing happens if there is none).
    /// spinning: the caller counted the M in nmspinning, and pp has no local work.
    /// With lockheld, the caller holds Lock; it may be released for a moment to start a thread.
    /// </summary>
    private void startm(P? pp, bool spinning, bool lockheld = false)
    {
        if (!lockheld) Lock.Enter();
        if (pp == null)
        {
            if (spinning) throw new InvalidOperationException("startm: P required for spinning=true");
            pp = pidleget();
            if (pp == null)
            {
                if (!lockheld) Lock.Exit();
                return;
            }
        }
        var nmp = mget();
        if (nmp == null)
        {
            // Count the new M before dropping the lock, so that checkdead sees it as running
            // while its thread starts.
            var mp = new M(mcount++, this) { nextp = pp, spinning = spinning };
            allm.Add(mp);
            Lock.Exit();
            newm(mp);
            if (lockheld) Lock.Enter();
            return;
        }
        if (!lockheld) Lock.Exit();
        if (nmp.spinning) throw new InvalidOperationException("startm: m is spinning");
        if (nmp.nextp != null) throw new InvalidOperationException("startm: m has p");
        nmp.spinning = spinning;
        nmp.nextp = pp;
        nmp.Wakeup();
    }

    /// <summary>newm: the M's thread, a reused one if there is (OsThreads). Background: a program that has ended leaves none behind keeping the process alive.</summary>
    private void newm(M mp)
    {
        mp.thread = OsThreads.Start(() => mstart(mp), "minigo M");
    }

    /// <summary>
    /// stopm: puts this M (without a P) on the idle list and sleeps until startm hands it a P.
    /// False when woken because the program ended.
    /// </summary>
    private bool stopm(M m)
    {
        if (m.p != null) throw new InvalidOperationException("stopm holding p");
        if (m.spinning) throw new InvalidOperationException("stopm spinning");
        lock (Lock)
        {
            if (exiting) return false;
            mput(m);
        }
        m.Sleep();
        if (exiting) return false;
        var pp = m.nextp ?? throw new InvalidOperationException("stopm: woken without a P");
        m.nextp = null;
        acquirep(m, pp);
        return true;
    }

    /// <summary>mput: holding Lock. Each M going idle may be the last one running: check for deadlock.</summary>
    private void mput(M m)
    {
        m.schedlink = midle;
        midle = m;
        nmidle++;
        checkdead();
    }

    /// <summary>mget: an idle M, holding Lock.</summary>
    private M? mget()
    {
        var m = midle;
        if (m != null)
        {
            midle = m.schedlink;
            m.schedlink = null;
            nmidle--;
        }
        return m;
    }

    /// <summary>
    /// wakep: new work appeared; if a P is idle and no M is spinning, start a spinning M on
    /// it. Conservative: one spinner at a time; a spinner that finds work wakes the next.
    /// </summary>
    internal void wakep()
    {
        if (!mainStarted) return;
        if (Volatile.Read(ref nmspinning) != 0 || Interlocked.CompareExchange(ref nmspinning, 1, 0) != 0) return;
        P? pp;
        lock (Lock)
        {
            pp = pidlegetSpinning();
            if (pp == null)
            {
                if (Interlocked.Decrement(ref nmspinning) < 0) throw new InvalidOperationException("wakep: negative nmspinning");
                return;
            }
        }
        startm(pp, true);
    }

    /// <summary>injectglist's startIdle: an idle P gets an M for queued global work. Holding Lock; false if no P is idle.</summary>
    private bool startIdleLocked()
    {
        var pp = pidlegetSpinning();
        if (pp == null) return false;
        startm(pp, false, lockheld: true);
        return true;
    }

    private void becomeSpinning(M m)
    {
        m.spinning = true;
        Interlocked.Increment(ref nmspinning);
        Volatile.Write(ref needspinning, 0);
    }

    /// <summary>resetspinning: this M found work; if it was the last spinner, another M takes over looking.</summary>
    private void resetspinning(M m)
    {
        m.spinning = false;
        if (Interlocked.Decrement(ref nmspinning) < 0) throw new InvalidOperationException("resetspinning: negative nmspinning");
        wakep();
    }

    /// <summary>
    /// handoffp: pp's M is blocked (a syscall, a locked M waiting); find pp another M if it
    /// has work, or if somebody must spin or poll, else make it idle.
    /// </summary>
    private void handoffp(P pp)
    {
        if (!pp.runq.IsEmpty || runq.Size != 0)
        {
            startm(pp, false);
            return;
        }
        // No local work: spin on it only if nobody else is spinning or idle to notice new work.
        if (Volatile.Read(ref nmspinning) + Volatile.Read(ref npidle) == 0 && Interlocked.CompareExchange(ref nmspinning, 1, 0) == 0)
        {
            Volatile.Write(ref needspinning, 0);
            startm(pp, true);
            return;
        }
        Lock.Enter();
        if (gcwaiting)
        {
            pp.SetStatus(PStatus.GCStop);
            if (--stopwait == 0) stopnote.Set();
            Lock.Exit();
            return;
        }
        if (runq.Size != 0)
        {
            Lock.Exit();
            startm(pp, false);
            return;
        }
        // The last running P, and nobody is polling: an M must poll (and check for deadlock).
        if (Volatile.Read(ref npidle) == gomaxprocs - 1 && Volatile.Read(ref lastpoll) != 0)
        {
            Lock.Exit();
            startm(pp, false);
            return;
        }
        long when = pp.timers.WakeTime;
        pidleput(pp);
        Lock.Exit();
        if (when != 0) wakeNetPoller(when);
    }

    /// <summary>
    /// startlockedm: gp is locked to another M: give it our P and wake it, then wait for a new
    /// P ourselves. False when the program ended meanwhile.
    /// </summary>
    private bool startlockedm(M m, G gp)
    {
        var mp = gp.lockedm!;
        if (mp == m) throw new InvalidOperationException("startlockedm: locked to me");
        if (mp.nextp != null) throw new InvalidOperationException("startlockedm: m has p");
        incidlelocked(-1);
        var pp = releasep(m);
        mp.nextp = pp;
        mp.Wakeup();
        return stopm(m);
    }

    /// <summary>
    /// stoplockedm: this M's locked goroutine is not runnable: give our P to another M and
    /// sleep until startlockedm hands one back with the goroutine runnable. False when the
    /// program ended meanwhile.
    /// </summary>
    private bool stoplockedm(M m)
    {
        if (m.p != null) handoffp(releasep(m));
        incidlelocked(1);
        m.Sleep();
        if (exiting) return false;
        var pp = m.nextp ?? throw new InvalidOperationException("stoplockedm: woken without a P");
        m.nextp = null;
        var status = m.lockedg!.Status;
        if (status != GStatus.Runnable) throw new InvalidOperationException($"stoplockedm: goroutine {m.lockedg.Id} is {status}, not runnable");
        acquirep(m, pp);
        return true;
    }

    /// <summary>M's waiting for their locked goroutine count as idle for checkdead.</summary>
    private void incidlelocked(int v)
    {
        lock (Lock)
        {
            nmidlelocked += v;
            if (v > 0) checkdead();
        }
    }
}
