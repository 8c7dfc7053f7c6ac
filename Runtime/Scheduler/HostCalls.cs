namespace Minigo.Runtime;

// Calls from the host into Go on the host's own thread: Go's cgocallback. Go runs a callback
// from a C thread by borrowing an M for it (needm) and taking a P (exitsyscall); so does
// RunOnHostThread, which makes a call cost about as much as the Go code it runs instead of two
// thread switches. A call that would block or runs past its slice becomes an ordinary
// goroutine there and then, and the host thread goes back to waiting for it.
public sealed partial class Scheduler
{
    /// <summary>The M a host thread last borrowed, with its scheduler (one per thread: the common case is one engine).</summary>
    [ThreadStatic] private static M? hostM;

    /// <summary>
    /// Runs body as a new goroutine on the calling thread, if the thread is no M and a P is
    /// idle (else false: start it with Go instead). Returns true once the goroutine finished
    /// here, or has been handed to the scheduler because it yielded or parked: in that case
    /// handingOver runs first, while the goroutine cannot yet run elsewhere.
    /// </summary>
    public bool RunOnHostThread(IGoroutineBody body, Action handingOver)
    {
        if (M.current != null || exiting || !mainStarted || Volatile.Read(ref npidle) == 0) return false;
        P? pp;
        lock (Lock) pp = pidleget();
        if (pp == null) return false;
        var m = hostM?.sched == this ? hostM : hostM = new M(-1, this);
        M.current = m;
        try
        {
            acquirep(m, pp);
            var gp = new G(Interlocked.Increment(ref goidgen), body);
            allgs.Add(gp);
            m.curg = gp;
            gp.m = m;
            gp.Status = GStatus.Running;
            Volatile.Write(ref pp.schedtick, pp.schedtick + 1); // a new time slice, for sysmon
            var result = body.RunSlice(gp, options.SliceBudget);
            if (exiting)
            {
                if (m.parkPending) runUnlock(m);
                return true; // the program ended meanwhile: the host learns it from the program's end
            }
            switch (result)
            {
                case SliceResult.Done:
                case SliceResult.Goexit:
                    goexit0(m, gp);
                    break;
                case SliceResult.Yielded:
                    handingOver();
                    goschedImpl(m, gp);
                    break;
                default:
                    handingOver();
                    park_m(m, gp);
                    releaseHostP(releasep(m));
                    lock (Lock) checkdead(); // as an M going idle would: it may have been the last one awake
                    return true;
            }
            releaseHostP(releasep(m));
            return true;
        }
        finally
        {
            if (m.p != null)
            {
                var left = releasep(m);
                if (!exiting) releaseHostP(left);
            }
            m.curg = null;
            M.current = null;
        }
    }

    /// <summary>The borrowed P goes back idle, or to an M if the call left it work (goroutines, timers).</summary>
    private void releaseHostP(P pp)
    {
        if (!pp.runq.IsEmpty || runq.Size != 0 || pp.timers.Count > 0)
        {
            handoffp(pp);
            return;
        }
        lock (Lock) pidleput(pp);
    }
}
