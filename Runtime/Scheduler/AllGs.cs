namespace Minigo.Runtime;

/// <summary>
/// The live goroutines (Go's allgs): for the deadlock report, scheddetail and NumGoroutine.
/// Go keeps dead G's for reuse; ours are dropped at exit so that a finished goroutine's stack
/// can be collected, hence slots with a free list. Go guards allgs with one lock; here the
/// registry is striped by thread (each M is a thread) so that M's spawning and finishing
/// goroutines at once rarely meet on the same lock.
/// </summary>
internal sealed class AllGs
{
    private const int StripeBits = 4;
    private const int SlotBits = 32 - StripeBits - 1;

    private readonly Stripe[] stripes;

    public AllGs()
    {
        stripes = new Stripe[1 << StripeBits];
        for (int i = 0; i < stripes.Length; i++) stripes[i] = new Stripe();
    }

    public int Count
    {
        get
        {
            int n = 0;
            foreach (var s in stripes) n += Volatile.Read(ref s.Count);
            return n;
        }
    }

    public void Add(G gp)
    {
        int si = Environment.CurrentManagedThreadId & ((1 << StripeBits) - 1);
        var s = stripes[si];
        lock (s.Lock)
        {
            int slot;
            if (s.FreeCount > 0) slot = s.Free[--s.FreeCount];
            else
            {
                if (s.Used == s.Slots.Length)
                {
                    if (s.Used == 1 << SlotBits) throw new InvalidOperationException("too many goroutines");
                    Array.Resize(ref s.Slots, s.Slots.Length * 2);
                }
                slot = s.Used++;
            }
            s.Slots[slot] = gp;
            s.Count++;
            gp.allgSlot = si << SlotBits | slot;
        }
    }

    public void Remove(G gp)
    {
        int id = gp.allgSlot;
        if (id < 0) return;
        var s = stripes[id >> SlotBits];
        int slot = id & ((1 << SlotBits) - 1);
        lock (s.Lock)
        {
            s.Slots[slot] = null;
            if (s.FreeCount == s.Free.Length) Array.Resize(ref s.Free, s.Free.Length * 2);
            s.Free[s.FreeCount++] = slot;
            s.Count--;
            gp.allgSlot = -1;
        }
    }

    /// <summary>The live goroutines in creation order (Go's forEachG walks allgs so).</summary>
    public List<G> Snapshot()
    {
        var all = new List<G>();
        foreach (var s in stripes)
            lock (s.Lock)
                for (int i = 0; i < s.Used; i++)
                    if (s.Slots[i] is { } g) all.Add(g);
        all.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return all;
    }

    /// <summary>True if some live goroutine satisfies the predicate (checkdead's scan, without a snapshot).</summary>
    public bool Any(Func<G, bool> predicate)
    {
        foreach (var s in stripes)
            lock (s.Lock)
                for (int i = 0; i < s.Used; i++)
                    if (s.Slots[i] is { } g && predicate(g)) return true;
        return false;
    }

    private sealed class Stripe
    {
        public readonly Lock Lock = new();
        public G?[] Slots = new G?[64];
        public int[] Free = new int[64];
        public int FreeCount;
        public int Used;
        public int Count;
    }
}
