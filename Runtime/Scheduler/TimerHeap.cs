namespace Minigo.Runtime;

/// <summary>
/// A P's timers (Go's timers: a 4-ary min-heap on when, under the heap's lock). The earliest
/// when is mirrored in a field read without the lock, so that the scheduler's check on every
/// schedule costs one load when nothing is due. Timer functions run with the lock released,
/// as in Go, so they may add, stop or reset timers.
/// </summary>
internal sealed class TimerHeap
{
    private const int HeapN = 4;

    public readonly Lock Mu = new();
    private RuntimeTimer[] heap = [];
    private int count;
    private long minWhen;

    /// <summary>Number of pending timers (read without the lock by checkdead and schedtrace).</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Go's wakeTime: when the earliest timer is due, 0 if there is none.</summary>
    public long WakeTime => Volatile.Read(ref minWhen);

    /// <summary>Adds t, due at t.when, on behalf of owner. Holding Mu.</summary>
    public void Add(RuntimeTimer t, P owner)
    {
        if (count == heap.Length) Array.Resize(ref heap, Math.Max(8, heap.Length * 2));
        heap[count] = t;
        t.index = count;
        Volatile.Write(ref count, count + 1);
        t.pp = owner;
        SiftUp(t.index);
        UpdateMin();
    }

    /// <summary>Removes a timer this heap holds. Holding Mu.</summary>
    public void Remove(RuntimeTimer t)
    {
        RemoveAt(t.index);
        UpdateMin();
    }

    /// <summary>
    /// Runs the timers due by now (Go's timers.run loop); returns whether any ran and, in
    /// next, when the next one is due (0 if none). Takes Mu itself.
    /// </summary>
    public bool Run(long now, Scheduler sched, out long next)
    {
        bool ran = false;
        Mu.Enter();
        try
        {
            while (count > 0)
            {
                var t = heap[0];
                long when = t.when;
                if (when > now) break;
                long delay = now - when;
                if (t.period > 0)
                {
                    // A ticker stays in the heap, due at its next period after now.
                    long next1 = when + t.period * (1 + delay / t.period);
                    t.when = next1 < when ? long.MaxValue : next1;
                    SiftDown(0);
                }
                else RemoveAt(0);
                UpdateMin();
                Mu.Exit();
                try
                {
                    sched.fireTimer(t, delay);
                }
                finally
                {
                    Mu.Enter();
                }
                ran = true;
            }
            next = count > 0 ? heap[0].when : 0;
        }
        finally
        {
            Mu.Exit();
        }
        return ran;
    }

    /// <summary>Moves every timer to target (a P being destroyed hands its timers on). The world is stopped.</summary>
    public void MoveAllTo(TimerHeap target, P targetP)
    {
        lock (Mu)
            lock (target.Mu)
            {
                for (int i = 0; i < count; i++) target.Add(heap[i], targetP);
                Array.Clear(heap, 0, count);
                Volatile.Write(ref count, 0);
                UpdateMin();
            }
    }

    private void RemoveAt(int i)
    {
        var t = heap[i];
        int last = count - 1;
        if (i != last)
        {
            heap[i] = heap[last];
            heap[i].index = i;
        }
        heap[last] = null!;
        Volatile.Write(ref count, last);
        t.pp = null;
        t.index = -1;
        if (i < last)
        {
            var moved = heap[i];
            SiftUp(i);
            SiftDown(moved.index);
        }
    }

    private void UpdateMin() => Volatile.Write(ref minWhen, count > 0 ? heap[0].when : 0);

    private void SiftUp(int i)
    {
        var t = heap[i];
        long when = t.when;
        while (i > 0)
        {
            int parent = (i - 1) / HeapN;
            if (when >= heap[parent].when) break;
            heap[i] = heap[parent];
            heap[i].index = i;
            i = parent;
        }
        heap[i] = t;
        t.index = i;
    }

    private void SiftDown(int i)
    {
        int n = count;
        if (i * HeapN + 1 >= n) return;
        var t = heap[i];
        long when = t.when;
        while (true)
        {
            int leftChild = i * HeapN + 1;
            if (leftChild >= n) break;
            long w = when;
            int c = -1;
            for (int j = leftChild; j < Math.Min(leftChild + HeapN, n); j++)
            {
                if (heap[j].when < w)
                {
                    w = heap[j].when;
                    c = j;
                }
            }
            if (c < 0) break;
            heap[i] = heap[c];
            heap[i].index = i;
            i = c;
        }
        heap[i] = t;
        t.index = i;
    }
}
