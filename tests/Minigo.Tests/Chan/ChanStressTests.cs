using Minigo.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Minigo.Tests.Channels;

/// <summary>
/// Races on real threads: every goroutine is an OS thread that blocks in Park. Values carry
/// their producer and sequence number, so loss, duplication and reordering are all visible.
/// </summary>
public class ChanStressTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static void Send(Chan c, G g, long v)
    {
        if (c.Send(g, new Slot(v), block: true) == ChanOpResult.Parked) Chan.CompleteSend(g);
    }

    private static bool Recv(Chan c, G g, out long v)
    {
        if (c.Recv(g, out var s, out bool ok, block: true) == ChanOpResult.Parked) Chan.CompleteRecv(g, out s, out ok);
        v = s.N;
        return ok;
    }

    private void AssertClean(ThreadParker p)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(p.JoinAll(Timeout), "goroutines still blocked: a lost wake-up");
        output.WriteLine($"{sw.ElapsedMilliseconds} ms, {p.Parks} parks");
        foreach (var v in p.Violations.Take(2)) output.WriteLine(v);
        Assert.Empty(p.Failures);
        Assert.Empty(p.Violations);
    }

    /// <summary>
    /// producers × perProducer values through one channel to several consumers. Each consumer
    /// sees each producer's values in increasing order (a channel is FIFO per sender).
    /// </summary>
    private void ProducersToConsumers(int capacity, int producers, int consumers, int perProducer)
    {
        var p = new ThreadParker();
        var c = new Chan(BasicTypes.Int, capacity, p);
        var seen = new int[producers * perProducer];
        int running = producers;
        for (int id = 0; id < producers; id++)
        {
            int pid = id;
            p.Go(g =>
            {
                for (int i = 0; i < perProducer; i++) Send(c, g, (long)pid * perProducer + i);
                if (Interlocked.Decrement(ref running) == 0) c.Close();
            });
        }
        for (int k = 0; k < consumers; k++)
        {
            p.Go(g =>
            {
                var last = new long[producers];
                Array.Fill(last, -1);
                while (Recv(c, g, out long v))
                {
                    Interlocked.Increment(ref seen[v]);
                    int pid = (int)(v / perProducer);
                    if (v <= last[pid]) throw new InvalidOperationException($"out of order: {v} after {last[pid]}");
                    last[pid] = v;
                }
            });
        }
        AssertClean(p);
        int bad = Array.FindIndex(seen, n => n != 1);
        Assert.True(bad < 0, bad < 0 ? "" : $"value {bad} received {seen[bad]} times");
        Assert.Equal(0, c.Len);
    }

    [Fact]
    public void Buffered_TwoMillionValues_NoLossNoDuplication() => ProducersToConsumers(capacity: 128, producers: 4, consumers: 4, perProducer: 500_000);

    [Fact]
    public void Unbuffered_HandoffsUnderContention() => ProducersToConsumers(capacity: 0, producers: 3, consumers: 3, perProducer: 20_000);

    [Fact]
    public void SmallBuffer_WaitingSendersRefill() => ProducersToConsumers(capacity: 2, producers: 4, consumers: 2, perProducer: 50_000);

    [Fact]
    public void Select_SendersAndReceiversOnTwoChannels()
    {
        // Producers send with selects over both channels (or plainly on one); consumers
        // receive with selects over both, dropping a channel (setting its case to nil) once
        // it is closed, as Go code does.
        const int PerProducer = 40_000, Producers = 3, Consumers = 3;
        var p = new ThreadParker();
        var a = new Chan(BasicTypes.Int, 0, p);
        var b = new Chan(BasicTypes.Int, 4, p);
        var seen = new int[Producers * PerProducer];
        int running = Producers;
        for (int id = 0; id < Producers; id++)
        {
            int pid = id;
            p.Go(g =>
            {
                var cases = new SelectCase[2];
                for (int i = 0; i < PerProducer; i++)
                {
                    long v = (long)pid * PerProducer + i;
                    if (pid == 0)
                    {
                        Send(a, g, v);
                        continue;
                    }
                    cases[0] = SelectCase.Send(a, new Slot(v));
                    cases[1] = SelectCase.Send(b, new Slot(v));
                    if (Chan.Select(p, g, cases, block: true, out _, out _, out _) == ChanOpResult.Parked)
                        Chan.CompleteSelect(g, out _, out _);
                }
                if (Interlocked.Decrement(ref running) == 0)
                {
                    a.Close();
                    b.Close();
                }
            });
        }
        for (int k = 0; k < Consumers; k++)
        {
            p.Go(g =>
            {
                SelectCase[] cases = [SelectCase.Recv(a), SelectCase.Recv(b)];
                int open = 2;
                while (open > 0)
                {
                    var r = Chan.Select(p, g, cases, block: true, out int i, out var v, out bool ok);
                    if (r == ChanOpResult.Parked) i = Chan.CompleteSelect(g, out v, out ok);
                    if (!ok)
                    {
                        cases[i].C = null;
                        open--;
                        continue;
                    }
                    Interlocked.Increment(ref seen[v.N]);
                }
            });
        }
        AssertClean(p);
        int bad = Array.FindIndex(seen, n => n != 1);
        Assert.True(bad < 0, bad < 0 ? "" : $"value {bad} received {seen[bad]} times");
    }

    [Fact]
    public void Semaphore_AsAMutex_UnderContention()
    {
        // A binary semaphore guarding a non-atomic counter; some releases hand off.
        const int Goroutines = 4, Iterations = 50_000;
        var p = new ThreadParker();
        var t = new SemaTable(p);
        var sema = new Slot[] { new(1) };
        long counter = 0;
        for (int k = 0; k < Goroutines; k++)
        {
            int id = k;
            p.Go(g =>
            {
                for (int i = 0; i < Iterations; i++)
                {
                    var r = t.Acquire(g, sema, 0, WaitReason.SyncMutexLock, lifo: (i & 7) == 0);
                    while (r == ChanOpResult.Parked) r = t.CompleteAcquire(g);
                    counter++;
                    t.Release(sema, 0, handoff: ((i + id) & 3) == 0);
                }
            });
        }
        AssertClean(p);
        Assert.Equal(Goroutines * Iterations, counter);
        Assert.Equal(1, sema[0].N);
    }

    [Fact]
    public void Semaphore_PingPong_NoMissedWakeup()
    {
        // Every Acquire races the other goroutine's Release of the same semaphore: a waiter
        // that queued without re-checking the count (after announcing itself in nwait) would
        // sleep forever.
        const int Rounds = 100_000;
        var p = new ThreadParker();
        var t = new SemaTable(p);
        var box = new Slot[2]; // two semaphores, both 0
        p.Go(g =>
        {
            for (int i = 0; i < Rounds; i++)
            {
                t.Release(box, 0, handoff: (i & 1) == 0);
                Acquire(t, g, box, 1);
            }
        });
        p.Go(g =>
        {
            for (int i = 0; i < Rounds; i++)
            {
                Acquire(t, g, box, 0);
                t.Release(box, 1, handoff: (i & 2) == 0);
            }
        });
        AssertClean(p);
        Assert.Equal((0L, 0L), (box[0].N, box[1].N));

        static void Acquire(SemaTable t, G g, Slot[] box, int index)
        {
            var r = t.Acquire(g, box, index, WaitReason.SyncMutexLock, lifo: false);
            while (r == ChanOpResult.Parked) r = t.CompleteAcquire(g);
        }
    }

    [Fact]
    public void NotifyList_EveryWaiterIsWokenExactlyOnce()
    {
        // Waiters take tickets and wait while notifiers signal; every ticket is notified
        // exactly once in total (NotifyOne per ticket), so every waiter must return.
        const int Waiters = 4, Rounds = 5_000;
        var p = new ThreadParker();
        var l = new NotifyList(p);
        var t = new SemaTable(p);
        var tickets = new Slot[] { new(0) }; // counts tickets taken and not yet notified
        for (int k = 0; k < Waiters; k++)
        {
            p.Go(g =>
            {
                for (int i = 0; i < Rounds; i++)
                {
                    uint ticket = l.Add();
                    t.Release(tickets, 0, handoff: false);
                    if (l.Wait(g, ticket) == ChanOpResult.Parked) NotifyList.CompleteWait(g);
                }
            });
        }
        p.Go(g =>
        {
            for (int i = 0; i < Waiters * Rounds; i++)
            {
                var r = t.Acquire(g, tickets, 0, WaitReason.SyncMutexLock, lifo: false);
                while (r == ChanOpResult.Parked) r = t.CompleteAcquire(g);
                if ((i & 1) == 0) l.NotifyOne();
                else l.NotifyAll();
            }
        });
        AssertClean(p);
    }
}
