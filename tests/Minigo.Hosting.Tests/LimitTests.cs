using System.Diagnostics;
using Xunit;

namespace Minigo.Hosting.Tests;

public class LimitTests
{
    private const string SpinForever = "package main\nfunc main() {\n\tgo func() { for {} }()\n\tfor {}\n}";

    [Fact]
    public void TimeLimitStopsASpinningScript()
    {
        using var engine = new Captured().Engine(o => o.LimitTime(TimeSpan.FromMilliseconds(200)));
        var watch = Stopwatch.StartNew();
        Assert.Throws<GoTimeoutException>(() => engine.Run(SpinForever));
        Assert.True(watch.ElapsedMilliseconds < 3000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(0, engine.RunningPrograms);
    }

    [Fact]
    public void CancellationTokenStopsAllGoroutines()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var engine = new Captured().Engine(o => o.WithCancellation(cts.Token));
        Assert.Throws<GoCanceledException>(() => engine.Run(SpinForever));
    }

    [Fact]
    public void InterruptStopsARunFromAnotherThread()
    {
        using var engine = new Captured().Engine();
        var script = engine.Compile(SpinForever);
        var run = script.RunAsync();
        while (engine.RunningPrograms == 0) Thread.Yield();
        engine.Interrupt();
        Assert.Throws<GoCanceledException>(() => run.GetAwaiter().GetResult());
    }

    [Fact]
    public void InstructionLimit()
    {
        using var engine = new Captured().Engine(o => o.LimitInstructions(1_000_000));
        Assert.Throws<GoInstructionLimitException>(() => engine.Run(SpinForever));
        // Under the limit: runs normally.
        Assert.Equal(0, engine.Run("package main\nfunc main() { s := 0; for i := 0; i < 1000; i++ { s += i }; _ = s }"));
    }

    [Fact]
    public void MemoryLimitStopsUnboundedAllocation()
    {
        using var engine = new Captured().Engine(o => o.LimitMemory(64 << 20));
        Assert.Throws<GoMemoryLimitException>(() => engine.Run("""
            package main
            func main() {
                var keep [][]byte
                for { keep = append(keep, make([]byte, 1<<16)) }
            }
            """));
    }

    [Fact]
    public void GoroutineLimit()
    {
        using var engine = new Captured().Engine(o => o.LimitGoroutines(100));
        Assert.Throws<GoGoroutineLimitException>(() => engine.Run("""
            package main
            func main() {
                block := make(chan bool)
                for { go func() { <-block }() }
            }
            """));
    }

    [Fact]
    public void TimeLimitOnAnInstanceCall()
    {
        using var engine = new Captured().Engine(o => o.LimitTime(TimeSpan.FromMilliseconds(200)));
        using var instance = engine.Compile("package main\nfunc Spin() { for {} }").Start();
        Assert.Throws<GoTimeoutException>(() => instance.Call("Spin"));
        Assert.Throws<GoInstanceEndedException>(() => instance.Call("Spin"));
    }

    [Fact]
    public void DisposingAnEngineStopsItsProgramsAndThreads()
    {
        var engine = new Captured().Engine();
        var run = engine.Compile(SpinForever).RunAsync();
        using var instance = engine.Compile("package main\nfunc init() { go func() { for {} }() }\nfunc F() int { return 1 }").Start();
        Assert.Equal(1L, instance.Call("F"));
        while (engine.RunningPrograms < 2) Thread.Yield();
        engine.Dispose();
        Assert.ThrowsAny<Exception>(() => run.GetAwaiter().GetResult());
        Assert.Equal(0, engine.RunningPrograms);
        Assert.Throws<GoInstanceEndedException>(() => instance.Call("F"));
    }

    [Fact]
    public void EnginesRunConcurrentlyInIsolation()
    {
        const string counter = "package main\nvar n int\nfunc Inc() int { n++; return n }";
        var results = new long[4];
        Parallel.For(0, 4, i =>
        {
            using var engine = new Captured().Engine(o => o.WithMaxProcs(1));
            using var instance = engine.Compile(counter).Start();
            for (int k = 0; k < 50; k++) results[i] = instance.Call<long>("Inc");
        });
        Assert.All(results, r => Assert.Equal(50L, r));
    }
}
