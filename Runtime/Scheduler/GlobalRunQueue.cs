namespace Minigo.Runtime;

/// <summary>
/// Go's sched.runq: the global FIFO of runnable goroutines, linked through G.schedlink so that
/// queueing allocates nothing. Callers hold the scheduler lock, which also guards the idle P
/// and M lists: an M about to go idle checks this queue and gives up its P in one critical
/// section, so work put here can never be stranded. Size is read without the lock as a hint.
/// </summary>
internal sealed class GlobalRunQueue
{
    private G? head;
    private G? tail;
    private int size;

    public int Size => Volatile.Read(ref size);

    /// <summary>globrunqput: at the back.</summary>
    public void Put(G gp)
    {
        gp.schedlink = null;
        if (tail != null) tail.schedlink = gp;
        else head = gp;
        tail = gp;
        Volatile.Write(ref size, size + 1);
    }

    /// <summary>globrunqputhead: at the front (a destroyed P's goroutines keep their turn).</summary>
    public void PutHead(G gp)
    {
        gp.schedlink = head;
        head = gp;
        tail ??= gp;
        Volatile.Write(ref size, size + 1);
    }

    /// <summary>globrunqputbatch: a chain first..last (linked through schedlink) of n goroutines, at the back.</summary>
    public void PutBatch(G first, G last, int n)
    {
        last.schedlink = null;
        if (tail != null) tail.schedlink = first;
        else head = first;
        tail = last;
        Volatile.Write(ref size, size + n);
    }

    public G? Pop()
    {
        var gp = head;
        if (gp == null) return null;
        head = gp.schedlink;
        if (head == null) tail = null;
        gp.schedlink = null;
        Volatile.Write(ref size, size - 1);
        return gp;
    }
}
