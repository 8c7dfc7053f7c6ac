namespace Minigo.Runtime;

/// <summary>
/// Go's notifyList (runtime/sema.go), the ticket-based wait list under sync.Cond. A waiter
/// takes a ticket with Add (before releasing the Cond's lock), then Waits with it; NotifyOne
/// wakes the holder of the oldest unnotified ticket, NotifyAll every ticket taken so far. A
/// notification that comes between Add and Wait is not lost: Wait returns at once.
///
/// Protocol: Wait returns Completed or Parked; after Parked, when the goroutine runs again,
/// call CompleteWait.
/// </summary>
public sealed class NotifyList
{
    // wait is the ticket number of the next waiter. It is atomically incremented outside the lock.
    private uint wait;

    // notify is the ticket number of the next waiter to be notified. It can be read outside
    // the lock, but is only written to with the lock held.
    //
    // Both wait & notify can wrap around, and such cases will be correctly handled as long as
    // their "unwrapped" difference is bounded by 2^31. For this not to be the case, we'd need
    // to have 2^31+ goroutines blocked on the same condvar.
    private uint notify;

    // List of parked waiters, linked through Next.
    private RuntimeMutex mu;
    private Sudog? head;
    private Sudog? tail;

    private readonly IParker parker;
    private readonly Action unlockf;

    public NotifyList(IParker parker)
    {
        this.parker = parker;
        unlockf = () => mu.Unlock();
    }

    /// <summary>
    /// The notify list stored in the Slot at (container, index), created on first use: the
    /// zero value of a sync.Cond's notify field is an empty list.
    /// </summary>
    public static NotifyList At(IParker parker, object container, int index)
    {
        ref var slot = ref ((Slot[])container)[index];
        if (Volatile.Read(ref slot.R) is NotifyList l) return l;
        var fresh = new NotifyList(parker);
        return Interlocked.CompareExchange(ref slot.R, fresh, null) as NotifyList ?? fresh;
    }

    /// <summary>less checks if a &lt; b, considering a &amp; b running counts that may overflow the 32-bit range.</summary>
    private static bool less(uint a, uint b) => (int)(a - b) < 0;

    /// <summary>
    /// Go's notifyListAdd: adds the caller to the list such that it can receive
    /// notifications. The caller must eventually call Wait with the returned ticket.
    /// May be called concurrently (sync.Cond.Wait while holding an RWMutex in read mode).
    /// </summary>
    public uint Add() => Interlocked.Increment(ref wait) - 1;

    /// <summary>Go's notifyListWait: waits for a notification of ticket t, unless it already came.</summary>
    public ChanOpResult Wait(G g, uint t)
    {
        mu.Lock();
        // Return right away if this ticket has already been notified.
        if (less(t, notify))
        {
            mu.Unlock();
            return ChanOpResult.Completed;
        }

        // Enqueue itself.
        var s = Sudog.Acquire();
        s.G = g;
        s.Ticket = t;
        if (tail == null) head = s;
        else tail.Next = s;
        tail = s;
        g.WaitingOn = s;
        parker.Park(g, WaitReason.SyncCondWait, unlockf);
        return ChanOpResult.Parked;
    }

    /// <summary>Finishes a Wait that returned Parked.</summary>
    public static void CompleteWait(G g)
    {
        if (g.WaitingOn is not Sudog s || s.G != g) throw new GoFatal("G waiting list is corrupted");
        g.WaitingOn = null;
        Sudog.Release(s);
    }

    /// <summary>Go's notifyListNotifyAll: notifies all entries in the list.</summary>
    public void NotifyAll()
    {
        // Fast-path: if there are no new waiters since the last notification we don't need
        // to acquire the lock.
        if (Volatile.Read(ref wait) == Volatile.Read(ref notify)) return;

        // Pull the list out into a local variable, waiters will be readied outside the lock.
        mu.Lock();
        var s = head;
        head = null;
        tail = null;

        // Update the next ticket to be notified. We can set it to the current value of wait
        // because any previous waiters are already in the list or will notice that they have
        // already been notified when trying to add themselves to the list.
        Volatile.Write(ref notify, Volatile.Read(ref wait));
        mu.Unlock();

        // Go through the local list and ready all waiters.
        while (s != null)
        {
            var next = s.Next;
            s.Next = null;
            parker.Ready(s.G!);
            s = next;
        }
    }

    /// <summary>Go's notifyListNotifyOne: notifies one entry in the list.</summary>
    public void NotifyOne()
    {
        // Fast-path: if there are no new waiters since the last notification we don't need
        // to acquire the lock at all.
        if (Volatile.Read(ref wait) == Volatile.Read(ref notify)) return;

        mu.Lock();

        // Re-check under the lock if we need to do anything.
        uint t = notify;
        if (t == Volatile.Read(ref wait))
        {
            mu.Unlock();
            return;
        }

        // Update the next notify ticket number.
        Volatile.Write(ref notify, t + 1);

        // Try to find the g that needs to be notified. If it hasn't made it to the list yet
        // we won't find it, but it won't park itself once it sees the new notify number.
        //
        // This scan looks linear but essentially always stops quickly. Because g's queue
        // separately from taking numbers, there may be minor reorderings in the list, but we
        // expect the g we're looking for to be near the front. The g has others in front of
        // it on the list only to the extent that it lost the race, so the iteration will not
        // be too long. This applies even when the g is missing: it hasn't yet gotten to sleep
        // and has lost the race to the (few) other g's that we find on the list.
        for (Sudog? p = null, s = head; s != null; p = s, s = s.Next)
        {
            if (s.Ticket == t)
            {
                var n = s.Next;
                if (p != null) p.Next = n;
                else head = n;
                if (n == null) tail = p;
                mu.Unlock();
                s.Next = null;
                parker.Ready(s.G!);
                return;
            }
        }
        mu.Unlock();
    }
}
