using System.Runtime.CompilerServices;

namespace Minigo.Runtime;

/// <summary>One case of a select statement (Go's scase): a channel (nil: the case never fires), a direction, a value to send.</summary>
public struct SelectCase
{
    public Chan? C;
    public bool IsSend;
    /// <summary>The value to send (send cases).</summary>
    public Slot Elem;

    public static SelectCase Send(Chan? c, in Slot v) => new() { C = c, IsSend = true, Elem = v };
    public static SelectCase Recv(Chan? c) => new() { C = c };
}

// This file contains the implementation of Go's select statements (Go's runtime/select.go).
public sealed partial class Chan
{
    /// <summary>Go caps a select at 65536 cases (its orders are uint16).</summary>
    public const int MaxSelectCases = 1 << 16;

    /// <summary>
    /// Go's selectgo. Cases may come in any order; a nil channel's case never fires.
    /// Completed: <paramref name="chosen"/> is the index of the case that ran; for a receive
    /// case <paramref name="recv"/> and <paramref name="recvOK"/> are its results.
    /// WouldBlock (only when !block, i.e. the select has a default): no case was ready,
    /// chosen is -1. Parked: call <see cref="CompleteSelect"/> when g runs again. A select
    /// with no cases and no default (`select {}`) parks forever.
    /// Panics "send on closed channel" if the chosen case sends on a closed channel.
    /// </summary>
    public static ChanOpResult Select(IParker p, G g, ReadOnlySpan<SelectCase> cases, bool block,
                                      out int chosen, out Slot recv, out bool recvOK)
    {
        chosen = -1;
        recv = default;
        recvOK = false;
        int ncases = cases.Length;
        if (ncases > MaxSelectCases) throw new ArgumentOutOfRangeException(nameof(cases), "select with more than 65536 cases");
        if (ncases == 0)
        {
            if (!block) return ChanOpResult.WouldBlock;
            Block(p, g);
            return ChanOpResult.Parked;
        }

        Span<ushort> order = ncases <= 64 ? stackalloc ushort[2 * ncases] : new ushort[2 * ncases];
        var pollorder = order[..ncases];
        var lockorder = order[ncases..];

        // Generate the permuted order, omitting cases without channels from the poll and lock
        // orders: an inside-out Fisher-Yates shuffle, as Go's.
        int norder = 0;
        for (int i = 0; i < ncases; i++)
        {
            if (cases[i].C == null) continue;
            int j = (int)cheaprandn((uint)(norder + 1));
            pollorder[norder] = pollorder[j];
            pollorder[j] = (ushort)i;
            norder++;
        }
        pollorder = pollorder[..norder];
        lockorder = lockorder[..norder];

        SortLockOrder(cases, pollorder, lockorder);

        // lock all the channels involved in the select
        sellock(cases, lockorder);

        // pass 1 - look for something already waiting
        foreach (int casi in pollorder)
        {
            ref readonly var cas = ref cases[casi];
            var c = cas.C!;
            if (!cas.IsSend)
            {
                var sg = c.sendq.Dequeue();
                if (sg != null)
                {
                    // can receive from sleeping sender (sg)
                    c.recv(sg, out recv);
                    selunlock(cases, lockorder);
                    c.ReadyWaiter(sg, success: true);
                    recvOK = true;
                }
                else if (c.qcount > 0)
                {
                    // can receive from buffer
                    recv = c.buf[c.recvx];
                    c.buf[c.recvx] = default;
                    if (++c.recvx == c.dataqsiz) c.recvx = 0;
                    Volatile.Write(ref c.qcount, c.qcount - 1);
                    selunlock(cases, lockorder);
                    recvOK = true;
                }
                else if (c.closed != 0)
                {
                    // read at end of closed channel
                    selunlock(cases, lockorder);
                    recv = c.Zero();
                    recvOK = false;
                }
                else continue;
            }
            else
            {
                if (c.closed != 0)
                {
                    // send on closed channel
                    selunlock(cases, lockorder);
                    throw PlainPanic("send on closed channel");
                }
                var sg = c.recvq.Dequeue();
                if (sg != null)
                {
                    // can send to a sleeping receiver (sg)
                    send(sg, c.Copy(cas.Elem));
                    selunlock(cases, lockorder);
                    c.ReadyWaiter(sg, success: true);
                }
                else if (c.qcount < c.dataqsiz)
                {
                    // can send to buffer
                    c.buf[c.sendx] = c.Copy(cas.Elem);
                    if (++c.sendx == c.dataqsiz) c.sendx = 0;
                    Volatile.Write(ref c.qcount, c.qcount + 1);
                    selunlock(cases, lockorder);
                }
                else continue;
            }
            chosen = casi;
            return ChanOpResult.Completed;
        }

        if (!block)
        {
            selunlock(cases, lockorder);
            return ChanOpResult.WouldBlock;
        }

        // pass 2 - enqueue on all chans, building g's waiting list in lock order
        Sudog? head = null, last = null;
        foreach (int casi in lockorder)
        {
            ref readonly var cas = ref cases[casi];
            var c = cas.C!;
            var sg = Sudog.Acquire();
            sg.G = g;
            sg.IsSelect = true;
            sg.C = c;
            sg.CaseIndex = casi;
            sg.IsSendCase = cas.IsSend;
            if (cas.IsSend) sg.Elem = c.Copy(cas.Elem);
            if (head == null) head = sg; else last!.WaitLink = sg;
            last = sg;
            if (cas.IsSend) c.sendq.Enqueue(sg);
            else c.recvq.Enqueue(sg);
        }

        // wait for someone to wake us up
        g.WaitingOn = head;
        g.Param = default;
        // Every case has a nil channel: park forever, with nothing to unlock.
        p.Park(g, WaitReason.Select, head?.ParkCommit);
        return ChanOpResult.Parked;
    }

    /// <summary>
    /// Finishes a select that returned Parked: relocks its channels, takes its sudogs off the
    /// channels that did not fire (otherwise they stack up on quiet channels) and returns the
    /// index of the case that did. Panics "send on closed channel" if that case was a send
    /// woken by close.
    /// </summary>
    public static int CompleteSelect(G g, out Slot recv, out bool recvOK)
    {
        if (g.WaitingOn is not Sudog head || head.G != g || !head.IsSelect)
            throw new GoFatal("G waiting list is corrupted");

        // sellock, walking the waiting list (it is in lock order)
        Chan? lastc = null;
        for (var sg1 = head; sg1 != null; sg1 = sg1.WaitLink)
        {
            if (sg1.C != lastc) sg1.C!.Lock();
            lastc = sg1.C;
        }

        head.SelectDone = 0;
        var sg = head.Param;
        head.Param = null;
        g.WaitingOn = null;

        // pass 3 - dequeue from unsuccessful chans and record the successful case.
        int casi = -1;
        bool caseSend = false, caseSuccess = false;
        Chan? casc = null;
        for (var sglist = head; sglist != null; sglist = sglist.WaitLink)
        {
            sglist.IsSelect = false;
            var c = sglist.C!;
            if (sglist == sg)
            {
                // sg has already been dequeued by the G that woke us up.
                casi = sglist.CaseIndex;
                caseSend = sglist.IsSendCase;
                caseSuccess = sglist.Success;
                casc = c;
            }
            else if (sglist.IsSendCase) c.sendq.DequeueSudoG(sglist);
            else c.recvq.DequeueSudoG(sglist);
        }

        // selunlock, then recycle the sudogs: every one is off its queue and ours alone.
        lastc = null;
        for (var sglist = head; sglist != null; sglist = sglist.WaitLink)
        {
            if (sglist.C != lastc && lastc != null) lastc.Unlock();
            lastc = sglist.C;
        }
        lastc!.Unlock();
        for (var sglist = head; sglist != null;)
        {
            var next = sglist.WaitLink;
            sglist.WaitLink = null;
            sglist.C = null;
            sglist.Elem = default;
            Sudog.Release(sglist);
            sglist = next;
        }

        if (casc == null) throw new GoFatal("selectgo: bad wakeup");

        recv = default;
        recvOK = false;
        if (caseSend)
        {
            if (!caseSuccess) throw PlainPanic("send on closed channel");
        }
        else
        {
            recvOK = caseSuccess;
            recv = caseSuccess ? g.Param : casc.Zero();
            g.Param = default;
        }
        return casi;
    }

    /// <summary>Go's block: `select {}` parks forever.</summary>
    public static void Block(IParker p, G g) => p.Park(g, WaitReason.SelectNoCases, null);

    /// <summary>A copy of a sent value, as its own (aggregates are cloned).</summary>
    private Slot Copy(in Slot v) => elemIsAggregate ? ElemType.Clone(v) : v;

    /// <summary>
    /// Sorts the cases by channel Id to get the locking order: a heap sort, to guarantee
    /// n log n time and constant stack footprint, started from the poll order so that cases
    /// on the same channel are permuted too.
    /// </summary>
    private static void SortLockOrder(ReadOnlySpan<SelectCase> scases, ReadOnlySpan<ushort> pollorder, Span<ushort> lockorder)
    {
        for (int i = 0; i < lockorder.Length; i++)
        {
            int j = i;
            var c = scases[pollorder[i]].C!;
            while (j > 0 && scases[lockorder[(j - 1) / 2]].C!.Id < c.Id)
            {
                int k = (j - 1) / 2;
                lockorder[j] = lockorder[k];
                j = k;
            }
            lockorder[j] = pollorder[i];
        }
        for (int i = lockorder.Length - 1; i >= 0; i--)
        {
            ushort o = lockorder[i];
            var c = scases[o].C!;
            lockorder[i] = lockorder[0];
            int j = 0;
            for (;;)
            {
                int k = j * 2 + 1;
                if (k >= i) break;
                if (k + 1 < i && scases[lockorder[k]].C!.Id < scases[lockorder[k + 1]].C!.Id) k++;
                if (c.Id < scases[lockorder[k]].C!.Id)
                {
                    lockorder[j] = lockorder[k];
                    j = k;
                    continue;
                }
                break;
            }
            lockorder[j] = o;
        }
    }

    private static void sellock(ReadOnlySpan<SelectCase> scases, ReadOnlySpan<ushort> lockorder)
    {
        Chan? c = null;
        foreach (var o in lockorder)
        {
            var c0 = scases[o].C;
            if (c0 != c)
            {
                c = c0;
                c!.Lock();
            }
        }
    }

    private static void selunlock(ReadOnlySpan<SelectCase> scases, ReadOnlySpan<ushort> lockorder)
    {
        for (int i = lockorder.Length - 1; i >= 0; i--)
        {
            var c = scases[lockorder[i]].C!;
            if (i > 0 && c == scases[lockorder[i - 1]].C) continue; // will unlock it on the next iteration
            c.Unlock();
        }
    }

    // Go's cheaprand (wyrand), per thread as Go's is per M.
    [ThreadStatic] private static ulong randState;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint cheaprand()
    {
        if (randState == 0) randState = (ulong)Random.Shared.NextInt64() | 1;
        randState += 0xa0761d6478bd642f;
        ulong hi = Math.BigMul(randState, randState ^ 0xe7037ed1a0b428db, out ulong lo);
        return (uint)(hi ^ lo);
    }

    /// <summary>A uniformly distributed number in [0, n), by Lemire's multiply-shift.</summary>
    private static uint cheaprandn(uint n) => (uint)(((ulong)cheaprand() * n) >> 32);
}
