using Xunit;

namespace Minigo.Hosting.Tests;

public class HostPackageTests
{
    public sealed class Greeter
    {
        public int Calls;
        public string Greet(string name) { Calls++; return "hello, " + name; }
        public (int, bool) Parse(string s) => int.TryParse(s, out int n) ? (n, true) : (0, false);
        public static double Twice(double x) => 2 * x;
    }

    [Fact]
    public void DelegatesConstantsAndObjectMethods()
    {
        var c = new Captured();
        var greeter = new Greeter();
        using var engine = c.Engine(o => o
            .AddPackage("host", p => p
                .Func("Add", (int a, int b) => a + b)
                .Func("Join", (string[] parts, string sep) => string.Join(sep, parts))
                .Func("Keys", (Dictionary<string, int> m) => m.Keys.OrderBy(k => k).ToList())
                .Func("Log", (string s) => c.Err.Write(System.Text.Encoding.UTF8.GetBytes("log:" + s)))
                .Const("Version", "1.2")
                .Const("Limit", 42))
            .AddPackage("app/greeter", p => p.Object(greeter)));
        engine.Run("""
            package main

            import (
                "fmt"
                "host"
                "app/greeter"
            )

            func main() {
                fmt.Println(host.Add(2, 3), host.Version, host.Limit*2)
                fmt.Println(host.Join([]string{"a", "b"}, "-"), host.Keys(map[string]int{"y": 1, "x": 2}))
                host.Log("x")
                n, ok := greeter.Parse("12")
                fmt.Println(greeter.Greet("gopher"), n, ok, greeter.Twice(1.5))
            }
            """);
        Assert.Equal("5 1.2 84\na-b [x y]\nhello, gopher 12 true 3\n", c.Stdout);
        Assert.Equal("log:x", c.Stderr);
        Assert.Equal(1, greeter.Calls);
    }

    [Fact]
    public void HostExceptionsArePanicsGoCanRecover()
    {
        var c = new Captured();
        using var engine = c.Engine(o => o.AddPackage("host", p => p.Func("Fail", new Action<string>(m => throw new InvalidOperationException(m)))));
        engine.Run("""
            package main
            import ("fmt"; "host")
            func main() {
                defer func() { fmt.Println("recovered:", recover()) }()
                host.Fail("bad input")
            }
            """);
        Assert.Equal("recovered: host: bad input\n", c.Stdout);
    }

    [Fact]
    public void GoCallsADelegateThatCallsBackIntoGo()
    {
        var c = new Captured();
        using var engine = c.Engine(o => o.AddPackage("host", p => p.Func("Map", (long[] xs, Func<long, long> f) => xs.Select(f).ToArray())));
        engine.Run("package main\nimport (\"fmt\"; \"host\")\nfunc main() { fmt.Println(host.Map([]int64{1, 2, 3}, func(x int64) int64 { return x * x })) }");
        Assert.Equal("[1 4 9]\n", c.Stdout);
    }

    [Fact]
    public void BlockingHostFunctionsDoNotStallOtherGoroutines()
    {
        // GOMAXPROCS=1: while main blocks in the host, another goroutine must still run
        // (it is what releases the host function).
        using var released = new ManualResetEventSlim();
        var c = new Captured();
        using var engine = c.Engine(o => o.WithMaxProcs(1).AddPackage("host", p => p
            .Func("Wait", () => released.Wait(TimeSpan.FromSeconds(10)), blocking: true)
            .Func("Release", () => released.Set())));
        engine.Run("""
            package main
            import ("fmt"; "host")
            func main() {
                go host.Release()
                fmt.Println(host.Wait())
            }
            """);
        Assert.Equal("true\n", c.Stdout);
    }

    [Fact]
    public void AsyncHostFunctionsParkTheGoroutine()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var c = new Captured();
        using var engine = c.Engine(o => o.WithMaxProcs(1).AddPackage("host", p => p
            .Func("Fetch", async (string key) => key + "=" + await gate.Task)
            .Func("Delay", async (int ms) => { await Task.Delay(ms); return ms; })
            .Func("Open", () => gate.SetResult("v"))));
        engine.Run("""
            package main
            import ("fmt"; "host")
            func main() {
                done := make(chan string)
                for i := 0; i < 3; i++ {
                    go func() { done <- host.Fetch(fmt.Sprint("k", i)) }()
                }
                fmt.Println(host.Delay(5))
                host.Open()
                got := map[string]bool{}
                for i := 0; i < 3; i++ { got[<-done] = true }
                fmt.Println(len(got), got["k0=v"], got["k2=v"])
            }
            """);
        Assert.Equal("5\n3 true true\n", c.Stdout);
    }

    [Fact]
    public void AsyncFailuresArePanics()
    {
        using var engine = new Captured().Engine(o => o.AddPackage("host", p => p.Func("Boom", async () => { await Task.Yield(); throw new TimeoutException("slow"); })));
        var e = Assert.Throws<GoPanicException>(() => engine.Run("package main\nimport \"host\"\nfunc main() { host.Boom() }"));
        Assert.StartsWith("panic: host: slow", e.Message);
    }

    [Fact]
    public void UnsupportedHostTypesAreRejectedWhenAdded()
    {
        Assert.Throws<ArgumentException>(() => new HostPackage("host").Func("F", (Stream s) => 1));
        Assert.Throws<ArgumentException>(() => new HostPackage("host").Func("lower", () => 1));
        Assert.Throws<ArgumentException>(() => new HostPackage("bad path!"));
    }
}
