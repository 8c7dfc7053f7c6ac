namespace Minigo.Runtime;

// This file contains the implementation of Go channels (Go's runtime/chan.go).
//
// Protocol with the VM (and any native code): every blocking operation is non-blocking-or-park.
//
//   r = c.Send(g, v, block)            -> Completed | WouldBlock (only when !block) | Parked
//   r = c.Recv(g, out v, out ok, block)
//   r = Chan.Select(p, g, cases, block, out i, out v, out ok)   (select.go, in Select.cs)
//
// Parked means: g has been queued on the channel(s) and IParker.Park has been called, with
// the channel lock still held. The caller returns SliceResult.Parked at once (saving its pc
// so that it resumes *after* the operation); the scheduler marks g waiting and only then
// releases the lock (Go's gopark with chanparkcommit). When g runs again it has been woken
// by the goroutine that completed its operation, and the VM finishes it with exactly one of
//
//   Chan.CompleteSend(g)                     -> panics "send on closed channel" if woken by close
//   Chan.CompleteRecv(g, out v, out ok)      -> the value (zero and ok=false if woken by close)
//   Chan.CompleteSelect(g, out v, out ok)    -> the chosen case's index
//
// A nil channel is a null reference: the static ChanSend/ChanRecv/CloseChan/ChanLen/ChanCap
// take a Chan? and handle it (a nil channel blocks forever; its Complete* is never called).
//
// Values: a sent aggregate (struct, array) is copied on the way in, so the sender may change
// its variable afterwards; a received value belongs to the receiver (store it or move it).
// Panics are GoPanic with Go's plainError values ("send on closed channel", ...).

/// <summary>
/// A Go channel (Go's hchan): a ring buffer of Slots, queues of waiting senders and
/// receivers, a closed flag, all under one lock. A value sent to a waiting receiver is handed
/// to it directly.
/// </summary>
public sealed partial class Chan
{
    // Invariants:
    //  At least one of sendq and recvq is empty, except for the case of an unbuffered channel
    //  with a single goroutine blocked on it for both sending and receiving using a select
    //  statement, in which case the length of sendq and recvq is limited only by the size of
    //  the select statement.
    //
    // For buffered channels, also:
    //  qcount > 0 implies that recvq is empty.
    //  qcount < dataqsiz implies that sendq is empty.

    private int qcount;             // total data in the queue
    private readonly int dataqsiz;  // size of the circular queue
    private readonly Slot[] buf;    // the circular queue: dataqsiz elements
    private int closed;
    private int sendx;              // send index
    private int recvx;              // receive index
    private WaitQ recvq;            // list of recv waiters
    private WaitQ sendq;            // list of send waiters

    // mu (Go's hchan.lock) protects all fields in the channel, as well as several fields in
    // sudogs blocked on this channel.
    //
    // Do not change another G's status while holding this lock (in particular, do not ready
    // a G): Ready runs only after the lock is released.
    private RuntimeMutex mu;

    public readonly RType ElemType;
    /// <summary>Unique and increasing: the order in which select locks channels (Go sorts by address).</summary>
    public readonly long Id;
    private readonly IParker parker;
    private readonly bool elemIsAggregate;
    private readonly bool elemNeedsInit;

    private static long lastId;

    public Chan(RType elemType, int size, IParker parker)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ElemType = elemType;
        dataqsiz = size;
        buf = size == 0 ? [] : new Slot[size];
        this.parker = parker;
        elemIsAggregate = elemType.IsAggregate;
        elemNeedsInit = elemType.NeedsInit;
        Id = Interlocked.Increment(ref lastId);
    }

    /// <summary>Go's makechan: make(chan T, size).</summary>
    public static Chan Make(RType elemType, long size, IParker parker)
    {
        if (size < 0 || size > Array.MaxLength) throw PlainPanic("makechan: size out of range");
        return new Chan(elemType, (int)size, parker);
    }

    /// <summary>len(c): the number of buffered elements (read without the lock, as Go does).</summary>
    public int Len => Volatile.Read(ref qcount);
    /// <summary>cap(c).</summary>
    public int Cap => dataqsiz;

    public static int ChanLen(Chan? c) => c?.Len ?? 0;
    public static int ChanCap(Chan? c) => c?.Cap ?? 0;

    internal void Lock() => mu.Lock();
    internal void Unlock() => mu.Unlock();

    // ---- send ----

    /// <summary>
    /// Go's chansend: c &lt;- v. Completed, WouldBlock (only when !block), or Parked (then
    /// call <see cref="CompleteSend"/> when g runs again). Panics on a closed channel.
    /// </summary>
    public ChanOpResult Send(G g, in Slot v, bool block)
    {
        // Fast path: check for failed non-blocking operation without acquiring the lock.
        //
        // After observing that the channel is not closed, we observe that the channel is not
        // ready for sending. Each of these observations is a single word-sized read, and a
        // channel cannot change from not-ready to ready between them (a closed channel does
        // not become unclosed), so the answer is that of some moment between the two reads.
        if (!block && Volatile.Read(ref closed) == 0 && Full()) return ChanOpResult.WouldBlock;

        var val = elemIsAggregate ? ElemType.Clone(v) : v;
        mu.Lock();
        if (closed != 0)
        {
            mu.Unlock();
            throw PlainPanic("send on closed channel");
        }

        var sg = recvq.Dequeue();
        if (sg != null)
        {
            // Found a waiting receiver. We pass the value we want to send directly to the
            // receiver, bypassing the channel buffer (if any).
            send(sg, val);
            mu.Unlock();
            ReadyWaiter(sg, success: true);
            return ChanOpResult.Completed;
        }

        if (qcount < dataqsiz)
        {
            // Space is available in the channel buffer. Enqueue the element to send.
            buf[sendx] = val;
            if (++sendx == dataqsiz) sendx = 0;
            Volatile.Write(ref qcount, qcount + 1);
            mu.Unlock();
            return ChanOpResult.Completed;
        }

        if (!block)
        {
            mu.Unlock();
            return ChanOpResult.WouldBlock;
        }

        // Block on the channel. Some receiver will complete our operation for us.
        var mysg = Sudog.Acquire();
        mysg.Elem = val;
        mysg.G = g;
        mysg.C = this;
        g.WaitingOn = mysg;
        sendq.Enqueue(mysg);
        parker.Park(g, WaitReason.ChanSend, mysg.ParkCommit);
        return ChanOpResult.Parked;
    }

    /// <summary>Finishes a send that returned Parked: someone woke us up.</summary>
    public static void CompleteSend(G g)
    {
        var mysg = TakeWaiting(g);
        bool wasClosed = !mysg.Success;
        var c = mysg.C!;
        mysg.C = null;
        Sudog.Release(mysg);
        if (wasClosed)
        {
            if (Volatile.Read(ref c.closed) == 0) throw new GoFatal("chansend: spurious wakeup");
            throw PlainPanic("send on closed channel");
        }
    }

    /// <summary>
    /// Go's selectnbsend for a sender that is no goroutine (a timer sending the time): sends
    /// v if a receiver waits or the buffer has room, else does nothing. False if not sent.
    /// </summary>
    public bool TrySend(in Slot v) => Send(null!, v, block: false) == ChanOpResult.Completed;

    /// <summary>c &lt;- v where c may be nil (a nil channel blocks forever).</summary>
    public static ChanOpResult ChanSend(IParker p, Chan? c, G g, in Slot v, bool block)
    {
        if (c != null) return c.Send(g, v, block);
        if (!block) return ChanOpResult.WouldBlock;
        p.Park(g, WaitReason.ChanSendNilChan, null);
        return ChanOpResult.Parked;
    }

    /// <summary>
    /// Go's send: hands val to the waiting receiver sg, which the caller readies after
    /// unlocking (Go's unlockf then goready). The value goes to the receiver's destination.
    /// </summary>
    private static void send(Sudog sg, in Slot val) => sg.G!.Param = val;

    private bool Full()
    {
        // If dataqsiz == 0 (unbuffered) the channel is full unless a receiver waits;
        // otherwise it is full when the buffer is.
        if (dataqsiz == 0) return Volatile.Read(ref recvq.First) == null;
        return Volatile.Read(ref qcount) == dataqsiz;
    }

    // ---- receive ----

    /// <summary>
    /// Go's chanrecv: v, ok := &lt;-c. Completed (v and ok set: ok is false with the zero
    /// value when c is closed and drained), WouldBlock (only when !block), or Parked (then
    /// call <see cref="CompleteRecv"/> when g runs again).
    /// </summary>
    public ChanOpResult Recv(G g, out Slot v, out bool ok, bool block)
    {
        // Fast path: check for failed non-blocking operation without acquiring the lock.
        if (!block && Empty())
        {
            // After observing that the channel is not ready for receiving, we observe whether
            // the channel is closed. Once closed, a channel never reopens, and an empty
            // closed channel stays empty; so if it is still empty after seeing it closed, the
            // receive may report closed.
            if (Volatile.Read(ref closed) == 0)
            {
                v = default;
                ok = false;
                return ChanOpResult.WouldBlock;
            }
            if (Empty())
            {
                v = Zero();
                ok = false;
                return ChanOpResult.Completed;
            }
        }

        mu.Lock();
        if (closed != 0)
        {
            if (qcount == 0)
            {
                mu.Unlock();
                v = Zero();
                ok = false;
                return ChanOpResult.Completed;
            }
            // The channel has been closed, but the buffer has data: receive it.
        }
        else
        {
            var sg = sendq.Dequeue();
            if (sg != null)
            {
                // Found a waiting sender. If the buffer is size 0, receive the value directly
                // from the sender. Otherwise, receive from the head of the queue and add the
                // sender's value to the tail of the queue (both map to the same buffer slot
                // because the queue is full).
                recv(sg, out v);
                mu.Unlock();
                ReadyWaiter(sg, success: true);
                ok = true;
                return ChanOpResult.Completed;
            }
        }

        if (qcount > 0)
        {
            // Receive directly from the queue.
            v = buf[recvx];
            buf[recvx] = default;
            if (++recvx == dataqsiz) recvx = 0;
            Volatile.Write(ref qcount, qcount - 1);
            mu.Unlock();
            ok = true;
            return ChanOpResult.Completed;
        }

        v = default;
        ok = false;
        if (!block)
        {
            mu.Unlock();
            return ChanOpResult.WouldBlock;
        }

        // No sender available: block on this channel.
        var mysg = Sudog.Acquire();
        mysg.G = g;
        mysg.C = this;
        g.WaitingOn = mysg;
        g.Param = default;
        recvq.Enqueue(mysg);
        parker.Park(g, WaitReason.ChanReceive, mysg.ParkCommit);
        return ChanOpResult.Parked;
    }

    /// <summary>Finishes a receive that returned Parked: someone woke us up.</summary>
    public static void CompleteRecv(G g, out Slot v, out bool ok)
    {
        var mysg = TakeWaiting(g);
        var c = mysg.C!;
        ok = mysg.Success;
        v = ok ? g.Param : c.Zero();
        g.Param = default;
        mysg.C = null;
        Sudog.Release(mysg);
    }

    /// <summary>&lt;-c where c may be nil (a nil channel blocks forever).</summary>
    public static ChanOpResult ChanRecv(IParker p, Chan? c, G g, bool block, out Slot v, out bool ok)
    {
        if (c != null) return c.Recv(g, out v, out ok, block);
        v = default;
        ok = false;
        if (!block) return ChanOpResult.WouldBlock;
        p.Park(g, WaitReason.ChanReceiveNilChan, null);
        return ChanOpResult.Parked;
    }

    /// <summary>
    /// Go's recv: takes the value of the waiting sender sg (unbuffered), or the buffer's head
    /// while sg's value refills the tail (buffered and full). The caller unlocks, then readies sg.
    /// </summary>
    private void recv(Sudog sg, out Slot v)
    {
        if (dataqsiz == 0)
        {
            // copy data from sender
            v = sg.Elem;
        }
        else
        {
            // Queue is full. Take the item at the head of the queue. Make the sender enqueue
            // its item at the tail of the queue. Since the queue is full, those are both the
            // same slot.
            v = buf[recvx];
            buf[recvx] = sg.Elem;
            if (++recvx == dataqsiz) recvx = 0;
            sendx = recvx; // sendx = (sendx+1) % dataqsiz
        }
        sg.Elem = default;
    }

    private bool Empty()
    {
        // dataqsiz is immutable. An unbuffered channel is empty unless a sender waits.
        if (dataqsiz == 0) return Volatile.Read(ref sendq.First) == null;
        return Volatile.Read(ref qcount) == 0;
    }

    private Slot Zero() => elemNeedsInit ? ElemType.Zero() : default;

    // ---- close ----

    /// <summary>Go's closechan: close(c). Wakes every waiter: receivers get the zero value, senders panic.</summary>
    public void Close()
    {
        mu.Lock();
        if (closed != 0)
        {
            mu.Unlock();
            throw PlainPanic("close of closed channel");
        }
        Volatile.Write(ref closed, 1);

        Sudog? glist = null; // the woken, linked through Next (Go's gList: readied last-in first-out)

        // release all readers
        for (var sg = recvq.Dequeue(); sg != null; sg = recvq.Dequeue())
        {
            SetWoken(sg, success: false);
            sg.Next = glist;
            glist = sg;
        }

        // release all writers (they will panic)
        for (var sg = sendq.Dequeue(); sg != null; sg = sendq.Dequeue())
        {
            sg.Elem = default;
            SetWoken(sg, success: false);
            sg.Next = glist;
            glist = sg;
        }
        mu.Unlock();

        // Ready all Gs now that we've dropped the channel lock. Read each link before the
        // goroutine can run and recycle its sudog.
        while (glist != null)
        {
            var sg = glist;
            glist = sg.Next;
            sg.Next = null;
            parker.Ready(sg.G!);
        }
    }

    /// <summary>close(c) where c may be nil.</summary>
    public static void CloseChan(Chan? c)
    {
        if (c == null) throw PlainPanic("close of nil channel");
        c.Close();
    }

    // ---- waking ----

    /// <summary>gp.param = sg; sg.success = success: records which operation woke sg's goroutine.</summary>
    private static void SetWoken(Sudog sg, bool success)
    {
        ((Sudog)sg.G!.WaitingOn!).Param = sg;
        sg.Success = success;
    }

    /// <summary>Completes a dequeued waiter's operation and readies it (after the lock is released).</summary>
    private void ReadyWaiter(Sudog sg, bool success)
    {
        SetWoken(sg, success);
        parker.Ready(sg.G!);
    }

    /// <summary>The sudog a woken goroutine waited on (gp.waiting), which it now owns again.</summary>
    private static Sudog TakeWaiting(G g)
    {
        if (g.WaitingOn is not Sudog mysg || mysg.G != g || mysg.IsSelect || mysg.C == null)
            throw new GoFatal("G waiting list is corrupted");
        g.WaitingOn = null;
        mysg.Param = null;
        return mysg;
    }

    /// <summary>A panic with one of Go's plainError values (a runtime.Error printed without "runtime error: ").</summary>
    internal static GoPanic PlainPanic(string text) => new(Iface.Make(RuntimeErrors.PlainErrorType, new Slot(text)));

    public override string ToString() => $"chan {ElemType} (cap {dataqsiz}, len {Len}{(Volatile.Read(ref closed) != 0 ? ", closed" : "")})";
}
