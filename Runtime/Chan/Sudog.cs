using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Minigo.Runtime;

/// <summary>
/// Go's sudog (runtime2.go): a goroutine in a wait list. One G can be in many wait lists (a
/// select waits on several channels), and many Gs on one object, so the list entry is a
/// separate object. Sudogs come from a two-level cache (per thread, then central), as Go's
/// acquireSudog/releaseSudog take them from the P's cache and sched.sudogcache.
///
/// While g waits on channels, g.WaitingOn holds the first sudog of its list (Go's
/// gp.waiting). That head also carries two fields Go keeps in the g itself: SelectDone
/// (gp.selectDone: the first waker of a select wins it) and Param (gp.param: the sudog whose
/// operation woke g). A value handed to a waiting receiver is written to g.Param, the
/// receiver's destination (Go's sg.elem pointing into the receiver's stack).
/// </summary>
public sealed class Sudog
{
    // The following fields are protected by the lock of the channel (or semaphore root,
    // notify list) this sudog is blocking on.

    public G? G;
    /// <summary>Links in a channel's wait queue or a notify list.</summary>
    public Sudog? Next, Prev;
    /// <summary>A sender's value; for a semaphore waiter, its address (container in R, index in N).</summary>
    public Slot Elem;
    /// <summary>g is in a select, so G.WaitingOn.SelectDone must be won before waking it.</summary>
    public bool IsSelect;
    /// <summary>Whether communication over C succeeded: true if g was woken by a value, false by close.</summary>
    public bool Success;
    /// <summary>The channel this sudog waits on.</summary>
    public Chan? C;
    /// <summary>g.waiting list (a select's sudogs, in lock order) or a semaphore's list of waiters.</summary>
    public Sudog? WaitLink;
    /// <summary>Semaphore: the last sudog of the wait list of the root entry.</summary>
    public Sudog? WaitTail;
    /// <summary>Semaphore: 1 when released with handoff (the count was taken for us); notify list: the waiter's ticket.</summary>
    public uint Ticket;

    // Select: which case this sudog stands for.
    public int CaseIndex;
    public bool IsSendCase;

    // Semaphore: how to wait again after a wake-up that did not get the count.
    public WaitReason Reason;
    public bool Lifo;

    // On the head of g's waiting list only (see the class comment).
    public int SelectDone;
    public Sudog? Param;

    /// <summary>
    /// Go's chanparkcommit/selparkcommit, for this sudog as the head of g's waiting list:
    /// created once per (pooled) sudog so that parking allocates nothing.
    /// </summary>
    public readonly Action ParkCommit;

    private Sudog() { ParkCommit = UnlockChannels; }

    /// <summary>
    /// Runs after the scheduler marked g waiting: unlocks the channel of every sudog in the
    /// list, each once (the list is in lock order, so equal channels are adjacent). As soon as
    /// a channel is unlocked, fields of the sudogs on it may change (g may be woken), so a
    /// channel is unlocked only after the last sudog on it has been passed.
    /// </summary>
    private void UnlockChannels()
    {
        Chan? lastc = null;
        for (var sg = this; sg != null; sg = sg.WaitLink)
        {
            if (sg.C != lastc && lastc != null) lastc.Unlock();
            lastc = sg.C;
        }
        lastc?.Unlock();
    }

    // ---- acquireSudog / releaseSudog ----

    private const int LocalCacheSize = 128;   // Go's per-P sudogcache capacity
    private const int CentralCacheLimit = 4096; // Go's GC empties the central cache; we bound it instead

    [ThreadStatic] private static Sudog?[]? localCache;
    [ThreadStatic] private static int localCount;

    private static RuntimeMutex centralLock;
    private static Sudog? centralCache; // linked through Next
    private static int centralCount;

    public static Sudog Acquire()
    {
        var cache = localCache ??= new Sudog?[LocalCacheSize];
        if (localCount == 0)
        {
            // First, try to grab a batch from the central cache.
            if (Volatile.Read(ref centralCache) != null)
            {
                centralLock.Lock();
                while (localCount < LocalCacheSize / 2 && centralCache != null)
                {
                    var s = centralCache;
                    centralCache = s.Next;
                    centralCount--;
                    s.Next = null;
                    cache[localCount++] = s;
                }
                centralLock.Unlock();
            }
            // If the central cache is empty, allocate a new one.
            if (localCount == 0) return new Sudog();
        }
        var sg = cache[--localCount]!;
        cache[localCount] = null;
        return sg;
    }

    public static void Release(Sudog s)
    {
        Debug.Assert(s.Elem.R == null && !s.IsSelect && s.Next == null && s.Prev == null
                     && s.WaitLink == null && s.WaitTail == null && s.C == null, "releaseSudog: sudog still in use");
        s.G = null;
        s.Success = false;
        s.Ticket = 0;
        s.Param = null;
        s.SelectDone = 0;
        s.Elem = default;
        var cache = localCache ??= new Sudog?[LocalCacheSize];
        if (localCount == LocalCacheSize) MoveHalfToCentral(cache);
        cache[localCount++] = s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MoveHalfToCentral(Sudog?[] cache)
    {
        // Transfer half of the local cache to the central cache.
        Sudog? first = null, last = null;
        int n = 0;
        while (localCount > LocalCacheSize / 2)
        {
            var p = cache[--localCount]!;
            cache[localCount] = null;
            if (first == null) first = p; else last!.Next = p;
            last = p;
            n++;
        }
        centralLock.Lock();
        if (centralCount < CentralCacheLimit)
        {
            last!.Next = centralCache;
            centralCache = first;
            centralCount += n;
            first = null;
        }
        centralLock.Unlock();
        // Over the limit: drop the batch for the GC (unlink it so no chain stays reachable).
        for (var p = first; p != null;)
        {
            var next = p.Next;
            p.Next = null;
            p = next;
        }
    }
}
