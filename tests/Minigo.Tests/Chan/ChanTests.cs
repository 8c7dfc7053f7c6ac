using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Channels;

/// <summary>Channel send, receive and close on a deterministic single-threaded scheduler.</summary>
public class ChanTests
{
    internal static string PanicText(GoPanic p)
    {
        // Go panics with plainError values: runtime.Errors printed without "runtime error: ".
        Assert.Same(RuntimeErrors.PlainErrorType, Iface.TypeOf(p.Value));
        return Iface.ValueOf(p.Value).S;
    }

    internal static readonly RType PointType = new(Kind.Struct)
    {
        Name = "main.Point",
        Fields = [new RField("X", BasicTypes.Int, false, "", true), new RField("Y", BasicTypes.Int, false, "", true)],
    };

    [Fact]
    public void Unbuffered_ReceiverWaits_SenderHandsValueDirectly()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.Int, 0, s);
        var got = new Cell<(Slot V, bool Ok)>();
        var sendResult = new Cell<ChanOpResult>();
        var receiver = s.Go(g => Op.Recv(g, c, got));
        s.Run();
        Assert.Equal(GStatus.Waiting, receiver.Status);
        Assert.Equal(WaitReason.ChanReceive, receiver.WaitReason);

        s.Go(g => { sendResult.Put(c.Send(g, new Slot(42), block: true)); return []; });
        s.Run();
        Assert.Equal(ChanOpResult.Completed, sendResult.Value); // never parked: the receiver was waiting
        Assert.Equal(42, got.Value.V.N);
        Assert.True(got.Value.Ok);
        Assert.True(s.AllDone);
        Assert.Equal(0, c.Len);
    }

    [Fact]
    public void Unbuffered_SenderWaits_ReceiverTakesItsValue()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.String, 0, s);
        var sender = s.Go(g => Op.Send(g, c, new Slot("hello")));
        s.Run();
        Assert.Equal(GStatus.Waiting, sender.Status);
        Assert.Equal(WaitReason.ChanSend, sender.WaitReason);

        var r = new Cell<(ChanOpResult R, Slot V, bool Ok)>();
        s.Go(g => { var res = c.Recv(g, out var v, out var ok, block: true); r.Put((res, v, ok)); return []; });
        s.Run();
        Assert.Equal(ChanOpResult.Completed, r.Value.R);
        Assert.Equal("hello", r.Value.V.S);
        Assert.True(r.Value.Ok);
        Assert.True(s.AllDone);
    }

    [Fact]
    public void Unbuffered_PingPong_ManyRounds()
    {
        const long N = 1000;
        var s = new FakeScheduler();
        var ping = new Chan(BasicTypes.Int, 0, s);
        var pong = new Chan(BasicTypes.Int, 0, s);
        var last = new Cell<long>();
        s.Go(g => Player(g, ping, pong, serve: true));
        s.Go(g => Player(g, pong, ping, serve: false));
        s.Run();
        Assert.True(s.AllDone);
        Assert.Equal(N, last.Value);

        IEnumerable<SliceResult> Player(G g, Chan mine, Chan other, bool serve)
        {
            if (serve) foreach (var st in Op.Send(g, other, 0)) yield return st;
            var got = new Cell<(Slot V, bool Ok)>();
            for (;;)
            {
                foreach (var st in Op.Recv(g, mine, got)) yield return st;
                long n = got.Value.V.N;
                if (n == N)
                {
                    last.Put(n);
                    yield break;
                }
                foreach (var st in Op.Send(g, other, n + 1)) yield return st;
                if (n + 1 == N) yield break;
            }
        }
    }

    [Fact]
    public void Buffered_IsFifo_AcrossWrapAround()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.Int, 3, s);
        var g = new G(1, null!);
        var model = new Queue<long>();
        var rng = new Random(7);
        long next = 0;
        for (int step = 0; step < 2000; step++)
        {
            if (rng.Next(2) == 0)
            {
                var r = c.Send(g, new Slot(next), block: false);
                if (model.Count < 3)
                {
                    Assert.Equal(ChanOpResult.Completed, r);
                    model.Enqueue(next++);
                }
                else Assert.Equal(ChanOpResult.WouldBlock, r);
            }
            else
            {
                var r = c.Recv(g, out var v, out var ok, block: false);
                if (model.Count > 0)
                {
                    Assert.Equal(ChanOpResult.Completed, r);
                    Assert.True(ok);
                    Assert.Equal(model.Dequeue(), v.N);
                }
                else Assert.Equal(ChanOpResult.WouldBlock, r);
            }
            Assert.Equal(model.Count, c.Len);
        }
        Assert.Equal(3, c.Cap);
    }

    [Fact]
    public void Buffered_WaitingSenders_RefillTheTailInOrder()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.Int, 2, s);
        s.Go(g => Send(g, 1, 2, 3, 4));  // 1, 2 fill the buffer; 3 waits
        s.Run();
        s.Go(g => Send(g, 5));           // waits behind 3 (a second sender in sendq)
        s.Run();
        Assert.Equal(2, s.Waiting.Count());
        Assert.Equal(2, c.Len);

        var g0 = new G(99, null!);
        var got = new List<long>();
        // Each receive takes the head and moves the first waiting sender's value into the
        // tail: the buffer stays full while senders wait, and order is preserved.
        Assert.Equal(ChanOpResult.Completed, c.Recv(g0, out var v, out var ok, block: false));
        got.Add(v.N);
        Assert.Equal(2, c.Len); // 3 moved in from the waiting sender
        s.Run();                // sender 1 resumes and parks again with 4
        while (c.Recv(g0, out v, out ok, block: false) == ChanOpResult.Completed)
        {
            got.Add(v.N);
            s.Run();
        }
        Assert.Equal([1, 2, 3, 5, 4], got); // 5 queued before 4 was sent
        Assert.True(s.AllDone);

        IEnumerable<SliceResult> Send(G g, params long[] vs)
        {
            foreach (var x in vs)
                foreach (var st in Op.Send(g, c, x)) yield return st;
        }
    }

    [Fact]
    public void Close_ReceiversDrainTheBufferThenGetZeroAndFalse()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.String, 4, s);
        var g = new G(1, null!);
        c.Send(g, new Slot("a"), block: true);
        c.Send(g, new Slot("b"), block: true);
        c.Close();
        Assert.Equal(2, c.Len);

        Assert.Equal(ChanOpResult.Completed, c.Recv(g, out var v, out var ok, block: true));
        Assert.Equal(("a", true), (v.S, ok));
        Assert.Equal(ChanOpResult.Completed, c.Recv(g, out v, out ok, block: false));
        Assert.Equal(("b", true), (v.S, ok));
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(ChanOpResult.Completed, c.Recv(g, out v, out ok, block: i % 2 == 0));
            Assert.False(ok);
            Assert.Equal("", v.S);
            Assert.Same("", v.R); // the zero string is "", not null
        }
    }

    [Fact]
    public void Close_ZeroValueOfAggregateIsAFreshBox()
    {
        var s = new FakeScheduler();
        var c = new Chan(PointType, 0, s);
        c.Close();
        var g = new G(1, null!);
        c.Recv(g, out var v1, out var ok, block: true);
        c.Recv(g, out var v2, out _, block: true);
        Assert.False(ok);
        Assert.Equal(2, ((Slot[])v1.R!).Length);
        Assert.NotSame(v1.R, v2.R);
    }

    [Fact]
    public void SendOnClosed_And_CloseOfClosed_And_CloseOfNil_PanicWithGoMessages()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.Int, 1, s);
        var g = new G(1, null!);
        c.Close();
        Assert.Equal("send on closed channel", PanicText(Assert.Throws<GoPanic>(() => c.Send(g, new Slot(1), block: true))));
        Assert.Equal("send on closed channel", PanicText(Assert.Throws<GoPanic>(() => c.Send(g, new Slot(1), block: false))));
        Assert.Equal("close of closed channel", PanicText(Assert.Throws<GoPanic>(c.Close)));
        Assert.Equal("close of nil channel", PanicText(Assert.Throws<GoPanic>(() => Chan.CloseChan(null))));
        Assert.Equal("makechan: size out of range", PanicText(Assert.Throws<GoPanic>(() => Chan.Make(BasicTypes.Int, -1, s))));
        // The lock was released on every panic path.
        Assert.Equal(ChanOpResult.Completed, c.Recv(g, out _, out var ok, block: false));
        Assert.False(ok);
    }

    [Fact]
    public void Close_WakesWaitingReceiversWithZero_AndWaitingSendersWithAPanic()
    {
        var s = new FakeScheduler();
        var recvs = new Chan(BasicTypes.Int, 0, s);
        var sends = new Chan(BasicTypes.Int, 0, s);
        var r1 = new Cell<(Slot V, bool Ok)>();
        var r2 = new Cell<(Slot V, bool Ok)>();
        s.Go(g => Op.Recv(g, recvs, r1));
        s.Go(g => Op.Recv(g, recvs, r2));
        var sender = s.Go(g => Op.Send(g, sends, 7));
        s.Run();
        Assert.Equal(3, s.Waiting.Count());

        recvs.Close();
        sends.Close();
        s.Run();
        Assert.Equal((0L, false), (r1.Value.V.N, r1.Value.Ok));
        Assert.Equal((0L, false), (r2.Value.V.N, r2.Value.Ok));
        Assert.Equal("send on closed channel", PanicText(s.Panics[sender]));
        Assert.True(s.AllDone);
    }

    [Fact]
    public void NilChannels_BlockForever_AndNeverSucceedWithoutBlocking()
    {
        var s = new FakeScheduler();
        var g = new G(1, null!);
        Assert.Equal(ChanOpResult.WouldBlock, Chan.ChanSend(s, null, g, new Slot(1), block: false));
        Assert.Equal(ChanOpResult.WouldBlock, Chan.ChanRecv(s, null, g, block: false, out _, out var ok));
        Assert.False(ok);
        Assert.Equal(0, Chan.ChanLen(null));
        Assert.Equal(0, Chan.ChanCap(null));

        var sender = s.Go(g => Chan.ChanSend(s, null, g, new Slot(1), block: true) == ChanOpResult.Parked
            ? [SliceResult.Parked, SliceResult.Done] : []);
        var receiver = s.Go(g => Chan.ChanRecv(s, null, g, block: true, out _, out _) == ChanOpResult.Parked
            ? [SliceResult.Parked, SliceResult.Done] : []);
        s.Run();
        Assert.Equal((GStatus.Waiting, WaitReason.ChanSendNilChan), (sender.Status, sender.WaitReason));
        Assert.Equal((GStatus.Waiting, WaitReason.ChanReceiveNilChan), (receiver.Status, receiver.WaitReason));
        Assert.Equal("chan send (nil chan)", sender.WaitReason.Text());
    }

    [Fact]
    public void NonBlocking_Unbuffered_SucceedsOnlyWithAPartnerWaiting()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.Int, 0, s);
        var g = new G(100, null!);
        Assert.Equal(ChanOpResult.WouldBlock, c.Send(g, new Slot(1), block: false));
        Assert.Equal(ChanOpResult.WouldBlock, c.Recv(g, out _, out _, block: false));

        var got = new Cell<(Slot V, bool Ok)>();
        s.Go(g1 => Op.Recv(g1, c, got));
        s.Run();
        Assert.Equal(ChanOpResult.Completed, c.Send(g, new Slot(5), block: false));
        s.Run();
        Assert.Equal(5, got.Value.V.N);

        s.Go(g1 => Op.Send(g1, c, 6));
        s.Run();
        Assert.Equal(ChanOpResult.Completed, c.Recv(g, out var v, out var ok, block: false));
        Assert.Equal((6L, true), (v.N, ok));
        s.Run();
        Assert.True(s.AllDone);
    }

    [Fact]
    public void SentAggregatesAreCopies()
    {
        var s = new FakeScheduler();
        var c = new Chan(PointType, 1, s);
        var g = new G(1, null!);
        var p = PointType.Zero();
        ((Slot[])p.R!)[0] = new Slot(1);
        c.Send(g, p, block: true);
        ((Slot[])p.R!)[0] = new Slot(2); // the sender changes its variable after sending
        c.Recv(g, out var v, out _, block: true);
        Assert.Equal(1, ((Slot[])v.R!)[0].N);
        Assert.NotSame(p.R, v.R);
    }

    [Fact]
    public void ParkedOperationHoldsTheChannelLockUntilTheSchedulerUnlocks()
    {
        // The protocol: Park is called with the lock held; only after the body returned
        // Parked and g is Waiting does the scheduler run the unlock. A probe thread that needs
        // the lock (a select with default) must therefore finish only after the unlock.
        var inner = new FakeScheduler();
        var probe = new ProbeParker(inner);
        var c = new Chan(BasicTypes.Int, 0, probe);
        probe.Chan = c;
        var got = new Cell<(Slot V, bool Ok)>();
        var receiver = inner.Go(g => Op.Recv(g, c, got));
        inner.Run();
        probe.Thread!.Join();
        Assert.False(probe.ProbeDoneBeforeUnlock);
        Assert.Equal(GStatus.Waiting, probe.StatusAtUnlock);
        Assert.Equal(WaitReason.ChanReceive, receiver.WaitReason);
        Assert.Equal(ChanOpResult.Completed, c.Send(new G(9, null!), new Slot(3), block: false));
        inner.Run();
        Assert.Equal(3, got.Value.V.N);
    }

    private sealed class ProbeParker(FakeScheduler inner) : IParker
    {
        public Chan? Chan;
        public Thread? Thread;
        private volatile bool probeDone;
        public bool ProbeDoneBeforeUnlock;
        public GStatus StatusAtUnlock;

        public void Park(G g, WaitReason reason, Action? unlock)
        {
            Thread = new Thread(() =>
            {
                Chan.Select(new FakeScheduler(), new G(1000, null!), [SelectCase.Recv(Chan!)], block: false, out _, out _, out _);
                probeDone = true;
            });
            Thread.Start();
            inner.Park(g, reason, () =>
            {
                ProbeDoneBeforeUnlock = probeDone;
                StatusAtUnlock = g.Status;
                unlock!();
            });
        }

        public void Ready(G g) => inner.Ready(g);
    }
}
