using Xunit;

namespace Minigo.Hosting.Tests;

/// <summary>Calls that do more than compute: block, run long, start goroutines, end the program.</summary>
public class InstanceTests
{
    private const string Source = """
        package main

        import (
            "os"
            "sync"
            "time"
        )

        var (
            mu    sync.Mutex
            total int
            jobs  = make(chan int, 10)
        )

        func init() {
            go func() {
                for j := range jobs {
                    mu.Lock()
                    total += j
                    mu.Unlock()
                }
            }()
        }

        // Blocks on a channel until another goroutine answers.
        func Echo(x int) int {
            c := make(chan int)
            go func() { time.Sleep(time.Millisecond); c <- x * 2 }()
            return <-c
        }

        // Runs for a while: longer than a time slice.
        func Spin(n int) int {
            s := 0
            for i := 0; i < n; i++ { s += i % 7 }
            return s
        }

        func Submit(j int) { jobs <- j }
        func Total() int { mu.Lock(); defer mu.Unlock(); return total }
        func Exit(code int) { os.Exit(code) }
        func Deadlock() { select {} }
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void BlockingAndLongCallsBecomeGoroutines(int procs)
    {
        using var engine = new Captured().Engine(o => o.WithMaxProcs(procs));
        using var instance = engine.Compile(Source).Start();
        Assert.Equal(42L, instance.Call("Echo", 21));
        long expected = 0;
        for (int i = 0; i < 3_000_000; i++) expected += i % 7;
        Assert.Equal(expected, instance.Call("Spin", 3_000_000));
        for (int j = 1; j <= 100; j++) instance.Call("Submit", j);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (instance.Call<long>("Total") != 5050 && DateTime.UtcNow < deadline) Thread.Yield();
        Assert.Equal(5050L, instance.Call("Total"));
    }

    [Fact]
    public void OsExitEndsTheInstance()
    {
        using var engine = new Captured().Engine();
        using var instance = engine.Compile(Source).Start();
        Assert.Equal(3, Assert.Throws<GoExitException>(() => instance.Call("Exit", 3)).Code);
        Assert.IsType<GoExitException>(instance.EndedBecause);
        Assert.Throws<GoInstanceEndedException>(() => instance.Call("Total"));
    }

    [Fact]
    public void ADeadlockedCallIsReported()
    {
        using var engine = new Captured().Engine();
        using var instance = engine.Compile("package main\nfunc Deadlock() { select {} }").Start();
        var e = Assert.Throws<GoDeadlockException>(() => instance.Call("Deadlock"));
        Assert.Contains("all goroutines are asleep", e.Message);
    }

    [Fact]
    public void InterruptStopsASpinningCall()
    {
        using var spinning = new ManualResetEventSlim();
        using var engine = new Captured().Engine(o => o.AddPackage("host", p => p.Func("Spinning", () => spinning.Set())));
        using var instance = engine.Compile("package main\nimport \"host\"\nfunc Spin() { host.Spinning(); for {} }").Start();
        var call = Task.Run(() => instance.Call("Spin"));
        Assert.True(spinning.Wait(TimeSpan.FromSeconds(30)));
        instance.Interrupt();
        Assert.Throws<GoCanceledException>(() => call.GetAwaiter().GetResult());
    }

    [Fact]
    public void InitPanicFailsStart()
    {
        using var engine = new Captured().Engine();
        var e = Assert.Throws<GoPanicException>(() => engine.Compile("package main\nfunc init() { panic(\"no config\") }").Start());
        Assert.StartsWith("panic: no config", e.Message);
    }

    [Fact]
    public void RunWithoutMainIsAClearError()
    {
        using var engine = new Captured().Engine();
        var e = Assert.Throws<GoException>(() => engine.Compile("package main\nfunc F() {}").Run());
        Assert.Equal("function main is undeclared in the main package", e.Message);
    }
}

public class HostCallbackTests
{
    [Fact]
    public void AHostFunctionMayCallAnExportedFunctionOfItsOwnInstance()
    {
        GoInstance? self = null;
        using var engine = new Captured().Engine(o => o.WithMaxProcs(1).AddPackage("host", p => p.Func("Twice", (long x) => self!.Call<long>("Double", x) * 2)));
        using var instance = engine.Compile("package main\nimport \"host\"\nfunc Double(x int) int { return x * 2 }\nfunc Quad(x int) int64 { return host.Twice(int64(x)) }").Start();
        self = instance;
        Assert.Equal(12L, instance.Call("Quad", 3));
    }
}
