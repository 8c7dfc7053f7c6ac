using Xunit;

namespace Minigo.Hosting.Tests;

public class CallTests
{
    private const string Library = """
        package main

        import (
            "errors"
            "fmt"
            "strings"
        )

        type Point struct {
            X, Y int
            Name string
        }

        var calls int

        func init() { calls = 100 }

        func Add(a, b int) int { calls++; return a + b }
        func Calls() int { return calls }
        func Half(x float64) float64 { return x / 2 }
        func Not(b bool) bool { return !b }
        func Upper(s string) string { return strings.ToUpper(s) }
        func Reverse(b []byte) []byte {
            r := make([]byte, len(b))
            for i, c := range b { r[len(b)-1-i] = c }
            return r
        }
        func Sum(xs []int) int { s := 0; for _, x := range xs { s += x }; return s }
        func Words(s string) []string { return strings.Fields(s) }
        func Counts(words []string) map[string]int {
            m := map[string]int{}
            for _, w := range words { m[w]++ }
            return m
        }
        func Move(p Point, dx int) Point { p.X += dx; p.Name = fmt.Sprint(p.Name, "'"); return p }
        func Div(a, b int) (int, error) {
            if b == 0 { return 0, errors.New("division by zero") }
            return a / b, nil
        }
        func DivMod(a, b int) (int, int) { return a / b, a % b }
        func Crash() { var m map[string]int; m["x"] = 1 }
        func Adder(n int) func(int) int { return func(x int) int { return x + n } }
        func Apply(f func(int) int, x int) int { return f(f(x)) }
        func Numbers(n int) chan int {
            c := make(chan int)
            go func() { for i := 0; i < n; i++ { c <- i }; close(c) }()
            return c
        }
        func Collect(c chan string, n int) string {
            var parts []string
            for i := 0; i < n; i++ { parts = append(parts, <-c) }
            return strings.Join(parts, ",")
        }
        """;

    public sealed record PointRecord(long X, long Y, string Name);

    private static GoInstance Start(out GoEngine engine)
    {
        engine = new Captured().Engine();
        return engine.Compile(Library, "lib.go").Start();
    }

    [Fact]
    public void CallsExportedFunctionsWithConversions()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        Assert.Equal(5L, instance.Call("Add", 2, 3));
        Assert.Equal(7, instance.Call<int>("Add", 3, 4));
        Assert.Equal(102L, instance.Call("Calls")); // init ran once, globals persist between calls
        Assert.Equal(1.25, instance.Call("Half", 2.5));
        Assert.Equal(false, instance.Call("Not", true));
        Assert.Equal("HÉLLO", instance.Call("Upper", "héllo"));
        Assert.Equal(new byte[] { 3, 2, 1 }, instance.Call("Reverse", new byte[] { 1, 2, 3 }));
        Assert.Equal(6L, instance.Call("Sum", new List<int> { 1, 2, 3 }));
        Assert.Equal(new[] { "a", "b", "a" }, instance.Call<string[]>("Words", "a b  a"));
        Assert.Equal(new List<string> { "a", "b", "a" }, instance.Call<List<string>>("Words", "a b  a"));
        var counts = instance.Call<Dictionary<string, long>>("Counts", new[] { "a", "b", "a" }.ToList());
        Assert.Equal(2L, counts["a"]);
        Assert.Equal(1L, counts["b"]);
    }

    [Fact]
    public void StructsAsRecordsOrDictionaries()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        var p = instance.Call<PointRecord>("Move", new PointRecord(1, 2, "p"), 10);
        Assert.Equal(new PointRecord(11, 2, "p'"), p);
        var d = (Dictionary<string, object?>)instance.Call("Move", new Dictionary<string, object?> { ["X"] = 1, ["Name"] = "q" }, 1)!;
        Assert.Equal(2L, d["X"]);
        Assert.Equal("q'", d["Name"]);
    }

    [Fact]
    public void ErrorsAreExceptionsOrValues()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        Assert.Equal(3L, instance.Call("Div", 7, 2));
        var e = Assert.Throws<GoErrorException>(() => instance.Call("Div", 1, 0));
        Assert.Equal("division by zero", e.Message);
        var all = instance.CallAll("Div", 1, 0);
        Assert.Equal(0L, all[0]);
        Assert.Equal("division by zero", Assert.IsType<GoErrorException>(all[1]).Message);
        Assert.Equal(new object?[] { 3L, 1L }, (object?[])instance.Call("DivMod", 7, 2)!);
    }

    [Fact]
    public void PanicInACallIsThatCallsExceptionAndTheInstanceGoesOn()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        var e = Assert.Throws<GoPanicException>(() => instance.Call("Crash"));
        Assert.Equal("panic: assignment to entry in nil map", e.Message);
        Assert.Contains("main.Crash(...)", e.GoStack);
        Assert.Equal(3L, instance.Call("Add", 1, 2));
    }

    [Fact]
    public void FuncValuesBothWays()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        var add10 = instance.Call<GoFunction>("Adder", 10);
        Assert.Equal(15L, add10.Invoke(5));
        Assert.Equal(25L, instance.Call("Apply", add10, 5));
        Assert.Equal(20L, instance.Call("Apply", (Func<long, long>)(x => x * 2), 5));
        var add = instance.GetFunction("Add");
        Assert.Equal(9, add.Invoke<int>(4, 5));
    }

    [Fact]
    public async Task ChannelsAsChannelReaderAndWriter()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        var reader = instance.Call<GoChannel>("Numbers", 5).AsReader<int>();
        var got = new List<int>();
        await foreach (var x in reader.ReadAllAsync()) got.Add(x);
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, got);

        var numbers = instance.Call<GoChannel>("Numbers", 2);
        Assert.Equal((0L, true), numbers.Receive<long>());
        Assert.Equal((1L, true), numbers.Receive<long>());
        Assert.False(numbers.Receive<long>().Ok);
    }

    [Fact]
    public void ConcurrentCallsOnOneInstance()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        var results = new long[8];
        Parallel.For(0, 8, i => results[i] = instance.Call<long>("Add", i, 1000));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => 1000L + i), results);
    }

    [Fact]
    public void WrongArgumentsAreClearErrors()
    {
        using var instance = Start(out var engine);
        using var _ = engine;
        Assert.Throws<ArgumentException>(() => instance.Call("Nope"));
        Assert.Throws<ArgumentException>(() => instance.Call("Add", 1));
        Assert.Throws<FormatException>(() => instance.Call("Add", "x", 1));
    }
}
