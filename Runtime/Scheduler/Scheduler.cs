namespace Minigo.Runtime;

// The goroutine scheduler: Go's src/runtime/proc.go, for goroutines whose code is an
// IGoroutineBody instead of machine code. The names are Go's, so that a reader who knows
// proc.go is at home; so are the numbers (61, 256, 20 µs, 10 ms).
//
// Three kinds of object:
//   G - a goroutine: a body to run a slice of, a status, a wait reason (G.cs, Goroutines.cs).
//   M - a worker thread: a dedicated Thread, reused; an idle one sleeps on its own note (M.cs).
//   P - what an M needs to run goroutines; there are GOMAXPROCS of them. A P owns a run queue
//       and a timer heap, so the fast paths (spawn, ready, schedule) stay P-local (P.cs).
//
// An M holding a P loops in schedule() (below): findRunnable picks a goroutine (every
// 61st tick the global queue first, so two goroutines respawning each other cannot starve it;
// then runnext and the local queue; the global queue; the netpoller; then half of a random
// victim's queue), execute runs one slice of it, and the slice's result decides what follows:
// Done -> goexit0; Yielded (budget used or preempted) -> the global queue, as Go's
// goschedImpl; Parked -> park_m, which marks the goroutine Waiting and only then runs the
// unlock its body gave to Park. A Ready from another thread can thus never find a goroutine
// that is still running: Go's gopark/unlockf protocol.
//
// Worker thread parking/unparking (Threads.cs). There should be enough running M's to use
// the P's and no more. When a goroutine is created or readied and a P is idle and no M is
// spinning, wakep starts one spinning M. A spinning M is out of local work and looking for
// some; when it finds work it stops spinning and, if it was the last spinner, wakes another
// (resetspinning). So a burst of new work wakes M's one at a time, yet parallelism still
// grows to what the work allows. At most half the busy P's have spinning M's. The delicate
// moment is spinning -> idle, which races with new work: a readier queues, then checks
// nmspinning; an M that stops spinning decrements nmspinning, then rechecks every P's queue
// and timers; one of the two sees the other. The global queue is safe differently: work is
// put there under the scheduler lock, under which an M also decides to give up its P.
//
// Blocking calls (Syscalls.cs): EnterSyscall leaves the P in Syscall status; sysmon retakes
// it after a tick (20 µs or more) and hands it to another M (handoffp), which is why M's can
// outnumber P's. ExitSyscall takes back the old P, or an idle one, or queues the goroutine
// globally and waits on its M until someone hands it a P: the goroutine's state is on that
// thread's stack, so it is scheduled like a goroutine locked to its thread.
//
// Preemption is cooperative: bodies poll G.Preempt at safe points, and sysmon (a thread with
// no P, Sysmon.cs) sets it on a goroutine whose time slice has lasted 10 ms. Timers live in
// per-P heaps and run in findRunnable; an M with nothing to do sleeps in the netpoller (or
// its stub) until the next timer. When every M is idle and no goroutine can run, no timer is
// pending and nothing waits on I/O, checkdead ends the run with Go's deadlock report.

/// <summary>
/// One running program's goroutine scheduler (Go's sched and its functions). Nothing is
/// static: several may run in one process. Create goroutines with Go, then call Run with the
/// main one; bodies call Park, Ready, Gosched, EnterSyscall/ExitSyscall, timers and Exit.
/// It is the IParker that channels, select and semaphores park and ready goroutines through.
/// </summary>
public sealed partial class Scheduler : IParker
{
    /// <summary>
    /// Go's sched.lock: the idle M and P lists, the global run queue, the M counts and
    /// stop-the-world state.
    /// </summary>
    internal readonly Lock Lock = new();
    internal readonly GlobalRunQueue runq = new();

    private readonly SchedulerOptions options;
    // The poller: the stub until the program opens its first socket (NetpollInit), or the
    // one the options give.
    private volatile INetPoller poller;
    private volatile bool haveNetPoller;
    private NetPoller? ownPoller;
    private readonly Lock netpollInitLock = new();
    private readonly AllGs allgs = new();
    private readonly List<M> allm = [];

    // The P's: replaced whole (never mutated) by procresize, so readers take a snapshot.
    private volatile P[] allp = [];
    private volatile RandomOrder stealOrder = new(1);
    private volatile int gomaxprocs;

    // Idle M's and P's, under Lock; the counts are also read without it as hints.
    private M? midle;
    private int nmidle;
    private int nmidlelocked;
    private int mcount;
    private P? pidle;
    private int npidle;
    private int nmspinning;
    private int needspinning;

    private long goidgen;

    // The poller: lastpoll is when it was last polled, 0 while an M blocks in it until pollUntil.
    private long lastpoll;
    private long pollUntil;
    private int externalWaiters;

    /// <summary>Run has started the M's: from now on new work must wake them.</summary>
    private volatile bool mainStarted;
    private long starttime;

    public Scheduler(SchedulerOptions? options = null)
    {
        this.options = options ?? new SchedulerOptions();
        poller = this.options.NetPoller ?? new NetpollStub();
        haveNetPoller = this.options.NetPoller != null;
        (this.options.NetPoller as NetPoller)?.Attach(this);
        lock (Lock) procresize(null, this.options.ResolveMaxProcs());
    }

    /// <summary>The goroutine running on the calling thread, if it is an M of some scheduler.</summary>
    public static G? Current => M.current?.curg;

    /// <summary>The scheduler whose M is the calling thread.</summary>
    public static Scheduler? CurrentScheduler => M.current?.sched;

    /// <summary>Go's nanotime: the monotonic clock of timers, in nanoseconds.</summary>
    public static long Nanotime() => Clock.Nanotime();

    /// <summary>GOMAXPROCS.</summary>
    public int MaxProcs => gomaxprocs;

    /// <summary>runtime.NumGoroutine: goroutines created and not yet finished.</summary>
    public int NumGoroutine => allgs.Count;

    // The scheduler loop: find a runnable goroutine, run a slice of it, act on how the slice
    // ended. Go's mstart, schedule, execute, park_m, goschedImpl, goexit0, findRunnable, stealWork.

    /// <summary>
    /// An M's thread (Go's mstart): take the P it was started for, then schedule until the
    /// program ends.
    /// </summary>
    private void mstart(M m)
    {
        M.current = m;
        try
        {
            if (m.nextp is { } pp)
            {
                m.nextp = null;
                acquirep(m, pp);
            }
            while (!exiting && schedule(m)) { }
        }
        catch (Exception e)
        {
            RequestExit(InternalError(e));
        }
        finally
        {
            M.current = null;
        }
    }

    /// <summary>One round of schedule(); false when the program has ended.</summary>
    private bool schedule(M m)
    {
        if (m.lockedg is { } locked)
        {
            // A locked M runs only its goroutine: give the P away and wait until it is runnable.
            if (!stoplockedm(m)) return false;
            execute(m, locked, false);
            return true;
        }
        while (true)
        {
            var gp = findRunnable(m, out bool inheritTime);
            if (gp == null) return false;
            // Not spinning any more: if it was the last spinner, another M takes over looking.
            if (m.spinning) resetspinning(m);
            if (gp.lockedm != null)
            {
                // Hand our P to the M it is locked to, and wait for a new P.
                if (!startlockedm(m, gp)) return false;
                continue;
            }
            execute(m, gp, inheritTime);
            return true;
        }
    }

    /// <summary>
    /// execute: runs one slice of gp on this M. inheritTime: gp came from runnext and shares
    /// the current time slice (schedtick is not advanced, so sysmon's 10 ms span both).
    /// </summary>
    private void execute(M m, G gp, bool inheritTime)
    {
        var pp = m.p!;
        m.curg = gp;
        gp.m = m;
        gp.Preempt = false;
        gp.Status = GStatus.Running;
        if (!inheritTime) Volatile.Write(ref pp.schedtick, pp.schedtick + 1);
        if (gp.LockedToThread && gp.lockedm == null)
        {
            gp.lockedm = m;
            m.lockedg = gp;
        }

        SliceResult result;
        try
        {
            result = gp.Body.RunSlice(gp, options.SliceBudget);
        }
        catch (GoExit e)
        {
            RequestExit(new ExitInfo(ExitReason.Exit, e.Code));
            return;
        }
        catch (GoFatal e)
        {
            RequestExit(Fatal(e));
            return;
        }
        catch (Exception e)
        {
            RequestExit(InternalError(e));
            return;
        }

        if (exiting)
        {
            // The program ended during the slice: stop here, only releasing what the body holds.
            if (m.parkPending) runUnlock(m);
            return;
        }
        if (m.p == null) throw new InvalidOperationException($"goroutine {gp.Id}: slice ended inside a syscall");
        if (m.parkPending != (result == SliceResult.Parked))
            throw new InvalidOperationException($"goroutine {gp.Id}: slice returned {result} " + (m.parkPending ? "after Park" : "without Park"));
        switch (result)
        {
            case SliceResult.Done: goexit0(m, gp); break;
            case SliceResult.Goexit: goexit0(m, gp, byGoexit: true); break;
            case SliceResult.Yielded: goschedImpl(m, gp); break;
            default: park_m(m, gp); break;
        }
    }

    /// <summary>
    /// park_m: gp is Waiting before its unlock runs, so whoever finds it through what the
    /// unlock releases can Ready it. Its stack may shrink first: nobody else can touch it yet.
    /// </summary>
    private void park_m(M m, G gp)
    {
        if (gp.Body is IShrinkable s) s.ShrinkStack();
        gp.m = null;
        m.curg = null;
        gp.Status = GStatus.Waiting;
        runUnlock(m);
    }

    private static void runUnlock(M m)
    {
        var unlock = m.waitunlock;
        var unlockf = m.waitunlockf;
        var state = m.waitlock;
        m.parkPending = false;
        m.waitunlock = null;
        m.waitunlockf = null;
        m.waitlock = null;
        if (unlock != null) unlock();
        else unlockf?.Invoke(state);
    }

    /// <summary>goschedImpl: a preempted or yielding goroutine goes to the back of the global queue.</summary>
    private void goschedImpl(M m, G gp)
    {
        gp.Status = GStatus.Runnable;
        gp.m = null;
        m.curg = null;
        lock (Lock) runq.Put(gp);
        wakep();
    }

    /// <summary>goexit0: gp is finished. The program ends with its main goroutine, unless main called runtime.Goexit.</summary>
    private void goexit0(M m, G gp, bool byGoexit = false)
    {
        gp.Status = GStatus.Dead;
        gp.WaitReason = WaitReason.None;
        gp.m = null;
        m.curg = null;
        if (gp.lockedm != null)
        {
            // Go ends a thread whose goroutine exits locked to it; ours is simply unlocked.
            gp.lockedm = null;
            gp.lockedCount = 0;
            gp.LockedToThread = false;
            m.lockedg = null;
        }
        allgs.Remove(gp);
        if (gp != mainG) return;
        if (byGoexit) mainGoexited = true;
        else RequestExit(new ExitInfo(ExitReason.MainReturned, 0));
    }

    /// <summary>
    /// findRunnable: a goroutine to run, trying in order timers, the global queue (once in 61
    /// ticks), the local queue, the global queue, the netpoller, other P's queues (spinning);
    /// else gives up the P and sleeps, in the poller until the next timer if there is one.
    /// Returns null only when the program has ended.
    /// </summary>
    private G? findRunnable(M m, out bool inheritTime)
    {
        while (true)
        {
            inheritTime = false;
            if (exiting) return null;
            var pp = m.p!;
            if (gcwaiting)
            {
                if (!gcstopm(m)) return null;
                continue;
            }

            long now = 0;
            checkTimers(pp, ref now, out long pollUntil);

            // Now and then the global queue first, or two goroutines respawning each other
            // on the local queue could starve it.
            if (pp.schedtick % 61 == 0 && runq.Size > 0)
            {
                G? g1;
                lock (Lock) g1 = globrunqget(pp, 1);
                if (g1 != null) return g1;
            }

            var gp = pp.runq.Get(out inheritTime);
            if (gp != null) return gp;

            if (runq.Size != 0)
            {
                lock (Lock) gp = globrunqget(pp, 0);
                if (gp != null) return gp;
            }

            // Only an optimization before stealing: skip it if an M is blocked in the poller.
            if (poller.HasWaiters && Volatile.Read(ref lastpoll) != 0)
            {
                var list = m.pollResults;
                list.Clear();
                poller.Poll(0, list);
                if (list.Count > 0) return takeFromPoll(m, list);
            }

            // Spinning: steal, but keep spinning M's to at most half the busy P's, or a
            // program with little parallelism burns every core looking for work.
            if (m.spinning || 2 * Volatile.Read(ref nmspinning) < gomaxprocs - Volatile.Read(ref npidle))
            {
                if (!m.spinning) becomeSpinning(m);
                gp = stealWork(m, ref now, ref pollUntil, out inheritTime, out bool newWork);
                if (gp != null) return gp;
                if (newWork) continue;
            }

            // Nothing: give up the P. Snapshot allp first: after releasing the P this M may
            // no longer touch it, but must still look at every P once more.
            var allpSnapshot = allp;
            Lock.Enter();
            if (gcwaiting)
            {
                Lock.Exit();
                continue;
            }
            if (runq.Size != 0)
            {
                gp = globrunqget(pp, 0);
                Lock.Exit();
                return gp;
            }
            if (!m.spinning && Volatile.Read(ref needspinning) == 1)
            {
                // Someone wanted a spinning M and found no idle P: be it.
                becomeSpinning(m);
                Lock.Exit();
                continue;
            }
            releasep(m);
            pidleput(pp);
            Lock.Exit();

            // Spinning -> idle races with new work being queued: drop nmspinning, then look
            // again at every queue and timer (see the comment at the top of Scheduler.cs).
            bool wasSpinning = m.spinning;
            if (m.spinning)
            {
                m.spinning = false;
                if (Interlocked.Decrement(ref nmspinning) < 0) throw new InvalidOperationException("findRunnable: negative nmspinning");
                var p2 = checkRunqsNoP(allpSnapshot);
                if (p2 != null)
                {
                    acquirep(m, p2);
                    becomeSpinning(m);
                    continue;
                }
                pollUntil = checkTimersNoP(allpSnapshot, pollUntil);
            }

            // Sleep in the poller until the next timer or I/O, if no other M does already.
            if ((poller.HasWaiters || pollUntil != 0) && Interlocked.Exchange(ref lastpoll, 0) != 0)
            {
                Interlocked.Exchange(ref this.pollUntil, pollUntil);
                long delay = -1;
                if (pollUntil != 0)
                {
                    if (now == 0) now = Nanotime();
                    delay = Math.Max(0, pollUntil - now);
                    // The timer may have been stopped since we looked, by a StopTimer that saw
                    // no M in the poller yet: do not sleep until it (an hour's timer...), look again.
                    long next = checkTimersNoP(allpSnapshot, 0);
                    if (next == 0 || next > pollUntil) delay = 0;
                }
                // Likewise the last waiter may have gone since we looked, before netpollWaitersGone
                // could see us here: with nothing to wake us, do not sleep at all.
                else if (!poller.HasWaiters) delay = 0;
                var list = m.pollResults;
                list.Clear();
                if (!exiting) poller.Poll(delay, list);
                now = Nanotime();
                Volatile.Write(ref this.pollUntil, 0);
                Volatile.Write(ref lastpoll, now);
                P? p3;
                lock (Lock) p3 = pidleget();
                if (p3 == null) injectglist(m, list);
                else
                {
                    acquirep(m, p3);
                    if (list.Count > 0) return takeFromPoll(m, list);
                    if (wasSpinning) becomeSpinning(m);
                    continue;
                }
            }
            else if (pollUntil != 0)
            {
                // The M in the poller sleeps past our next timer: cut its sleep short.
                long pollerPollUntil = Volatile.Read(ref this.pollUntil);
                if (pollerPollUntil == 0 || pollerPollUntil > pollUntil) poller.Break();
            }
            if (!stopm(m)) return null;
        }
    }

    /// <summary>The last goroutine the poller readied runs now, the others are queued.</summary>
    private G takeFromPoll(M m, List<G> list)
    {
        var gp = list[^1];
        list.RemoveAt(list.Count - 1);
        injectglist(m, list);
        makeRunnable(gp);
        return gp;
    }

    /// <summary>
    /// stealWork: four rounds over the other P's in random order, taking half of a queue;
    /// the last round also runs their due timers and may take runnext. newWork: timers ran,
    /// which may have readied goroutines onto our own queue, or the world is stopping.
    /// </summary>
    private G? stealWork(M m, ref long now, ref long pollUntil, out bool inheritTime, out bool newWork)
    {
        var pp = m.p!;
        var all = allp;
        var order = stealOrder;
        inheritTime = false;
        newWork = false;
        if (order.Count != all.Length)
        {
            newWork = true; // GOMAXPROCS changed under us: start over
            return null;
        }
        const int stealTries = 4;
        for (int i = 0; i < stealTries; i++)
        {
            bool stealTimersOrRunNextG = i == stealTries - 1;
            for (var e = order.Start(m.CheapRand()); !e.Done; e.Next())
            {
                if (gcwaiting)
                {
                    newWork = true;
                    return null;
                }
                var p2 = all[e.Position];
                if (p2 == pp) continue;
                // Other P's timers: once, on the last round, before resorting to their runnext.
                if (stealTimersOrRunNextG && p2.timers.Count > 0)
                {
                    bool ran = checkTimers(p2, ref now, out long w);
                    if (w != 0 && (pollUntil == 0 || w < pollUntil)) pollUntil = w;
                    if (ran)
                    {
                        // Readied goroutines landed on our queue, and runqsteal needs room there.
                        var g1 = pp.runq.Get(out inheritTime);
                        if (g1 != null) return g1;
                        newWork = true;
                    }
                }
                var s = p2.Status;
                if (s != PStatus.Idle)
                {
                    var g2 = pp.runq.Steal(p2.runq, stealTimersOrRunNextG, s == PStatus.Running);
                    if (g2 != null) return g2;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// globrunqget: from the global queue, a fair share for this P (at most max if positive,
    /// at most half a local queue): one to run, the rest to the local queue. Holding Lock.
    /// </summary>
    private G? globrunqget(P pp, int max)
    {
        int size = runq.Size;
        if (size == 0) return null;
        int n = Math.Min(size / gomaxprocs + 1, size);
        if (max > 0 && n > max) n = max;
        if (n > RunQueue.Size / 2) n = RunQueue.Size / 2;
        var gp = runq.Pop();
        for (n--; n > 0; n--) pp.runq.Put(runq.Pop()!, false, this);
        return gp;
    }

    /// <summary>checkRunqsNoP: after dropping spinning, a P whose queue has work appeared, and an idle P to run it.</summary>
    private P? checkRunqsNoP(P[] allpSnapshot)
    {
        foreach (var p2 in allpSnapshot)
        {
            if (p2.Status != PStatus.Idle && !p2.runq.IsEmpty)
            {
                lock (Lock) return pidlegetSpinning();
            }
        }
        return null;
    }

    /// <summary>
    /// injectglist: goroutines the poller readied. With a P, onto its queue; without, onto the
    /// global queue with an idle P started for each, as far as there are idle P's.
    /// </summary>
    private void injectglist(M? m, List<G> list)
    {
        if (list.Count == 0) return;
        foreach (var gp in list) makeRunnable(gp);
        if (m?.p is { } pp)
        {
            foreach (var gp in list) pp.runq.Put(gp, false, this);
            list.Clear();
            wakep();
            return;
        }
        Lock.Enter();
        foreach (var gp in list) runq.Put(gp);
        for (int i = 0; i < list.Count && startIdleLocked(); i++) { }
        Lock.Exit();
        list.Clear();
    }

    private static void makeRunnable(G gp)
    {
#pragma warning disable CS0420 // a volatile field passed by ref: Interlocked is atomic anyway
        var old = Interlocked.CompareExchange(ref gp.Status, GStatus.Runnable, GStatus.Waiting);
#pragma warning restore CS0420
        if (old != GStatus.Waiting)
            throw new InvalidOperationException($"netpoll: goroutine {gp.Id} is {old}, not waiting");
        gp.WaitReason = WaitReason.None;
    }
}
