using System.Diagnostics;
using Minigo.Runtime;
using Xunit;
using Xunit.Abstractions;
using static Minigo.Tests.Scheduling.SchedulerTesting;

namespace Minigo.Tests.Scheduling;

/// <summary>
/// The M:N scheduler with synthetic goroutines: spawning, park/ready, stealing, preemption,
/// syscalls, locked threads, GOMAXPROCS changes and how a run ends. Everything is ordered by
/// synchronization; only sysmon's own clock (10 ms preemption, 20 µs syscall retake) is timed.
/// </summary>
[Collection(nameof(SchedulerCollection))]
public class SchedulerTests(ITestOutputHelper output)
{
    /// <summary>skynet: a tree of goroutines ten wide and six deep; each leaf counts itself.</summary>
    private sealed class SkynetNode(Minigo.Runtime.Scheduler s, int level, Counter counter) : IGoroutineBody
    {
        public SliceResult RunSlice(G g, int budget)
        {
            if (level == 6)
            {
                if (Interlocked.Increment(ref counter.Leaves) == 1_000_000) counter.Done.Post();
                return SliceResult.Done;
            }
            for (int i = 0; i < 10; i++) s.Go(new SkynetNode(s, level + 1, counter));
            return SliceResult.Done;
        }
    }

    private sealed class Counter(Signal done)
    {
        public int Leaves;
        public readonly Signal Done = done;
    }

    [Fact]
    public void AMillionGoroutinesAreSpawnedAndComplete()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var counter = new Counter(new Signal(s));
        var main = s.Go(new StepBody(
            g => { s.Go(new SkynetNode(s, 0, counter)); return null; },
            counter.Done.Step));
        var sw = Stopwatch.StartNew();
        var info = RunWithTimeout(s, main, 60);
        output.WriteLine($"skynet: 1,111,111 goroutines in {sw.ElapsedMilliseconds} ms");
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(1_000_000, counter.Leaves);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(15), $"took {sw.Elapsed}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TwoGoroutinesPingPongThroughParkAndReady(int procs)
    {
        const int rounds = 50_000;
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = procs });
        var ping = new Signal(s);
        var pong = new Signal(s);
        var finished = new Signal(s);
        int pings = 0, pongs = 0;

        int i = 0;
        bool waiting = false;
        var pinger = new FuncBody(g =>
        {
            while (true)
            {
                if (!waiting)
                {
                    if (i == rounds)
                    {
                        finished.Post();
                        return SliceResult.Done;
                    }
                    pings++;
                    pong.Post();
                    waiting = true;
                    if (!ping.WaitOrPark(g)) return SliceResult.Parked;
                }
                waiting = false;
                i++;
            }
        });
        int j = 0;
        bool ponged = false;
        var ponger = new FuncBody(g =>
        {
            while (true)
            {
                if (!ponged)
                {
                    if (j == rounds) return SliceResult.Done;
                    ponged = true;
                    if (!pong.WaitOrPark(g)) return SliceResult.Parked;
                }
                ponged = false;
                pongs++;
                j++;
                ping.Post();
            }
        });
        var main = s.Go(new StepBody(
            g => { s.Go(ponger); s.Go(pinger); return null; },
            finished.Step));
        var sw = Stopwatch.StartNew();
        var info = RunWithTimeout(s, main);
        output.WriteLine($"{rounds} round trips with GOMAXPROCS={procs}: {sw.ElapsedMilliseconds} ms");
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(rounds, pings);
        Assert.Equal(rounds, pongs);
    }

    [Fact]
    public void AnIdlePStealsFromABusyOne()
    {
        // X hogs its M without ever yielding until Y has run, and Y waits in X's P's queue:
        // only another M taking it from there (stealing) lets X finish.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var done = new Signal(s);
        int yThread = 0, xThread = 0;
        bool stuck = false;
        var y = new FuncBody(g =>
        {
            Volatile.Write(ref yThread, Environment.CurrentManagedThreadId);
            return SliceResult.Done;
        });
        var x = new FuncBody(g =>
        {
            xThread = Environment.CurrentManagedThreadId;
            stuck = !SpinUntil(() => Volatile.Read(ref yThread) != 0);
            done.Post();
            return SliceResult.Done;
        });
        var main = s.Go(new StepBody(
            g => { s.Go(y); s.Go(x); return null; },
            done.Step));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.False(stuck, "Y never ran while X held its M");
        Assert.NotEqual(xThread, yThread);
    }

    [Fact]
    public void SysmonPreemptsASpinningGoroutineSoAnotherRuns()
    {
        // GOMAXPROCS=1: S never parks and yields only when sysmon sets Preempt; T must still run.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1, SliceBudget = int.MaxValue });
        var tDone = new Signal(s);
        bool stop = false;
        int preemptions = 0;
        var spinner = new FuncBody(g =>
        {
            while (!g.Preempt)
                if (Volatile.Read(ref stop)) return SliceResult.Done;
            preemptions++;
            return SliceResult.Yielded;
        });
        var t = new FuncBody(g => { tDone.Post(); return SliceResult.Done; });
        var main = s.Go(new StepBody(
            g => { s.Go(spinner); s.Gosched(g); return SliceResult.Yielded; },
            g => { s.Go(t); return null; },
            tDone.Step,
            g => { Volatile.Write(ref stop, true); return SliceResult.Done; }));
        var sw = Stopwatch.StartNew();
        var info = RunWithTimeout(s, main);
        output.WriteLine($"preempted {preemptions} times, {sw.ElapsedMilliseconds} ms");
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.True(preemptions >= 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AGoroutineBlockedInASyscallDoesNotStopOthers(bool block)
    {
        // GOMAXPROCS=1: A blocks its thread in a C# wait inside EnterSyscall/ExitSyscall; its
        // P is retaken by sysmon (or handed off at once with EnterSyscallBlock) so B runs.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var aInSyscall = new Signal(s);
        var bDone = new Signal(s);
        var aDone = new Signal(s);
        var release = new ManualResetEventSlim(false);
        bool bFinishedWhileABlocked = false;
        bool aTimedOut = false;
        int aThread = 0, aThreadAfter = 0;
        var a = new FuncBody(g =>
        {
            aThread = Environment.CurrentManagedThreadId;
            if (block) s.EnterSyscallBlock(g);
            else s.EnterSyscall(g);
            aInSyscall.Post();
            aTimedOut = !release.Wait(TimeSpan.FromSeconds(10));
            s.ExitSyscall(g);
            aThreadAfter = Environment.CurrentManagedThreadId;
            aDone.Post();
            return SliceResult.Done;
        });
        var b = new FuncBody(g => { bDone.Post(); return SliceResult.Done; });
        var main = s.Go(new StepBody(
            g => { s.Go(a); return null; },
            aInSyscall.Step,
            g => { s.Go(b); return null; },
            bDone.Step,
            g => { bFinishedWhileABlocked = !release.IsSet; release.Set(); return null; },
            aDone.Step));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.False(aTimedOut);
        Assert.True(bFinishedWhileABlocked);
        Assert.Equal(aThread, aThreadAfter);
    }

    [Fact]
    public void MainReturningEndsTheRunWithoutWaitingForOthers()
    {
        // A long shutdown timeout: Run must not wait for the thread stuck in its syscall, and
        // the time bound below tells that apart from a slow (busy) machine.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2, ShutdownTimeout = TimeSpan.FromSeconds(30) });
        var spinning = new Signal(s);
        var inSyscall = new Signal(s);
        var release = new ManualResetEventSlim(false);
        var forever = new Signal(s);
        bool announced = false;
        var spinner = new FuncBody(g =>
        {
            if (!announced)
            {
                announced = true;
                spinning.Post();
            }
            while (!g.Preempt) { }
            return SliceResult.Yielded;
        });
        var parked = new FuncBody(g => forever.WaitOrPark(g) ? SliceResult.Done : SliceResult.Parked);
        bool syscallReturned = false;
        var blocked = new FuncBody(g =>
        {
            s.EnterSyscall(g);
            inSyscall.Post();
            release.Wait();
            s.ExitSyscall(g);
            syscallReturned = true;
            return SliceResult.Done;
        });
        var main = s.Go(new StepBody(
            g => { s.Go(parked); s.Go(spinner); s.Go(blocked); return null; },
            spinning.Step,
            inSyscall.Step));
        var sw = Stopwatch.StartNew();
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(0, info.Code);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(15), $"took {sw.Elapsed}");
        // Every thread but the one blocked in its syscall has stopped.
        Assert.Equal(1, s.LiveThreads);
        release.Set();
        Assert.True(SpinUntil(() => s.LiveThreads == 0), "the M that left its syscall did not stop");
        Assert.True(syscallReturned);
    }

    /// <summary>A body that prints a fake stack, as the VM will.</summary>
    private sealed class TracedBody(Func<G, SliceResult> slice, string frame) : IGoroutineBody, IGoroutineTraceback
    {
        public SliceResult RunSlice(G g, int budget) => slice(g);
        public void WriteTraceback(G g, TextWriter w) => w.Write(frame);
    }

    [Fact]
    public void DeadlockIsReportedAsGoDoes()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var never = new Signal(s);
        var alsoNever = new Signal(s);
        var sender = new FuncBody(g => alsoNever.WaitOrPark(g, WaitReason.ChanSend) ? SliceResult.Done : SliceResult.Parked);
        bool parkedOnce = false;
        var main = s.Go(new TracedBody(g =>
        {
            if (parkedOnce) return SliceResult.Done;
            parkedOnce = true;
            s.Go(sender);
            return never.WaitOrPark(g) ? SliceResult.Done : SliceResult.Parked;
        }, "main.main()\n\t/tmp/prog.go:5 +0x1d\n"));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.Deadlock, info.Reason);
        Assert.Equal(2, info.Code);
        Assert.Equal(
            "fatal error: all goroutines are asleep - deadlock!\n\n" +
            "goroutine 1 [chan receive]:\nmain.main()\n\t/tmp/prog.go:5 +0x1d\n\n" +
            "goroutine 2 [chan send]:\n",
            info.Message);
    }

    [Fact]
    public void ABodyEndsTheProgramWithExitFatalOrAnException()
    {
        var s1 = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var i1 = RunWithTimeout(s1, s1.Go(new FuncBody(g => { s1.Exit(3, "panic: boom\n"); return SliceResult.Done; })));
        Assert.Equal(new ExitInfo(ExitReason.Exit, 3, "panic: boom\n"), i1);

        var s2 = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var i2 = RunWithTimeout(s2, s2.Go(new FuncBody(g => throw new GoExit(7))));
        Assert.Equal(ExitReason.Exit, i2.Reason);
        Assert.Equal(7, i2.Code);

        var s3 = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var i3 = RunWithTimeout(s3, s3.Go(new FuncBody(g => throw new GoFatal("stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit"))));
        Assert.Equal(ExitReason.Fatal, i3.Reason);
        Assert.Equal(2, i3.Code);
        Assert.Equal("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n", i3.Message);

        var s4 = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var i4 = s4.Run(s4.Go(new FuncBody(g => throw new IndexOutOfRangeException("oops"))), cts.Token);
        Assert.Equal(ExitReason.InternalError, i4.Reason);
        Assert.Equal(3, i4.Code);
        Assert.StartsWith("minigo: internal error: IndexOutOfRangeException: oops", i4.Message);
    }

    [Fact]
    public void StopCancelsARun()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var running = new ManualResetEventSlim(false);
        var main = s.Go(new FuncBody(g =>
        {
            running.Set();
            while (!g.Preempt) { }
            return SliceResult.Yielded;
        }));
        using var cts = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            if (running.Wait(TimeSpan.FromSeconds(10))) cts.Cancel();
        });
        canceller.Start();
        var info = s.Run(main, cts.Token);
        canceller.Join();
        Assert.Equal(ExitReason.Stopped, info.Reason);
    }

    [Fact]
    public void ALockedGoroutineAlwaysRunsOnItsThread()
    {
        // L locks itself, then alternately yields and parks; main keeps readying it and
        // spawning other goroutines, so both P's and other M's are busy around it.
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var wake = new Signal(s);
        var threads = new List<int>();
        bool finished = false;
        int round = 0;
        var locked = new FuncBody(g =>
        {
            if (round == 0) s.LockOSThread(g);
            threads.Add(Environment.CurrentManagedThreadId);
            if (++round == 20)
            {
                Volatile.Write(ref finished, true);
                return SliceResult.Done;
            }
            if (round % 2 == 1) return SliceResult.Yielded;
            return wake.WaitOrPark(g) ? SliceResult.Yielded : SliceResult.Parked;
        });
        int others = 0;
        bool started = false;
        var main = s.Go(new FuncBody(g =>
        {
            if (!started)
            {
                started = true;
                s.Go(locked);
            }
            s.Go(new FuncBody(_ => { Interlocked.Increment(ref others); return SliceResult.Done; }));
            wake.Post();
            return Volatile.Read(ref finished) ? SliceResult.Done : SliceResult.Yielded;
        }));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(20, threads.Count);
        Assert.Single(threads.Distinct());
    }

    [Fact]
    public void GomaxprocsChangesWhileTheProgramRuns()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var done = new Signal(s);
        var spinnerDone = new Signal(s);
        int yThread = 0;
        bool stuck = false, stop = false;
        int oldA = 0, oldB = 0;
        var y = new FuncBody(g => { Volatile.Write(ref yThread, Environment.CurrentManagedThreadId); return SliceResult.Done; });
        var x = new FuncBody(g =>
        {
            stuck = !SpinUntil(() => Volatile.Read(ref yThread) != 0);
            done.Post();
            return SliceResult.Done;
        });
        var spinner = new FuncBody(g =>
        {
            while (!g.Preempt)
            {
                if (Volatile.Read(ref stop))
                {
                    spinnerDone.Post();
                    return SliceResult.Done;
                }
            }
            return SliceResult.Yielded;
        });
        var main = s.Go(new StepBody(
            g => { oldA = s.SetMaxProcs(2); s.Go(y); s.Go(x); return null; },
            done.Step,
            g => { s.Go(spinner); return SliceResult.Yielded; },
            g => { oldB = s.SetMaxProcs(1); Volatile.Write(ref stop, true); return null; },
            spinnerDone.Step));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.False(stuck, "two P's did not run two goroutines at once");
        Assert.Equal(1, oldA);
        Assert.Equal(2, oldB);
        Assert.Equal(1, s.MaxProcs);
    }

    [Fact]
    public void SchedulersInOneProcessAreIndependent()
    {
        var results = new ExitInfo[3];
        var threads = Enumerable.Range(0, 3).Select(k => new Thread(() =>
        {
            var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
            var done = new Signal(s);
            int n = 0;
            var main = s.Go(new StepBody(
                g =>
                {
                    for (int i = 0; i < 1000; i++)
                        s.Go(new FuncBody(_ => { if (Interlocked.Increment(ref n) == 1000) done.Post(); return SliceResult.Done; }));
                    return null;
                },
                done.Step));
            results[k] = RunWithTimeout(s, main);
            Assert.Equal(1, main.Id);
            Assert.Equal(1000, n);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(results, r => Assert.Equal(ExitReason.MainReturned, r.Reason));
    }

    [Fact]
    public void NumGoroutineCountsLiveGoroutines()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var hold = new Signal(s);
        int seen = 0, after = 0;
        var main = s.Go(new StepBody(
            g => { s.Go(new StepBody(hold.Step)); return SliceResult.Yielded; },
            g => { seen = s.NumGoroutine; hold.Post(); return SliceResult.Yielded; },
            g => { after = s.NumGoroutine; return null; }));
        var info = RunWithTimeout(s, main);
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(2, seen);
        Assert.Equal(1, after);
    }

    private sealed class ShrinkableBody(params Func<G, SliceResult?>[] steps) : IGoroutineBody, IShrinkable
    {
        private readonly StepBody body = new(steps);
        public int Shrinks;
        public SliceResult RunSlice(G g, int budget) => body.RunSlice(g, budget);
        public void ShrinkStack() => Shrinks++;
    }

    [Fact]
    public void AParkedGoroutineIsOfferedAStackShrink()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 1 });
        var wake = new Signal(s);
        var body = new ShrinkableBody(
            g => { s.Go(new FuncBody(_ => { wake.Post(); return SliceResult.Done; })); return null; },
            wake.Step,
            g => SliceResult.Yielded);
        var info = RunWithTimeout(s, s.Go(body));
        Assert.Equal(ExitReason.MainReturned, info.Reason);
        Assert.Equal(1, body.Shrinks); // on the park, not on the yield
    }
}
