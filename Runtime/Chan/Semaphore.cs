using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Minigo.Runtime;

/// <summary>
/// Go's semaphore implementation (runtime/sema.go), for the sync package: sync.Mutex,
/// RWMutex and WaitGroup are written in Go on top of Acquire/Release, as Go's are on
/// semacquire/semrelease, and block goroutines without blocking OS threads.
///
/// A semaphore is a uint32 counter at an address; here the address is a Go pointer as
/// Values/README.md lays it out: a container (a Slot[] struct box or heap cell, or a long[]
/// array) and an index, the counter being the element's N (or the long). Intended use is
/// to provide a sleep and wakeup primitive that can be used in the contended case of other
/// synchronization primitives: Acquire waits until the counter is positive and then
/// decrements it; Release increments it and wakes a waiter.
///
/// Waiters are kept per address, in one of 251 roots chosen by hashing the address (Go's
/// semtable); each root has a lock and a count of waiters, so an uncontended Release costs
/// one atomic add and one read.
///
/// Protocol (as channels'): Acquire returns Completed or Parked; after Parked, when the
/// goroutine runs again, call CompleteAcquire, which returns Completed or parks again
/// (Parked) when a barging goroutine took the count first; call it again after that wake.
/// </summary>
public sealed class SemaTable(IParker parker)
{
    private const int semTabSize = 251; // prime, as Go's

    private readonly SemaRoot[] semtable = CreateRoots();

    private static SemaRoot[] CreateRoots()
    {
        var roots = new SemaRoot[semTabSize];
        for (int i = 0; i < roots.Length; i++) roots[i] = new SemaRoot();
        return roots;
    }

    /// <summary>
    /// Go's semacquire1: waits until the counter at (container, index) is positive, then
    /// decrements it. lifo queues this waiter first (sync.Mutex does so for a goroutine that
    /// already waited). reason is reported while it waits (e.g. SyncMutexLock).
    /// </summary>
    public ChanOpResult Acquire(G g, object container, int index, WaitReason reason, bool lifo)
    {
        // Easy case.
        if (cansemacquire(ref Word(container, index))) return ChanOpResult.Completed;

        // Harder case:
        //	increment waiter count
        //	try cansemacquire one more time, return if succeeded
        //	enqueue itself as a waiter
        //	sleep
        //	(waiter descriptor is dequeued by signaler)
        var s = Sudog.Acquire();
        s.G = g;
        s.Elem = new Slot(index, container);
        s.Reason = reason;
        s.Lifo = lifo;
        return Sleep(g, s);
    }

    /// <summary>
    /// Continues an Acquire that returned Parked, now that the goroutine was woken: Completed
    /// if the count was handed to it or is still there to take; otherwise it parks again.
    /// </summary>
    public ChanOpResult CompleteAcquire(G g)
    {
        if (g.WaitingOn is not Sudog s || s.G != g || s.Elem.R == null)
            throw new GoFatal("G waiting list is corrupted");
        g.WaitingOn = null;
        if (s.Ticket != 0 || cansemacquire(ref Word(s.Elem.R, (int)s.Elem.N)))
        {
            s.Elem = default;
            Sudog.Release(s);
            return ChanOpResult.Completed;
        }
        return Sleep(g, s);
    }

    private ChanOpResult Sleep(G g, Sudog s)
    {
        var key = new SemaKey(s.Elem.R!, (int)s.Elem.N);
        var root = RootFor(key);
        root.Mu.Lock();
        // Add ourselves to nwait to disable "easy case" in Release.
        Interlocked.Increment(ref root.Nwait);
        // Check cansemacquire to avoid missed wakeup.
        if (cansemacquire(ref Word(key.Container, key.Index)))
        {
            Interlocked.Decrement(ref root.Nwait);
            root.Mu.Unlock();
            s.Elem = default;
            Sudog.Release(s);
            return ChanOpResult.Completed;
        }
        // Any Release after the cansemacquire knows we're waiting (we set nwait above),
        // so go to sleep.
        s.Ticket = 0;
        root.Queue(key, s, s.Lifo);
        g.WaitingOn = s;
        parker.Park(g, s.Reason, root.Unlockf);
        return ChanOpResult.Parked;
    }

    /// <summary>
    /// Go's semrelease1: increments the counter and wakes one waiter, if any. With handoff,
    /// the count goes straight to the woken waiter (no goroutine can barge in) and the result
    /// is true: the caller should then yield its P (Go's goyield), so that the waiter, readied
    /// in its place, runs at once. sync.Mutex hands off in starvation mode.
    /// </summary>
    public bool Release(object container, int index, bool handoff)
    {
        var key = new SemaKey(container, index);
        var root = RootFor(key);
        ref long addr = ref Word(container, index);
        xadd1(ref addr);

        // Easy case: no waiters? This check must happen after the add, to avoid a missed
        // wakeup (see the loop in Sleep).
        if (Volatile.Read(ref root.Nwait) == 0) return false;

        // Harder case: search for a waiter and wake it.
        root.Mu.Lock();
        if (Volatile.Read(ref root.Nwait) == 0)
        {
            // The count is already consumed by another goroutine, so no need to wake up
            // another goroutine.
            root.Mu.Unlock();
            return false;
        }
        var s = root.Dequeue(key);
        if (s != null) Interlocked.Decrement(ref root.Nwait);
        root.Mu.Unlock();
        if (s == null) return false;

        // May be slow, so unlock first.
        if (handoff && cansemacquire(ref addr)) s.Ticket = 1;
        bool handedOff = s.Ticket == 1;
        parker.Ready(s.G!); // from here on s belongs to the woken goroutine
        return handedOff;
    }

    /// <summary>The waiters queued at (container, index) (for tests and deadlock reports).</summary>
    public int Waiters(object container, int index)
    {
        var key = new SemaKey(container, index);
        var root = RootFor(key);
        root.Mu.Lock();
        int n = 0;
        if (root.Waiting != null && root.Waiting.TryGetValue(key, out var s))
            for (; s != null; s = s.WaitLink) n++;
        root.Mu.Unlock();
        return n;
    }

    private SemaRoot RootFor(in SemaKey key) => semtable[(uint)key.GetHashCode() % semTabSize];

    /// <summary>The counter word of a semaphore address.</summary>
    private static ref long Word(object container, int index)
    {
        if (container is Slot[] slots) return ref slots[index].N;
        if (container is long[] words) return ref words[index];
        throw new ArgumentException($"semaphore address must be in a Slot[] or long[], not {container.GetType().Name}", nameof(container));
    }

    private static bool cansemacquire(ref long addr)
    {
        for (;;)
        {
            long v = Volatile.Read(ref addr);
            if (v == 0) return false;
            if (Interlocked.CompareExchange(ref addr, v - 1, v) == v) return true;
        }
    }

    /// <summary>atomic.Xadd(addr, 1) on a uint32 counter (wraps at 32 bits).</summary>
    private static void xadd1(ref long addr)
    {
        for (;;)
        {
            long v = Volatile.Read(ref addr);
            if (Interlocked.CompareExchange(ref addr, (uint)(v + 1), v) == v) return;
        }
    }

    /// <summary>A semaphore address: reference identity of the container plus the index.</summary>
    private readonly struct SemaKey(object container, int index) : IEquatable<SemaKey>
    {
        public readonly object Container = container;
        public readonly int Index = index;

        public bool Equals(SemaKey o) => ReferenceEquals(Container, o.Container) && Index == o.Index;
        public override bool Equals(object? o) => o is SemaKey k && Equals(k);
        public override int GetHashCode() => (RuntimeHelpers.GetHashCode(Container) * 31) ^ Index;
    }

    /// <summary>
    /// Go's semaRoot: the waiters of the addresses that hash to it. Go keeps a balanced tree of
    /// the distinct addresses, each with its list of waiters; here a dictionary holds, per
    /// address, the first waiter, which links the others through WaitLink (and the last
    /// through WaitTail).
    /// </summary>
    private sealed class SemaRoot
    {
        public RuntimeMutex Mu;
        public Dictionary<SemaKey, Sudog>? Waiting;
        public int Nwait; // Number of waiters. Read w/o the lock.
        public readonly Action Unlockf;

        public SemaRoot() { Unlockf = () => Mu.Unlock(); }

        /// <summary>Adds s to the list of waiters at key: last, or first when lifo.</summary>
        public void Queue(SemaKey key, Sudog s, bool lifo)
        {
            s.WaitLink = null;
            s.WaitTail = null;
            Waiting ??= [];
            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(Waiting, key, out bool exists);
            if (!exists)
            {
                t = s;
                return;
            }
            // Already have addr in list.
            var first = t!;
            if (lifo)
            {
                // Substitute s in first's place; add first at the front of s's wait list.
                s.WaitLink = first;
                s.WaitTail = first.WaitTail ?? first;
                first.WaitTail = null;
                t = s;
            }
            else
            {
                // Add s to end of first's wait list.
                if (first.WaitTail == null) first.WaitLink = s;
                else first.WaitTail.WaitLink = s;
                first.WaitTail = s;
            }
        }

        /// <summary>Takes the first waiter at key, or null.</summary>
        public Sudog? Dequeue(SemaKey key)
        {
            if (Waiting == null) return null;
            ref var s = ref CollectionsMarshal.GetValueRefOrNullRef(Waiting, key);
            if (Unsafe.IsNullRef(ref s)) return null;
            var found = s;
            var t = found.WaitLink;
            if (t != null)
            {
                // Substitute t, also waiting on addr, for s.
                t.WaitTail = t.WaitLink != null ? found.WaitTail : null;
                s = t;
            }
            else Waiting.Remove(key);
            found.WaitLink = null;
            found.WaitTail = null;
            return found;
        }
    }
}
