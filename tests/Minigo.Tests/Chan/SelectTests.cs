using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Channels;

/// <summary>selectgo on a deterministic single-threaded scheduler.</summary>
public class SelectTests
{
    private static ChanOpResult SelectNow(IParker p, SelectCase[] cases, out int chosen, out Slot v, out bool ok) =>
        Chan.Select(p, new G(500, null!), cases, block: false, out chosen, out v, out ok);

    [Fact]
    public void ReadyCaseIsChosen_AmongNotReadyOnes()
    {
        var s = new FakeScheduler();
        var empty = new Chan(BasicTypes.Int, 0, s);
        var full = new Chan(BasicTypes.Int, 1, s);
        var hasValue = new Chan(BasicTypes.Int, 1, s);
        var g = new G(1, null!);
        full.Send(g, new Slot(0), block: true);
        hasValue.Send(g, new Slot(11), block: true);

        SelectCase[] cases = [SelectCase.Recv(empty), SelectCase.Send(full, new Slot(1)), SelectCase.Recv(null), SelectCase.Recv(hasValue)];
        Assert.Equal(ChanOpResult.Completed, SelectNow(s, cases, out int i, out var v, out bool ok));
        Assert.Equal((3, 11L, true), (i, v.N, ok));
        Assert.Equal(0, hasValue.Len);

        // Now only the send to a buffer with room can proceed.
        full.Recv(g, out _, out _, block: true);
        Assert.Equal(ChanOpResult.Completed, SelectNow(s, cases, out i, out _, out _));
        Assert.Equal(1, i);
        Assert.Equal(1, full.Len);
    }

    [Fact]
    public void Default_WhenNothingIsReady()
    {
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.Int, 0, s);
        var b = new Chan(BasicTypes.Int, 1, s);
        b.Send(new G(1, null!), new Slot(1), block: true);
        SelectCase[] cases = [SelectCase.Recv(a), SelectCase.Send(b, new Slot(2)), SelectCase.Send(null, new Slot(3))];
        Assert.Equal(ChanOpResult.WouldBlock, SelectNow(s, cases, out int i, out _, out _));
        Assert.Equal(-1, i);
        Assert.Equal(ChanOpResult.WouldBlock, SelectNow(s, [], out i, out _, out _)); // select { default: }
        Assert.Equal(-1, i);
    }

    [Fact]
    public void ClosedChannelCasesAreReady()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.String, 0, s);
        c.Close();
        Assert.Equal(ChanOpResult.Completed, SelectNow(s, [SelectCase.Recv(new Chan(BasicTypes.Int, 0, s)), SelectCase.Recv(c)], out int i, out var v, out bool ok));
        Assert.Equal((1, "", false), (i, v.S, ok));
        var e = Assert.Throws<GoPanic>(() => SelectNow(s, [SelectCase.Send(c, new Slot("x"))], out _, out _, out _));
        Assert.Equal("send on closed channel", ChanTests.PanicText(e));
        // The locks were released on the panic path.
        Assert.Equal(ChanOpResult.Completed, c.Recv(new G(2, null!), out _, out _, block: false));
    }

    [Fact]
    public void BlockedSelect_IsWokenByOneChannel_AndLeavesNoSudogOnTheOthers()
    {
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.Int, 0, s);
        var b = new Chan(BasicTypes.Int, 0, s);
        var c = new Chan(BasicTypes.Int, 0, s);
        var got = new Cell<(int I, Slot V, bool Ok)>();
        var sel = s.Go(g => Op.Select(s, g, [SelectCase.Recv(a), SelectCase.Recv(b), SelectCase.Send(c, new Slot(5))], got));
        s.Run();
        Assert.Equal((GStatus.Waiting, WaitReason.Select), (sel.Status, sel.WaitReason));

        var other = new G(2, null!);
        Assert.Equal(ChanOpResult.Completed, b.Send(other, new Slot(22), block: false)); // a receiver (the select) waits on b
        s.Run();
        Assert.Equal((1, 22L, true), (got.Value.I, got.Value.V.N, got.Value.Ok));
        Assert.True(s.AllDone);

        // The select took its sudogs off a and c: nobody waits there any more.
        Assert.Equal(ChanOpResult.WouldBlock, a.Send(other, new Slot(1), block: false));
        Assert.Equal(ChanOpResult.WouldBlock, c.Recv(other, out _, out _, block: false));
    }

    [Fact]
    public void BlockedSelect_SendCaseTakenByAReceiver()
    {
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.Int, 0, s);
        var c = new Chan(ChanTests.PointType, 0, s);
        var point = ChanTests.PointType.Zero();
        ((Slot[])point.R!)[1] = new Slot(9);
        var got = new Cell<(int I, Slot V, bool Ok)>();
        s.Go(g => Op.Select(s, g, [SelectCase.Recv(a), SelectCase.Send(c, point)], got));
        s.Run();
        ((Slot[])point.R!)[1] = new Slot(10); // the select's value was copied when it blocked

        Assert.Equal(ChanOpResult.Completed, c.Recv(new G(2, null!), out var v, out var ok, block: true));
        Assert.Equal(9, ((Slot[])v.R!)[1].N);
        s.Run();
        Assert.Equal(1, got.Value.I);
        Assert.True(s.AllDone);
    }

    [Fact]
    public void BlockedSelect_RecvCaseWokenByClose_GetsZeroAndFalse()
    {
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.String, 0, s);
        var got = new Cell<(int I, Slot V, bool Ok)>();
        s.Go(g => Op.Select(s, g, [SelectCase.Send(new Chan(BasicTypes.Int, 0, s), new Slot(0)), SelectCase.Recv(a)], got));
        s.Run();
        a.Close();
        s.Run();
        Assert.Equal((1, "", false), (got.Value.I, got.Value.V.S, got.Value.Ok));
        Assert.True(s.AllDone);
    }

    [Fact]
    public void BlockedSelect_SendCaseWokenByClose_Panics()
    {
        var s = new FakeScheduler();
        var b = new Chan(BasicTypes.Int, 0, s);
        var sel = s.Go(g => Op.Select(s, g, [SelectCase.Recv(new Chan(BasicTypes.Int, 0, s)), SelectCase.Send(b, new Slot(3))], new Cell<(int, Slot, bool)>()));
        s.Run();
        b.Close();
        s.Run();
        Assert.Equal("send on closed channel", ChanTests.PanicText(s.Panics[sel]));
    }

    [Fact]
    public void TwoSelectsMeet()
    {
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.Int, 0, s);
        var b = new Chan(BasicTypes.Int, 0, s);
        var got = new Cell<(int I, Slot V, bool Ok)>();
        var sent = new Cell<(int I, Slot V, bool Ok)>();
        s.Go(g => Op.Select(s, g, [SelectCase.Recv(a), SelectCase.Recv(b)], got));
        s.Go(g => Op.Select(s, g, [SelectCase.Recv(null), SelectCase.Send(b, new Slot(1))], sent));
        s.Run();
        Assert.Equal((1, 1L, true), (got.Value.I, got.Value.V.N, got.Value.Ok));
        Assert.Equal(1, sent.Value.I);
        Assert.True(s.AllDone);
    }

    [Fact]
    public void TwoWakersRace_OnlyTheFirstWinsTheSelect_TheOtherStaysQueued()
    {
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.Int, 0, s);
        var b = new Chan(BasicTypes.Int, 0, s);
        var got = new Cell<(int I, Slot V, bool Ok)>();
        var sel = s.Go(g => Op.Select(s, g, [SelectCase.Recv(a), SelectCase.Recv(b)], got));
        s.Run();

        // Both senders run before the select's goroutine does: the first dequeues its sudog
        // on a and wins SelectDone; the second finds the sudog on b already won, skips it,
        // and must block instead of losing its value.
        var sa = s.Go(g => Op.Send(g, a, 1));
        var sb = s.Go(g => Op.Send(g, b, 2));
        Assert.True(s.Step()); // sa: hands 1 to the select
        Assert.True(s.Step()); // sb: finds no live receiver, parks
        Assert.Equal(GStatus.Dead, sa.Status);
        Assert.Equal((GStatus.Waiting, WaitReason.ChanSend), (sb.Status, sb.WaitReason));
        s.Run();
        Assert.Equal((0, 1L, true), (got.Value.I, got.Value.V.N, got.Value.Ok));
        Assert.Equal(GStatus.Dead, sel.Status);

        Assert.Equal(ChanOpResult.Completed, b.Recv(new G(9, null!), out var v, out _, block: false));
        Assert.Equal(2, v.N);
        s.Run();
        Assert.True(s.AllDone);
    }

    [Fact]
    public void SendAndReceiveOnOneUnbufferedChannel_InOneSelect_DoNotMeetEachOther()
    {
        var s = new FakeScheduler();
        var c = new Chan(BasicTypes.Int, 0, s);
        var got = new Cell<(int I, Slot V, bool Ok)>();
        s.Go(g => Op.Select(s, g, [SelectCase.Send(c, new Slot(8)), SelectCase.Recv(c)], got));
        s.Run();
        Assert.False(got.Set);
        Assert.Equal(ChanOpResult.Completed, c.Recv(new G(9, null!), out var v, out _, block: false));
        Assert.Equal(8, v.N);
        s.Run();
        Assert.Equal(0, got.Value.I);
        Assert.True(s.AllDone);
    }

    [Fact]
    public void EmptySelect_AndAllNilCases_BlockForever()
    {
        var s = new FakeScheduler();
        var none = s.Go(g => Chan.Select(s, g, [], block: true, out _, out _, out _) == ChanOpResult.Parked ? [SliceResult.Parked] : []);
        var nils = s.Go(g => Chan.Select(s, g, [SelectCase.Recv(null), SelectCase.Send(null, new Slot(1))], block: true, out _, out _, out _) == ChanOpResult.Parked ? [SliceResult.Parked] : []);
        var block = s.Go(g => { Chan.Block(s, g); return [SliceResult.Parked]; });
        s.Run();
        Assert.Equal((GStatus.Waiting, WaitReason.SelectNoCases), (none.Status, none.WaitReason));
        Assert.Equal((GStatus.Waiting, WaitReason.Select), (nils.Status, nils.WaitReason));
        Assert.Equal((GStatus.Waiting, WaitReason.SelectNoCases), (block.Status, block.WaitReason));
        Assert.Equal("select (no cases)", none.WaitReason.Text());
    }

    [Fact]
    public void ManyCases_OnFewChannels_WithDuplicates()
    {
        // More cases than fit the stack-allocated orders, several per channel, in scrambled
        // order: the lock order must still lock each channel exactly once.
        var s = new FakeScheduler();
        var chans = Enumerable.Range(0, 10).Select(_ => new Chan(BasicTypes.Int, 0, s)).ToArray();
        var rng = new Random(3);
        var cases = Enumerable.Range(0, 100).Select(i => SelectCase.Recv(chans[rng.Next(10)])).ToArray();
        var target = cases[57].C!;
        var got = new Cell<(int I, Slot V, bool Ok)>();
        s.Go(g => Op.Select(s, g, cases, got));
        s.Run();
        Assert.Equal(ChanOpResult.Completed, target.Send(new G(9, null!), new Slot(4), block: false));
        s.Run();
        Assert.Same(target, cases[got.Value.I].C);
        Assert.Equal(4, got.Value.V.N);
        foreach (var c in chans) Assert.Equal(ChanOpResult.WouldBlock, c.Send(new G(9, null!), new Slot(0), block: false));

        // And without blocking: every channel closed, every case is ready.
        foreach (var c in chans) c.Close();
        Assert.Equal(ChanOpResult.Completed, SelectNow(s, cases, out int i, out _, out bool ok));
        Assert.InRange(i, 0, 99);
        Assert.False(ok);
    }

    [Fact]
    public void ReadyCasesAreChosenUniformly()
    {
        // Four ready cases (closed channels; one channel appears twice) and a nil case
        // between them. Chi-square with 3 degrees of freedom: 30 has p < 2e-6.
        const int Trials = 40_000;
        var s = new FakeScheduler();
        var c1 = new Chan(BasicTypes.Int, 0, s);
        var c2 = new Chan(BasicTypes.Int, 0, s);
        var c3 = new Chan(BasicTypes.Int, 0, s);
        c1.Close(); c2.Close(); c3.Close();
        SelectCase[] cases = [SelectCase.Recv(c1), SelectCase.Recv(null), SelectCase.Recv(c2), SelectCase.Recv(c3), SelectCase.Recv(c2)];
        var counts = new int[cases.Length];
        for (int t = 0; t < Trials; t++)
        {
            Assert.Equal(ChanOpResult.Completed, SelectNow(s, cases, out int i, out _, out _));
            counts[i]++;
        }
        Assert.Equal(0, counts[1]);
        double expected = Trials / 4.0, chi2 = 0;
        foreach (int i in new[] { 0, 2, 3, 4 }) chi2 += (counts[i] - expected) * (counts[i] - expected) / expected;
        Assert.True(chi2 < 30, $"chi-square {chi2:F1} for counts {string.Join(",", counts)}");
    }

    [Fact]
    public void BufferedReadyCasesAreChosenUniformly()
    {
        // The same through the buffer paths: two channels that always have data.
        const int Trials = 20_000;
        var s = new FakeScheduler();
        var a = new Chan(BasicTypes.Int, 1, s);
        var b = new Chan(BasicTypes.Int, 1, s);
        var g = new G(1, null!);
        SelectCase[] cases = [SelectCase.Recv(a), SelectCase.Recv(b)];
        int firsts = 0;
        for (int t = 0; t < Trials; t++)
        {
            a.Send(g, new Slot(1), block: false);
            b.Send(g, new Slot(2), block: false);
            Assert.Equal(ChanOpResult.Completed, SelectNow(s, cases, out int i, out var v, out _));
            Assert.Equal(i + 1, v.N);
            if (i == 0) firsts++;
        }
        double chi2 = 2 * Math.Pow(firsts - Trials / 2.0, 2) / (Trials / 2.0);
        Assert.True(chi2 < 25, $"chi-square {chi2:F1}: case 0 chosen {firsts} of {Trials}");
    }
}
