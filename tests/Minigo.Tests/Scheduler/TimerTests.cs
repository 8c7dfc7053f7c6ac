using System.Diagnostics;
using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.Scheduling.SchedulerTesting;

namespace Minigo.Tests.Scheduling;

/// <summary>Per-P timer heaps: order, stop, reset, tickers, sleeping, and timers as work for checkdead.</summary>
[Collection(nameof(SchedulerCollection))]
public class TimerTests
{
    private const long Ms = 1_000_000;

    [Fact]
    public void TimersFireInOrderAndStopAndResetWork()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var ticked = new Signal(s);
        var fired = new List<int>();
        void Record(RuntimeTimer t, long delay)
        {
            lock (fired) fired.Add((int)t.Arg!);
        }
        bool stopped = false, reset = false, stopAfterFire = true;
        int ticks = 0;
        RuntimeTimer? first = null;
        long start = 0, woke = 0;
        var main = s.Go(new StepBody(
            g =>
            {
                start = Minigo.Runtime.Scheduler.Nanotime();
                foreach (int k in new[] { 5, 1, 3, 2, 4 }) s.AddTimer(null, start + k * Ms, Record, arg: k);
                var toStop = s.AddTimer(null, start + 5 * Ms / 2, Record, arg: 99);
                var toReset = s.AddTimer(null, start + 3 * Ms / 2, Record, arg: 6);
                first = s.AddTimer(null, start + Ms / 2, Record, arg: 0);
                stopped = s.StopTimer(toStop);
                reset = s.ResetTimer(toReset, start + 6 * Ms);
                s.AddTimer(null, start + Ms, (t, _) =>
                {
                    if (++ticks < 3) return;
                    s.StopTimer(t);
                    ticked.Post();
                }, periodNanos: Ms);
                // time.Sleep: the timer is armed in the unlock, once main is surely Waiting.
                s.Park(g, WaitReason.Sleep, () => s.AddTimer(g, start + 8 * Ms, null));
                return SliceResult.Parked;
            },
            g =>
            {
                woke = Minigo.Runtime.Scheduler.Nanotime();
                stopAfterFire = s.StopTimer(first!);
                return null;
            },
            ticked.Step));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], fired);
        Assert.True(stopped);
        Assert.True(reset);
        Assert.False(stopAfterFire);
        Assert.Equal(3, ticks);
        Assert.True(woke - start >= 8 * Ms);
    }

    [Fact]
    public void ATimerFunctionCanStartAGoroutine()
    {
        // time.AfterFunc: with every P idle, the M sleeping in the poller wakes for the timer.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var done = new Signal(s);
        var main = s.Go(new StepBody(
            g =>
            {
                s.AddTimer(null, Minigo.Runtime.Scheduler.Nanotime() + 2 * Ms,
                    (t, _) => s.Go(new FuncBody(_ => { done.Post(); return SliceResult.Done; })));
                return null;
            },
            done.Step));
        Assert.Equal(ExitReason.MainReturned, RunWithTimeout(s, main).Reason);
    }

    [Fact]
    public void APendingTimerIsNotADeadlockButWhatFollowsIs()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var never = new Signal(s);
        long start = Minigo.Runtime.Scheduler.Nanotime();
        var main = s.Go(new StepBody(
            g =>
            {
                s.Park(g, WaitReason.Sleep, () => s.AddTimer(g, Minigo.Runtime.Scheduler.Nanotime() + 5 * Ms, null));
                return SliceResult.Parked;
            },
            never.Step));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.Deadlock, info.Reason);
        Assert.Equal("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", info.Message);
        Assert.True(Minigo.Runtime.Scheduler.Nanotime() - start >= 5 * Ms);
    }

    [Fact]
    public void StoppingTheTimerThePollerSleepsForStillEndsInADeadlockReport()
    {
        // time.NewTimer(time.Hour).Stop(), then blocking forever: the M that went to sleep
        // in the poller until the hour's timer must not keep the program alive.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var never = new Signal(s);
        bool stopped = false;
        var main = s.Go(new StepBody(
            g =>
            {
                var t = s.AddTimer(null, Minigo.Runtime.Scheduler.Nanotime() + 3_600_000 * Ms, (_, _) => { });
                // The timer woke another M, which finds nothing to run and sleeps until it.
                Assert.True(SpinUntil(() => s.PollerSleeping));
                stopped = s.StopTimer(t);
                return null;
            },
            never.Step));
        var info = RunWithTimeout(s, main);
        Assert.True(stopped);
        Assert.Equal(ExitReason.Deadlock, info.Reason);
    }

    [Fact]
    public void ManySleepersWakeAcrossPs()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var done = new Signal(s);
        const int n = 200;
        int woken = 0;
        var sw = Stopwatch.StartNew();
        var main = s.Go(new StepBody(
            g =>
            {
                for (int i = 0; i < n; i++)
                {
                    long d = (i % 10 + 1) * Ms;
                    s.Go(new StepBody(
                        w =>
                        {
                            s.Park(w, WaitReason.Sleep, () => s.AddTimer(w, Minigo.Runtime.Scheduler.Nanotime() + d, null));
                            return SliceResult.Parked;
                        },
                        w => { if (Interlocked.Increment(ref woken) == n) done.Post(); return null; }));
                }
                return null;
            },
            done.Step));
        Assert.Equal(ExitReason.MainReturned, RunWithTimeout(s, main).Reason);
        Assert.Equal(n, woken);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5));
    }
}
