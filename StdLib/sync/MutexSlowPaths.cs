using Minigo.Runtime;

namespace Minigo.StdLib.Sync;

/// <summary>
/// sync.Mutex's slow paths, Go's lockSlow and unlockSlow (sync/mutex.go) line for line, in C#:
/// under contention they run often, and interpreted they cost more than the critical sections
/// they guard. The fast paths are VM instructions inlined at call sites (MutexTryLock,
/// MutexUnlockFast). The mutex is a struct box: state in slot 0, the semaphore in slot 1.
/// </summary>
internal static class MutexSlowPaths
{
    private const long MutexLocked = 1, MutexWoken = 2, MutexStarving = 4;
    private const int MutexWaiterShift = 3;
    private const long StarvationThresholdNs = 1_000_000;

    public static void Register(NativeTable t)
    {
        t.Add("Mutex.lockSlow", LockSlow);
        t.Add("Mutex.unlockSlow", UnlockSlow);
    }

    private static Slot[] Mutex(NativeCall c) => c[0].R as Slot[] ?? throw RuntimeErrors.NilDeref();

    private static void LockSlow(NativeCall c)
    {
        // Go's loop, first round, when the holder has let go meanwhile (the common case under
        // contention): take it without setting up the waiting state.
        var mutex = Mutex(c);
        long old = Volatile.Read(ref mutex[0].N);
        if ((old & (MutexLocked | MutexStarving)) == 0 && Interlocked.CompareExchange(ref mutex[0].N, old | MutexLocked, old) == old) return;
        var op = new Locker(c.Ctx.Scheduler, SyncNatives.Table(c), mutex, c.Ctx.G);
        if (!op.Run()) c.Ctx.ParkAfterReturn(op.Resume);
    }

    /// <summary>One goroutine's lockSlow: its loop state survives the parks in between.</summary>
    private sealed class Locker(Scheduler sched, SemaTable sema, Slot[] mutex, G g)
    {
        private long waitStartTime;
        private bool starving, awoke;
        private int iter;

        private ref long State => ref mutex[0].N;

        private bool Cas(long old, long nw) => Interlocked.CompareExchange(ref State, nw, old) == old;

        /// <summary>True once the mutex is ours; false when parked on the semaphore (then Resume).</summary>
        public bool Run()
        {
            long old = Volatile.Read(ref State);
            while (true)
            {
                // Don't spin in starvation mode, ownership is handed off to waiters.
                if ((old & (MutexLocked | MutexStarving)) == MutexLocked && sched.CanSpin(g, iter))
                {
                    // Try to set the woken flag to tell Unlock not to wake other blocked goroutines.
                    if (!awoke && (old & MutexWoken) == 0 && old >> MutexWaiterShift != 0 && Cas(old, old | MutexWoken))
                        awoke = true;
                    Thread.SpinWait(30);
                    iter++;
                    old = Volatile.Read(ref State);
                    continue;
                }
                long nw = old;
                // Don't try to acquire a starving mutex, new arriving goroutines must queue.
                if ((old & MutexStarving) == 0) nw |= MutexLocked;
                if ((old & (MutexLocked | MutexStarving)) != 0) nw += 1 << MutexWaiterShift;
                // Switch the mutex to starvation mode, if it is currently locked.
                if (starving && (old & MutexLocked) != 0) nw |= MutexStarving;
                if (awoke)
                {
                    // Woken from sleep: reset the flag in either case.
                    if ((nw & MutexWoken) == 0) throw new GoFatal("sync: inconsistent mutex state");
                    nw &= ~MutexWoken;
                }
                if (!Cas(old, nw))
                {
                    old = Volatile.Read(ref State);
                    continue;
                }
                if ((old & (MutexLocked | MutexStarving)) == 0) return true; // locked with the CAS
                // If we were already waiting before, queue at the front of the queue.
                bool lifo = waitStartTime != 0;
                if (waitStartTime == 0) waitStartTime = Scheduler.Nanotime();
                if (sema.Acquire(g, mutex, 1, WaitReason.SyncMutexLock, lifo) == ChanOpResult.Parked) return false;
                if (Woke(out old)) return true;
            }
        }

        /// <summary>Woken by Unlock: go on with the loop, or park again if another goroutine took the semaphore.</summary>
        public bool Resume()
        {
            if (sema.CompleteAcquire(g) == ChanOpResult.Parked) return false;
            return Woke(out _) || Run();
        }

        /// <summary>After the semaphore: true if ownership was handed over (starvation mode).</summary>
        private bool Woke(out long old)
        {
            starving = starving || Scheduler.Nanotime() - waitStartTime > StarvationThresholdNs;
            old = Volatile.Read(ref State);
            if ((old & MutexStarving) != 0)
            {
                // Handed off to us, but the state is not fixed up yet: mutexLocked is not set
                // and we are still counted as a waiter.
                if ((old & (MutexLocked | MutexWoken)) != 0 || old >> MutexWaiterShift == 0)
                    throw new GoFatal("sync: inconsistent mutex state");
                long delta = MutexLocked - (1 << MutexWaiterShift);
                // Exit starvation mode if we are the last waiter or did not wait long.
                if (!starving || old >> MutexWaiterShift == 1) delta -= MutexStarving;
                Interlocked.Add(ref State, delta);
                return true;
            }
            awoke = true;
            iter = 0;
            return false;
        }
    }

    private static void UnlockSlow(NativeCall c)
    {
        var mutex = Mutex(c);
        long nw = c.Int(1);
        if (((nw + MutexLocked) & MutexLocked) == 0) throw new GoFatal("sync: unlock of unlocked mutex");
        var sema = SyncNatives.Table(c);
        if ((nw & MutexStarving) != 0)
        {
            // Starving mode: hand ownership to the next waiter and yield to it (Go's goyield).
            if (sema.Release(mutex, 1, handoff: true)) c.Ctx.Scheduler.Gosched(c.Ctx.G);
            return;
        }
        long old = nw;
        while (true)
        {
            // No waiters, or a goroutine was already woken or grabbed the lock: nobody to wake.
            if (old >> MutexWaiterShift == 0 || (old & (MutexLocked | MutexWoken | MutexStarving)) != 0) return;
            // Grab the right to wake someone.
            nw = (old - (1 << MutexWaiterShift)) | MutexWoken;
            if (Interlocked.CompareExchange(ref mutex[0].N, nw, old) == old)
            {
                sema.Release(mutex, 1, handoff: false);
                return;
            }
            old = Volatile.Read(ref mutex[0].N);
        }
    }
}
