namespace Minigo.Runtime;

/// <summary>
/// Go's waitq: a FIFO of sudogs blocked on a channel (its recvq or sendq), doubly linked
/// through Next/Prev so that a select can take its sudog out of the middle. Protected by the
/// channel's lock; First is also read without it by the non-blocking fast paths.
/// </summary>
internal struct WaitQ
{
    public Sudog? First;
    public Sudog? Last;

    public void Enqueue(Sudog sgp)
    {
        sgp.Next = null;
        var x = Last;
        if (x == null)
        {
            sgp.Prev = null;
            Volatile.Write(ref First, sgp);
            Last = sgp;
            return;
        }
        sgp.Prev = x;
        x.Next = sgp;
        Last = sgp;
    }

    /// <summary>
    /// Takes the first waiter, skipping selects that another case has already won. A goroutine
    /// put on this queue by a select has a small window between being woken by a different
    /// case and grabbing the channel locks to remove itself; SelectDone (on the head of its
    /// waiting list) tells us someone else has won the race to signal it.
    /// </summary>
    public Sudog? Dequeue()
    {
        for (;;)
        {
            var sgp = First;
            if (sgp == null) return null;
            var y = sgp.Next;
            if (y == null)
            {
                Volatile.Write(ref First, null);
                Last = null;
            }
            else
            {
                y.Prev = null;
                Volatile.Write(ref First, y);
                sgp.Next = null; // mark as removed (see DequeueSudoG)
            }

            if (sgp.IsSelect)
            {
                var waiting = (Sudog)sgp.G!.WaitingOn!;
                if (Interlocked.CompareExchange(ref waiting.SelectDone, 1, 0) != 0)
                    continue; // We lost the race to wake this goroutine.
            }
            return sgp;
        }
    }

    /// <summary>Removes sgp wherever it is; does nothing if Dequeue already removed it.</summary>
    public void DequeueSudoG(Sudog sgp)
    {
        var x = sgp.Prev;
        var y = sgp.Next;
        if (x != null)
        {
            if (y != null)
            {
                // middle of queue
                x.Next = y;
                y.Prev = x;
                sgp.Next = null;
                sgp.Prev = null;
                return;
            }
            // end of queue
            x.Next = null;
            Last = x;
            sgp.Prev = null;
            return;
        }
        if (y != null)
        {
            // start of queue
            y.Prev = null;
            Volatile.Write(ref First, y);
            sgp.Next = null;
            return;
        }
        // x == y == null. Either sgp is the only element in the queue, or it has already
        // been removed. Use First to disambiguate.
        if (First == sgp)
        {
            Volatile.Write(ref First, null);
            Last = null;
        }
    }
}
