namespace Minigo.Runtime;

// What goroutines do to one another through the scheduler: create (newproc), park and ready
// (gopark, goready), yield, lock to a thread.
public sealed partial class Scheduler
{
    /// <summary>
    /// newproc: creates a goroutine (ids 1, 2, 3...; the first is main by convention). From a
    /// running goroutine it goes to the current P's runnext, ahead of the queue, the previous
    /// runnext going to the queue; from any other thread, to the global queue.
    /// </summary>
    public G Go(IGoroutineBody body)
    {
        var gp = new G(Interlocked.Increment(ref goidgen), body);
        allgs.Add(gp);
        var m = M.current;
        if (m != null && m.sched == this && m.p != null)
        {
            m.p.runq.Put(gp, true, this);
            wakep();
        }
        else injectForeign(gp);
        return gp;
    }

    /// <summary>
    /// gopark: called by g's body while it runs, just before it returns SliceResult.Parked.
    /// Once the slice has ended and g is Waiting, the M calls unlock: release there whatever
    /// lock lets others find g (a channel's lock), so that their Ready comes after the park.
    /// </summary>
    public void Park(G g, WaitReason reason, Action? unlock = null)
    {
        var m = runningM(g);
        g.WaitReason = reason;
        m.waitunlock = unlock;
        m.waitunlockf = null;
        m.waitlock = null;
        m.parkPending = true;
    }

    /// <summary>Park with an unlock that takes a state object, so that a static lambda needs no allocation.</summary>
    public void Park(G g, WaitReason reason, Action<object?> unlock, object? state)
    {
        var m = runningM(g);
        g.WaitReason = reason;
        m.waitunlock = null;
        m.waitunlockf = unlock;
        m.waitlock = state;
        m.parkPending = true;
    }

    /// <summary>
    /// Finishes a Park without ending the slice, for a body that cannot return from it now: Go
    /// code called back from native code blocked, and the native's state is on this thread's
    /// stack. As for a goroutine locked to its thread (Go's stoplockedm): g becomes Waiting,
    /// the unlock runs, the M gives its P away and sleeps until g is readied and a P handed
    /// to it; g then runs on in the same slice. False if the program ended meanwhile (the body
    /// should then leave its slice without touching shared state).
    /// </summary>
    public bool ParkInPlace(G g)
    {
        var m = runningM(g);
        if (!m.parkPending) throw new InvalidOperationException($"goroutine {g.Id}: ParkInPlace without Park");
        bool lockedHere = g.lockedm == null;
        if (lockedHere)
        {
            g.lockedm = m;
            m.lockedg = g;
        }
        g.m = null;
        m.curg = null;
        g.Status = GStatus.Waiting;
        runUnlock(m);
        bool resumed = stoplockedm(m);
        if (lockedHere)
        {
            g.lockedm = null;
            m.lockedg = null;
        }
        m.curg = g;
        g.m = m;
        if (resumed) g.Status = GStatus.Running;
        return resumed;
    }

    /// <summary>
    /// goready: makes a parked goroutine runnable. On an M with a P it goes to runnext (it
    /// runs next, in the current time slice) and an idle P is woken to take over the rest of
    /// the queue; from any other thread it goes to the global queue.
    /// </summary>
    public void Ready(G g)
    {
#pragma warning disable CS0420 // a volatile field passed by ref: Interlocked is atomic anyway
        var old = Interlocked.CompareExchange(ref g.Status, GStatus.Runnable, GStatus.Waiting);
#pragma warning restore CS0420
        if (old != GStatus.Waiting)
            throw new InvalidOperationException($"bad g->status in ready: goroutine {g.Id} is {old}, not waiting");
        g.WaitReason = WaitReason.None;
        var m = M.current;
        if (m != null && m.sched == this && m.p != null)
        {
            m.p.runq.Put(g, true, this);
            wakep();
        }
        else injectForeign(g);
    }

    /// <summary>runtime.Gosched: g's body yields at its next safe point (the VM's Gosched returns Yielded at once).</summary>
    public void Gosched(G g) => g.RequestPreempt();

    /// <summary>
    /// sync_runtime_canSpin: may a goroutine spinning on a sync.Mutex (iteration iter) go on?
    /// Only briefly (4 rounds), on a multicore machine, when some other P is running (it may
    /// release the lock soon) and when no goroutine waits on this P's queue (it could run instead).
    /// </summary>
    public bool CanSpin(G g, int iter)
    {
        if (iter >= 4 || Environment.ProcessorCount <= 1) return false;
        if (gomaxprocs <= Volatile.Read(ref npidle) + Volatile.Read(ref nmspinning) + 1) return false;
        var m = runningM(g);
        return m.p != null && m.p.runq.IsEmpty;
    }

    /// <summary>runtime.LockOSThread: from now on g runs only on the M it is running on. Calls nest: as many UnlockOSThread undo them.</summary>
    public void LockOSThread(G g)
    {
        var m = runningM(g);
        if (g.lockedCount++ > 0) return;
        g.LockedToThread = true;
        g.lockedm = m;
        m.lockedg = g;
        m.syscallLock = false;
    }

    /// <summary>runtime.UnlockOSThread: undoes one LockOSThread (none: nothing happens).</summary>
    public void UnlockOSThread(G g)
    {
        var m = runningM(g);
        if (g.lockedCount == 0 || --g.lockedCount > 0) return;
        g.LockedToThread = false;
        g.lockedm = null;
        m.lockedg = null;
    }

    /// <summary>
    /// A thread that is not an M promises to Ready some goroutine later (a host callback):
    /// until EndExternalWait, checkdead does not call the program deadlocked.
    /// </summary>
    public void BeginExternalWait() => Interlocked.Increment(ref externalWaiters);

    /// <summary>Ends a BeginExternalWait. If that was the last, everything may be asleep for good: check.</summary>
    public void EndExternalWait()
    {
        if (Interlocked.Decrement(ref externalWaiters) == 0)
            lock (Lock) checkdead();
    }

    /// <summary>The M running g's body on this thread; anything else is a caller's bug.</summary>
    private M runningM(G g)
    {
        var m = M.current;
        if (m == null || m.sched != this || m.curg != g)
            throw new InvalidOperationException($"goroutine {g.Id}: only its own body, while it runs, may do this");
        return m;
    }

    /// <summary>
    /// Work from a thread with no P (before Run, a host thread, an M in a syscall): to the
    /// global queue, and an idle P gets an M for it, in the same critical section so that
    /// checkdead always sees either the M or a P busy.
    /// </summary>
    private void injectForeign(G gp)
    {
        Lock.Enter();
        runq.Put(gp);
        if (mainStarted) startIdleLocked();
        Lock.Exit();
    }
}
