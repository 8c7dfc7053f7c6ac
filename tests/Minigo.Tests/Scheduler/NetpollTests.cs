using System.Net;
using System.Net.Sockets;
using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.Scheduling.SchedulerTesting;

namespace Minigo.Tests.Scheduling;

/// <summary>
/// The network poller under the scheduler: goroutines (C# step bodies) park on a poll
/// descriptor when a read would block, and the poller, a deadline timer or Evict readies them.
/// Each test runs with epoll (on Linux) and with the completion fallback.
/// </summary>
[Collection(nameof(SchedulerCollection))]
public class NetpollTests
{
    private const long Ms = 1_000_000;

    public static TheoryData<NetPollKind> Kinds()
    {
        var kinds = new TheoryData<NetPollKind> { NetPollKind.Fallback };
        if (OperatingSystem.IsLinux()) kinds.Add(NetPollKind.Epoll);
        return kinds;
    }

    /// <summary>Runs action on a thread of its own (not the scheduler's, as a peer's would be); Join rethrows what it threw.</summary>
    private static Peer Background(Action action) => new(action);

    private sealed class Peer
    {
        private readonly Thread thread;
        private Exception? error;

        public Peer(Action action)
        {
            thread = new Thread(() =>
            {
                try { action(); }
                catch (Exception e) { error = e; }
            }) { IsBackground = true };
            thread.Start();
        }

        public bool IsAlive => thread.IsAlive;

        public bool Join(TimeSpan timeout)
        {
            bool ended = thread.Join(timeout);
            if (error != null) throw error;
            return ended;
        }
    }

    /// <summary>A connected pair of non-blocking loopback TCP sockets.</summary>
    private static (Socket A, Socket B) Pair()
    {
        using var l = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        l.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        l.Listen();
        var a = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        a.Connect(l.LocalEndPoint!);
        var b = l.Accept();
        a.Blocking = false;
        b.Blocking = false;
        return (a, b);
    }

    /// <summary>
    /// What a socket's owner does for the fallback when a read would block: a zero-byte receive
    /// completes when there is data, and its completion notifies the descriptor.
    /// </summary>
    private static void ArmFallbackRead(NetPoller poller, PollDesc pd, Socket s)
    {
        if (poller is not CompletionPoller cp) return;
        var args = new SocketAsyncEventArgs();
        args.SetBuffer(Memory<byte>.Empty);
        args.Completed += (_, _) => cp.Complete(pd, PollDesc.ModeRead);
        if (!s.ReceiveAsync(args)) cp.Complete(pd, PollDesc.ModeRead);
    }

    /// <summary>
    /// A reader goroutine: read what is there, else wait (park) for the poller; the step
    /// returns the bytes read once some are, or the poll error.
    /// </summary>
    private sealed class Reader(NetPoller poller, PollDesc pd, Socket s)
    {
        public readonly List<byte> Got = [];
        public int Error = -1;
        public int Parks;
        private bool waiting;

        public SliceResult? Step(G g)
        {
            int err;
            if (waiting)
            {
                waiting = false;
                err = pd.Resume(g, PollDesc.ModeRead, out bool again);
                if (again) return Parked();
                if (err != PollDesc.NoError) return Fail(err);
            }
            var buf = new byte[64];
            while (true)
            {
                int n = s.Receive(buf, 0, buf.Length, SocketFlags.None, out var se);
                if (se == SocketError.Success)
                {
                    Got.AddRange(buf[..n]);
                    Error = PollDesc.NoError;
                    return null;
                }
                Assert.Equal(SocketError.WouldBlock, se);
                ArmFallbackRead(poller, pd, s);
                err = pd.Wait(g, PollDesc.ModeRead, out bool parked);
                if (parked) return Parked();
                if (err != PollDesc.NoError) return Fail(err);
            }
        }

        private SliceResult Parked()
        {
            waiting = true;
            Parks++;
            return SliceResult.Parked;
        }

        private SliceResult? Fail(int err)
        {
            Error = err;
            return null;
        }
    }

    /// <summary>Steps like StepBody's, except that a step that parks runs again when the goroutine is readied (a native's resume).</summary>
    private sealed class RetryBody(params Func<G, SliceResult?>[] steps) : IGoroutineBody
    {
        private int next;

        public SliceResult RunSlice(G g, int budget)
        {
            while (next < steps.Length)
            {
                var r = steps[next](g);
                if (r == null)
                {
                    next++;
                    continue;
                }
                if (r == SliceResult.Done) next++;
                return r.Value;
            }
            return SliceResult.Done;
        }
    }

    /// <summary>A poller of the kind, a scheduler using it, a socket pair and a reader on B's descriptor.</summary>
    private sealed class Rig : IDisposable
    {
        public readonly NetPoller Poller;
        public readonly Minigo.Runtime.Scheduler S;
        public readonly Socket A, B;
        public readonly PollDesc Pd;
        public readonly Reader Reader;

        public Rig(NetPollKind kind, int procs = 2)
        {
            Poller = NetPoller.Create(kind);
            S = new(new SchedulerOptions { MaxProcs = procs, NetPoller = Poller });
            (A, B) = Pair();
            Pd = Poller.Open(kind == NetPollKind.Epoll ? (int)B.Handle : -1, null, out int errno)!;
            Assert.Equal(0, errno);
            Reader = new Reader(Poller, Pd, B);
        }

        public void Dispose()
        {
            A.Dispose();
            B.Dispose();
            Poller.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AReaderParksUntilDataArrivesAndIsNotADeadlockMeanwhile(NetPollKind kind)
    {
        using var rig = new Rig(kind);
        var (poller, s, a, pd, reader) = (rig.Poller, rig.S, rig.A, rig.Pd, rig.Reader);
        // Nothing else can run while the reader waits: only the poller keeps the program alive.
        var writer = Background(() =>
        {
            Assert.True(SpinUntil(() => poller.HasWaiters));
            Thread.Sleep(50);
            a.Send("hello"u8);
        });
        var main = s.Go(new RetryBody(g => pd.Reset(PollDesc.ModeRead) == PollDesc.NoError ? null : SliceResult.Done, reader.Step));
        var info = RunWithTimeout(s, main);
        Assert.True(writer.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(PollDesc.NoError, reader.Error);
        Assert.Equal("hello"u8.ToArray(), reader.Got);
        Assert.Equal(1, reader.Parks);
        Assert.False(poller.HasWaiters);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachNewArrivalWakesTheReaderAgain(NetPollKind kind)
    {
        // Edge-triggered: the descriptor is armed once; after a read that drains it, the next
        // arrival is a new edge and wakes the reader again.
        using var rig = new Rig(kind, procs: 1);
        var (poller, s, a, pd, reader) = (rig.Poller, rig.S, rig.A, rig.Pd, rig.Reader);
        const int rounds = 5;
        var sent = new SemaphoreSlim(0);
        var writer = Background(() =>
        {
            for (int i = 0; i < rounds; i++)
            {
                Assert.True(SpinUntil(() => poller.HasWaiters));
                a.Send(new[] { (byte)('0' + i) });
                sent.Release();
                Assert.True(SpinUntil(() => reader.Got.Count > i));
            }
        });
        var steps = Enumerable.Range(0, rounds).Select(_ => (Func<G, SliceResult?>)reader.Step).ToArray();
        var info = RunWithTimeout(s, s.Go(new RetryBody(steps)));
        Assert.True(writer.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal("01234"u8.ToArray(), reader.Got);
        Assert.Equal(rounds, reader.Parks);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ADeadlineWakesTheReaderWithATimeout(NetPollKind kind)
    {
        using var rig = new Rig(kind);
        var (poller, s, a, pd, reader) = (rig.Poller, rig.S, rig.A, rig.Pd, rig.Reader);
        long start = 0, end = 0;
        int expiredAlready = -1;
        var main = s.Go(new RetryBody(
            g =>
            {
                start = Minigo.Runtime.Scheduler.Nanotime();
                pd.SetDeadline(20 * Ms, PollDesc.ModeRead);
                return null;
            },
            reader.Step,
            g =>
            {
                end = Minigo.Runtime.Scheduler.Nanotime();
                // A deadline in the past fails the wait at once; clearing it lets it wait again.
                pd.SetDeadline(-1, PollDesc.ModeRead);
                expiredAlready = pd.Wait(g, PollDesc.ModeRead, out bool parked);
                Assert.False(parked);
                pd.SetDeadline(0, PollDesc.ModeRead);
                Assert.Equal(PollDesc.NoError, pd.Reset(PollDesc.ModeRead));
                return null;
            }));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(PollDesc.ErrTimeout, reader.Error);
        Assert.Equal(PollDesc.ErrTimeout, expiredAlready);
        Assert.True(end - start >= 20 * Ms, $"woke after {(end - start) / Ms} ms");
        Assert.Empty(reader.Got);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EvictWakesTheReaderWithClosing(NetPollKind kind)
    {
        using var rig = new Rig(kind);
        var (poller, s, a, pd, reader) = (rig.Poller, rig.S, rig.A, rig.Pd, rig.Reader);
        var main = s.Go(new RetryBody(
            g =>
            {
                // Another goroutine closes the descriptor once the reader waits.
                s.Go(new RetryBody(_ =>
                {
                    Assert.True(SpinUntil(() => poller.HasWaiters));
                    pd.Evict();
                    return null;
                }));
                return null;
            },
            reader.Step,
            g =>
            {
                Assert.Equal(PollDesc.ErrClosing, pd.Reset(PollDesc.ModeRead));
                poller.Close(pd);
                return null;
            }));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(PollDesc.ErrClosing, reader.Error);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AWaiterReadiedBesideThePollerStillEndsInADeadlockReport(NetPollKind kind)
    {
        // An idle M sleeps in the poller, with no timeout, while a goroutine waits on I/O. If
        // that waiter is readied some other way (here Evict, as Close does) and then everything
        // blocks for good, the M must be woken: checkdead counts it as running, so the program
        // would hang instead of reporting its deadlock.
        using var rig = new Rig(kind);
        var (poller, s, pd, reader) = (rig.Poller, rig.S, rig.Pd, rig.Reader);
        var never = new Signal(s);
        var main = s.Go(new RetryBody(
            g =>
            {
                s.Go(new RetryBody(reader.Step, never.Step));
                return null;
            },
            g =>
            {
                Assert.True(SpinUntil(() => poller.HasWaiters && s.PollerSleeping));
                pd.Evict();
                return null;
            },
            never.Step));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.Deadlock, info.Reason);
        Assert.Equal(PollDesc.ErrClosing, reader.Error);
        Assert.False(poller.HasWaiters);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void BreakWakesABlockingPollAndIsNeverLost(NetPollKind kind)
    {
        using var poller = NetPoller.Create(kind);
        var ready = new List<G>();
        // A break before the poll: the next blocking poll returns at once; a non-blocking
        // poll does not consume it.
        poller.Break();
        poller.Poll(0, ready);
        var t = Background(() => poller.Poll(-1, ready));
        Assert.True(t.Join(TimeSpan.FromSeconds(10)), "a pending break was lost");
        // A break while a poll blocks.
        var blocked = Background(() => poller.Poll(-1, ready));
        Thread.Sleep(20);
        Assert.True(blocked.IsAlive);
        poller.Break();
        Assert.True(blocked.Join(TimeSpan.FromSeconds(10)), "Break did not wake the poll");
        // A timed poll returns by itself, not early.
        long start = Minigo.Runtime.Scheduler.Nanotime();
        poller.Poll(15 * Ms, ready);
        Assert.True(Minigo.Runtime.Scheduler.Nanotime() - start >= 15 * Ms);
        Assert.Empty(ready);
    }

    [Fact]
    public void TheSchedulerAttachesThePollerOnFirstUse()
    {
        // A program's scheduler starts with the stub; NetpollInit makes the real poller and an
        // M that sleeps in the stub meanwhile (until an hour's timer) is woken to use it.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2, NetPollKind = NetPollKind.Fallback });
        NetPoller? p1 = null, p2 = null;
        var main = s.Go(new RetryBody(g =>
        {
            var t = s.AddTimer(null, Minigo.Runtime.Scheduler.Nanotime() + 3_600_000 * Ms, (_, _) => { });
            Assert.True(SpinUntil(() => s.PollerSleeping));
            p1 = s.NetpollInit();
            p2 = s.NetpollInit();
            s.StopTimer(t);
            return null;
        }));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.IsType<CompletionPoller>(p1);
        Assert.Same(p1, p2);
    }
}
