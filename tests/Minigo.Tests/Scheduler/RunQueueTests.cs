using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.Scheduling.SchedulerTesting;

namespace Minigo.Tests.Scheduling;

/// <summary>The per-P ring, runnext, stealing half, and overflow to the global queue.</summary>
[Collection(nameof(SchedulerCollection))]
public class RunQueueTests
{
    private static G NewG(long id) => new(id, new FuncBody(_ => SliceResult.Done));

    [Fact]
    public void TheRingIsFifoAndRunnextGoesFirst()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var q = new RunQueue();
        for (int i = 1; i <= 3; i++) q.Put(NewG(i), false, s);
        q.Put(NewG(10), true, s);
        q.Put(NewG(11), true, s); // kicks 10 to the back of the ring
        var order = new List<(long, bool)>();
        while (q.Get(out bool inherit) is { } g) order.Add((g.Id, inherit));
        Assert.Equal([(11, true), (1, false), (2, false), (3, false), (10, false)], order);
        Assert.True(q.IsEmpty);
    }

    [Fact]
    public void StealingTakesHalf()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var victim = new RunQueue();
        var thief = new RunQueue();
        for (int i = 1; i <= 10; i++) victim.Put(NewG(i), false, s);
        var g = thief.Steal(victim, stealRunNext: false, victimRunning: false);
        Assert.Equal(5, g!.Id); // the last of the five stolen runs at once
        Assert.Equal(4, thief.Count);
        Assert.Equal(5, victim.Count);
        Assert.Equal(1, thief.Get(out _)!.Id);
        Assert.Equal(6, victim.Get(out _)!.Id);
    }

    [Fact]
    public void RunnextIsStolenOnlyWhenAsked()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var victim = new RunQueue();
        var thief = new RunQueue();
        victim.Put(NewG(1), true, s);
        Assert.Null(thief.Steal(victim, stealRunNext: false, victimRunning: false));
        Assert.Equal(1, thief.Steal(victim, stealRunNext: true, victimRunning: false)!.Id);
        Assert.True(victim.IsEmpty);
    }

    [Fact]
    public void AFullRingMovesHalfOfItselfToTheGlobalQueue()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var q = new RunQueue();
        for (int i = 1; i <= RunQueue.Size + 1; i++) q.Put(NewG(i), false, s);
        Assert.Equal(RunQueue.Size / 2, q.Count);
        Assert.Equal(RunQueue.Size / 2 + 1, s.runq.Size);
        Assert.Equal(1, s.runq.Pop()!.Id);
        Assert.Equal(RunQueue.Size / 2 + 1, q.Get(out _)!.Id);
    }

    [Fact]
    public void SpawningPastTheRingOverflowsToTheGlobalQueueAndEverythingRuns()
    {
        // GOMAXPROCS=1, 300 spawns in one slice: runnext holds the last, the ring overflowed
        // once at 257 (128 + 1 to the global queue) and holds the other 170.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var done = new Signal(s);
        const int n = 300;
        int ran = 0;
        string trace = "";
        var main = s.Go(new StepBody(
            g =>
            {
                for (int i = 0; i < n; i++)
                    s.Go(new FuncBody(_ => { if (Interlocked.Increment(ref ran) == n) done.Post(); return SliceResult.Done; }));
                trace = s.SchedTrace(false);
                return null;
            },
            done.Step));
        Assert.Equal(ExitReason.MainReturned, RunWithTimeout(s, main).Reason);
        Assert.Contains("runqueue=129 [170]", trace);
        Assert.Equal(n, ran);
    }
}
