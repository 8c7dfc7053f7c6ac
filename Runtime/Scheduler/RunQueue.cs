namespace Minigo.Runtime;

/// <summary>
/// A P's local run queue (Go's p.runq, runqhead, runqtail, runnext): a ring of 256 goroutines
/// that only the owning P adds to, so putting needs no lock and no CAS; consumers (the owner,
/// and thieves taking half) claim entries by CAS on head. runnext holds the goroutine to run
/// next: the one just created or readied, which shares the current time slice, so that a
/// pair of goroutines handing work to each other keeps running back to back.
/// </summary>
/// <remarks>
/// Memory ordering follows proc.go: the owner writes a slot, then publishes it with a release
/// store of tail; consumers load head and tail with acquire and commit with a CAS on head.
/// Consumed slots are not cleared (the owner alone writes the ring), so up to 256 finished
/// goroutines per P may stay reachable until their slot is reused.
/// </remarks>
internal sealed class RunQueue
{
    public const int Size = 256;

    private readonly G?[] ring = new G?[Size];
    private uint head;
    private uint tail;
    private G? runnext;

    /// <summary>Goroutines in the ring, not counting runnext (what schedtrace prints).</summary>
    public int Count => (int)(Volatile.Read(ref tail) - Volatile.Read(ref head));

    /// <summary>
    /// runqempty. A P's queue may look empty for an instant while runqput kicks runnext into
    /// the ring, so read tail twice and retry until the three reads are consistent.
    /// </summary>
    public bool IsEmpty
    {
        get
        {
            while (true)
            {
                uint h = Volatile.Read(ref head);
                uint t = Volatile.Read(ref tail);
                var next = Volatile.Read(ref runnext);
                if (Volatile.Read(ref tail) == t) return h == t && next == null;
            }
        }
    }

    /// <summary>
    /// runqput: owner only. With next, gp goes to runnext and the old runnext is kicked to the
    /// ring. A full ring moves half of itself and gp to the global queue (runqputslow).
    /// </summary>
    public void Put(G gp, bool next, Scheduler sched)
    {
        if (next)
        {
            G? old;
            do old = Volatile.Read(ref runnext);
            while (Interlocked.CompareExchange(ref runnext, gp, old) != old);
            if (old == null) return;
            gp = old;
        }
        while (true)
        {
            uint h = Volatile.Read(ref head);
            uint t = tail;
            if (t - h < Size)
            {
                ring[t % Size] = gp;
                Volatile.Write(ref tail, t + 1);
                return;
            }
            if (PutSlow(gp, h, t, sched)) return;
            // A thief took some meanwhile: the ring has room now.
        }
    }

    /// <summary>runqputslow: moves half the ring, then gp, to the global queue in one batch.</summary>
    private bool PutSlow(G gp, uint h, uint t, Scheduler sched)
    {
        uint n = (t - h) / 2;
        if (n != Size / 2) throw new InvalidOperationException("runqputslow: queue is not full");
        if (Interlocked.CompareExchange(ref head, h + n, h) != h) return false;
        // The claimed slots are ours now and only the owner writes the ring: link them at leisure.
        var first = ring[h % Size]!;
        var last = first;
        for (uint i = 1; i < n; i++)
        {
            var g = ring[(h + i) % Size]!;
            last.schedlink = g;
            last = g;
        }
        last.schedlink = gp;
        lock (sched.Lock) sched.runq.PutBatch(first, gp, (int)n + 1);
        return true;
    }

    /// <summary>
    /// runqget: owner only. runnext first (inheriting the time slice), then the ring's head.
    /// </summary>
    public G? Get(out bool inheritTime)
    {
        var next = Volatile.Read(ref runnext);
        // Only the owner sets runnext to non-null, so a failed CAS means a thief took it: no retry.
        if (next != null && Interlocked.CompareExchange(ref runnext, null, next) == next)
        {
            inheritTime = true;
            return next;
        }
        inheritTime = false;
        while (true)
        {
            uint h = Volatile.Read(ref head);
            uint t = tail;
            if (t == h) return null;
            var gp = ring[h % Size];
            if (Interlocked.CompareExchange(ref head, h + 1, h) == h) return gp;
        }
    }

    /// <summary>
    /// runqgrab: takes half of this queue into <paramref name="batch"/> (another P's ring) from
    /// batchHead on; any P may call it. With stealRunNext and an empty ring, takes runnext,
    /// after a pause if the owner is running: it may be about to run it, and stealing it now
    /// would bounce a goroutine that just readied its partner between P's.
    /// </summary>
    private uint Grab(G?[] batch, uint batchHead, bool stealRunNext, bool ownerRunning)
    {
        while (true)
        {
            uint h = Volatile.Read(ref head);
            uint t = Volatile.Read(ref tail);
            uint n = t - h;
            n -= n / 2;
            if (n == 0)
            {
                if (!stealRunNext) return 0;
                var next = Volatile.Read(ref runnext);
                if (next == null) return 0;
                if (ownerRunning) Clock.Usleep(3);
                if (Interlocked.CompareExchange(ref runnext, null, next) != next) continue;
                batch[batchHead % Size] = next;
                return 1;
            }
            if (n > Size / 2) continue; // h and t were read at different moments
            for (uint i = 0; i < n; i++) batch[(batchHead + i) % Size] = ring[(h + i) % Size];
            if (Interlocked.CompareExchange(ref head, h + n, h) == h) return n;
        }
    }

    /// <summary>
    /// runqsteal: owner only; moves half of victim's queue into this one and returns one of
    /// the stolen goroutines to run at once.
    /// </summary>
    public G? Steal(RunQueue victim, bool stealRunNext, bool victimRunning)
    {
        uint t = tail;
        uint n = victim.Grab(ring, t, stealRunNext, victimRunning);
        if (n == 0) return null;
        n--;
        var gp = ring[(t + n) % Size];
        if (n == 0) return gp;
        uint h = Volatile.Read(ref head);
        if (t - h + n >= Size) throw new InvalidOperationException("runqsteal: runq overflow");
        Volatile.Write(ref tail, t + n);
        return gp;
    }

    /// <summary>
    /// For a P being destroyed (the world is stopped): its goroutines go to the front of the
    /// global queue in their order, runnext first.
    /// </summary>
    public void MoveAllToGlobal(GlobalRunQueue global)
    {
        while (head != tail)
        {
            tail--;
            global.PutHead(ring[tail % Size]!);
        }
        if (runnext != null)
        {
            global.PutHead(runnext);
            runnext = null;
        }
    }
}
