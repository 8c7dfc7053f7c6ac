namespace Minigo.Runtime;

/// <summary>
/// Go's pollDesc (runtime/netpoll.go): one per socket registered with the poller. It holds
/// two binary semaphores, rg and wg, for the goroutine waiting to read and the one waiting to
/// write (one each: the net package's fdMutex serializes readers and writers), the deadlines
/// and their timers, and whether the descriptor is closing. A semaphore is in one of four
/// states, exactly as in Go:
///   null     - nothing;
///   PdReady  - an I/O readiness notification is pending; a waiter consumes it (back to null);
///   PdWait   - a goroutine is about to park; it commits by storing itself (CommitRead/Write,
///              run by the scheduler once the goroutine is Waiting), unless a notification
///              (-> PdReady) or a timeout/close (-> null) came first, in which case it is
///              readied at once;
///   a G      - the goroutine is parked; a notification stores PdReady, a timeout or close
///              null, and either readies it.
/// The poller (epoll, or the completion fallback) delivers notifications through Notify; the
/// deadline timers and Unblock (close) wake waiters with an error instead.
/// </summary>
public sealed class PollDesc
{
    /// <summary>Error codes of Wait and Reset, as internal/poll knows them (pollNoError...).</summary>
    public const int NoError = 0, ErrClosing = 1, ErrTimeout = 2, ErrNotPollable = 3;

    /// <summary>The modes, Go's 'r' and 'w'; SetDeadline also takes their sum.</summary>
    public const int ModeRead = 'r', ModeWrite = 'w';

    private static readonly object PdReady = new(), PdWait = new();

    // pollInfo bits: what CheckErr needs, readable without the lock.
    private const int InfoClosing = 1, InfoEventErr = 2, InfoExpiredRead = 4, InfoExpiredWrite = 8;

    private object? rg, wg;
    /// <summary>The goroutine committing to park in each mode, set before Park (one waiter per mode).</summary>
    private G? rwaiter, wwaiter;
    /// <summary>The parked waiter was counted in the poller's waiters; the count drops when it runs again.</summary>
    private bool rcounted, wcounted;
    private int atomicInfo;

    // Under mu: Go's closing, rd, wd and their timers. A deadline is a Nanotime, -1 once
    // expired, 0 for none.
    private readonly Lock mu = new();
    private bool closing;
    private long rd, wd;
    private RuntimeTimer? rt, wt;

    internal PollDesc(NetPoller poller, int fd, object? owner)
    {
        Poller = poller;
        Fd = fd;
        Owner = owner;
    }

    public NetPoller Poller { get; }
    /// <summary>The OS descriptor it watches (-1 for the completion fallback's sockets).</summary>
    public int Fd { get; }
    /// <summary>The socket it belongs to; closed by the poller if the program ends with it open.</summary>
    public object? Owner { get; }
    /// <summary>Where the poller's registry keeps it, and which generation of that slot it is (stale epoll events).</summary>
    internal int Slot = -1;
    internal uint Generation;

    private bool IsClosing => (Volatile.Read(ref atomicInfo) & InfoClosing) != 0;

    /// <summary>netpollcheckerr: closing, an expired deadline in this mode, or (reading only) an event error.</summary>
    public int CheckErr(int mode)
    {
        int info = Volatile.Read(ref atomicInfo);
        if ((info & InfoClosing) != 0) return ErrClosing;
        if (mode == ModeRead && (info & InfoExpiredRead) != 0 || mode == ModeWrite && (info & InfoExpiredWrite) != 0) return ErrTimeout;
        // An event error is reported on reads only: the write that follows gets a precise errno.
        if (mode == ModeRead && (info & InfoEventErr) != 0) return ErrNotPollable;
        return NoError;
    }

    /// <summary>publishInfo, holding mu: the summary of closing/rd/wd, keeping the event error bit.</summary>
    private void PublishInfo()
    {
        int info = (closing ? InfoClosing : 0) | (rd < 0 ? InfoExpiredRead : 0) | (wd < 0 ? InfoExpiredWrite : 0);
        int x;
        do x = Volatile.Read(ref atomicInfo);
        while (Interlocked.CompareExchange(ref atomicInfo, (x & InfoEventErr) | info, x) != x);
    }

    /// <summary>setEventErr: the poller saw EPOLLERR alone on the descriptor.</summary>
    internal void SetEventErr(bool b)
    {
        int x;
        while (((x = Volatile.Read(ref atomicInfo)) & InfoEventErr) != 0 != b && Interlocked.CompareExchange(ref atomicInfo, x ^ InfoEventErr, x) != x) { }
    }

    private ref object? Sema(int mode) => ref mode == ModeRead ? ref rg : ref wg;

    /// <summary>poll_runtime_pollReset: before an I/O attempt, forget an old notification (the attempt will tell).</summary>
    public int Reset(int mode)
    {
        int err = CheckErr(mode);
        if (err != NoError) return err;
        Volatile.Write(ref Sema(mode), null);
        return NoError;
    }

    /// <summary>
    /// poll_runtime_pollWait, called by g's body after an I/O attempt would block: returns at
    /// once (NoError: try again; or the error) or parks g (parked, the body returns with
    /// Parked, and calls Resume when g runs again).
    /// </summary>
    public int Wait(G g, int mode, out bool parked)
    {
        parked = false;
        int err = CheckErr(mode);
        return err != NoError ? err : Block(g, mode, out parked);
    }

    /// <summary>
    /// The rest of poll_runtime_pollWait once g runs again after parking: NoError if the
    /// descriptor is ready, an error if it timed out or closed, or parks again if neither (a
    /// deadline fired and was moved before g ran, Go's "pretend it has not happened").
    /// </summary>
    public int Resume(G g, int mode, out bool parked)
    {
        ref bool counted = ref mode == ModeRead ? ref rcounted : ref wcounted;
        if (counted)
        {
            counted = false;
            Poller.RemoveWaiter();
        }
        parked = false;
        if (Finish(mode)) return NoError;
        int err = CheckErr(mode);
        return err != NoError ? err : Block(g, mode, out parked);
    }

    /// <summary>netpollblock up to gopark: consume a pending notification, or announce PdWait and park.</summary>
    private int Block(G g, int mode, out bool parked)
    {
        ref object? gpp = ref Sema(mode);
        parked = false;
        while (true)
        {
            if (Interlocked.CompareExchange(ref gpp, null, PdReady) == PdReady) return NoError;
            if (Interlocked.CompareExchange(ref gpp, PdWait, null) == null) break;
            var v = Volatile.Read(ref gpp);
            if (v != PdReady && v != null) throw new InvalidOperationException("runtime: double wait");
        }
        // Recheck the errors after announcing PdWait: Unblock, SetDeadline and the deadline
        // timers do the opposite (store, publish, then look at the semaphore).
        if (CheckErr(mode) == NoError)
        {
            if (mode == ModeRead) rwaiter = g;
            else wwaiter = g;
            Poller.Scheduler.Park(g, WaitReason.IOWait, mode == ModeRead ? CommitRead : CommitWrite, this);
            parked = true;
            return NoError;
        }
        if (Finish(mode)) return NoError;
        return CheckErr(mode);
    }

    /// <summary>netpollblock after gopark: take the semaphore back to null; true if I/O is ready.</summary>
    private bool Finish(int mode)
    {
        var old = Interlocked.Exchange(ref Sema(mode), null);
        if (old != null && old != PdReady && old != PdWait) throw new InvalidOperationException("runtime: corrupted polldesc");
        return old == PdReady;
    }

    private static readonly Action<object?> CommitRead = static o => ((PollDesc)o!).Commit(ModeRead);
    private static readonly Action<object?> CommitWrite = static o => ((PollDesc)o!).Commit(ModeWrite);

    /// <summary>
    /// netpollblockcommit, run by the scheduler once the waiter is Waiting: PdWait -> g. If a
    /// notification, timeout or close came in between, g is readied at once (Go's gopark with
    /// an unlockf that returns false). The waiter is counted before the exchange, so whoever
    /// readies it afterwards finds the count it will take back in Resume.
    /// </summary>
    private void Commit(int mode)
    {
        ref object? gpp = ref Sema(mode);
        ref bool counted = ref mode == ModeRead ? ref rcounted : ref wcounted;
        var g = (mode == ModeRead ? rwaiter : wwaiter)!;
        if (mode == ModeRead) rwaiter = null;
        else wwaiter = null;
        counted = true;
        Poller.AddWaiter();
        if (Interlocked.CompareExchange(ref gpp, g, PdWait) == PdWait) return;
        counted = false;
        Poller.RemoveWaiter();
        Poller.Scheduler.Ready(g);
    }

    /// <summary>
    /// netpollunblock: ioready stores PdReady (a notification, even if nobody waits); otherwise
    /// (timeout, close) only a waiter is taken out. Returns the parked goroutine to ready, if any.
    /// </summary>
    private G? Unblock(int mode, bool ioready)
    {
        ref object? gpp = ref Sema(mode);
        while (true)
        {
            var old = Volatile.Read(ref gpp);
            if (old == PdReady) return null;
            if (old == null && !ioready) return null;
            if (Interlocked.CompareExchange(ref gpp, ioready ? PdReady : null, old) == old)
                return old as G;
        }
    }

    /// <summary>netpollready: the poller saw the descriptor ready in mode ('r', 'w' or both); adds the goroutines to run.</summary>
    internal void Notify(int mode, List<G> toRun)
    {
        if (mode == ModeRead || mode == ModeRead + ModeWrite)
            if (Unblock(ModeRead, true) is { } r) toRun.Add(r);
        if (mode == ModeWrite || mode == ModeRead + ModeWrite)
            if (Unblock(ModeWrite, true) is { } w) toRun.Add(w);
    }

    /// <summary>
    /// poll_runtime_pollSetDeadline: d is relative (Go passes time.Until(t)): 0 clears the
    /// deadline, a negative one has expired already and wakes the waiter now. Each mode has its
    /// own timer (Go shares one when both deadlines are equal; two cost nothing here).
    /// </summary>
    public void SetDeadline(long d, int mode)
    {
        G? rgReady = null, wgReady = null;
        lock (mu)
        {
            if (closing) return;
            if (d > 0)
            {
                d += Scheduler.Nanotime();
                if (d <= 0) d = long.MaxValue; // overflow: as far in the future as it gets
            }
            if (mode == ModeRead || mode == ModeRead + ModeWrite)
            {
                rd = d;
                PublishInfo();
                Arm(ref rt, rd, ReadDeadline);
            }
            if (mode == ModeWrite || mode == ModeRead + ModeWrite)
            {
                wd = d;
                PublishInfo();
                Arm(ref wt, wd, WriteDeadline);
            }
            // A deadline in the past unblocks the pending I/O now (publishInfo came first).
            if (rd < 0) rgReady = Unblock(ModeRead, false);
            if (wd < 0) wgReady = Unblock(ModeWrite, false);
        }
        if (rgReady != null) Poller.Scheduler.Ready(rgReady);
        if (wgReady != null) Poller.Scheduler.Ready(wgReady);
    }

    /// <summary>Makes a deadline's timer due at when (a future deadline), or stops it.</summary>
    private void Arm(ref RuntimeTimer? t, long when, Action<RuntimeTimer, long> fired)
    {
        var sched = Poller.Scheduler;
        if (when > 0)
        {
            if (t == null) t = sched.AddTimer(null, when, fired, arg: this);
            else sched.ResetTimer(t, when);
        }
        else if (t != null) sched.StopTimer(t);
    }

    private static readonly Action<RuntimeTimer, long> ReadDeadline = static (t, _) => ((PollDesc)t.Arg!).DeadlineExpired(ModeRead);
    private static readonly Action<RuntimeTimer, long> WriteDeadline = static (t, _) => ((PollDesc)t.Arg!).DeadlineExpired(ModeWrite);

    /// <summary>
    /// netpolldeadlineimpl. Go recognises a stale firing (the deadline was moved while the timer
    /// was already running) by a sequence number; a firing is current exactly when its deadline
    /// is set and has come, so that is checked instead.
    /// </summary>
    private void DeadlineExpired(int mode)
    {
        G? g;
        lock (mu)
        {
            ref long dl = ref mode == ModeRead ? ref rd : ref wd;
            if (closing || dl <= 0 || Scheduler.Nanotime() < dl) return;
            dl = -1;
            PublishInfo();
            g = Unblock(mode, false);
        }
        if (g != null) Poller.Scheduler.Ready(g);
    }

    /// <summary>
    /// poll_runtime_pollUnblock (the net package's evict, on Close): marks it closing, wakes
    /// both waiters (they see ErrClosing) and stops the deadline timers.
    /// </summary>
    public void Evict()
    {
        G? r, w;
        lock (mu)
        {
            if (closing) throw new InvalidOperationException("runtime: unblock on closing polldesc");
            closing = true;
            PublishInfo();
            r = Unblock(ModeRead, false);
            w = Unblock(ModeWrite, false);
            if (rt != null) Poller.Scheduler.StopTimer(rt);
            if (wt != null) Poller.Scheduler.StopTimer(wt);
        }
        if (r != null) Poller.Scheduler.Ready(r);
        if (w != null) Poller.Scheduler.Ready(w);
    }

    /// <summary>poll_runtime_pollClose's checks: only an evicted descriptor without waiters may be closed.</summary>
    internal void CheckClosable()
    {
        if (!IsClosing) throw new InvalidOperationException("runtime: close polldesc w/o unblock");
        if (Volatile.Read(ref rg) is G) throw new InvalidOperationException("runtime: blocked read on closing polldesc");
        if (Volatile.Read(ref wg) is G) throw new InvalidOperationException("runtime: blocked write on closing polldesc");
    }
}
