using BenchmarkDotNet.Attributes;

namespace Minigo.Hosting.Bench;

/// <summary>What an embedder pays: an engine and a hello-world run; a call of an exported Go function.</summary>
[MemoryDiagnoser]
public class HostingBenchmarks
{
    private const string Hello = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello, world\") }";
    private const string Library = "package main\nfunc Add(a, b int) int { return a + b }\nfunc Nop() {}";

    private GoEngine engine = null!;
    private GoScript hello = null!;
    private GoInstance instance = null!;
    private GoFunction add = null!;

    [GlobalSetup]
    public void Setup()
    {
        engine = new GoEngine(new EngineOptions().WithStdout(Stream.Null).WithMaxProcs(1));
        hello = engine.Compile(Hello);
        instance = engine.Compile(Library).Start();
        add = instance.GetFunction("Add");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        instance.Dispose();
        engine.Dispose();
    }

    /// <summary>A new engine, compile hello.go, run it.</summary>
    [Benchmark]
    public int NewEngineCompileAndRunHello()
    {
        using var e = new GoEngine(new EngineOptions().WithStdout(Stream.Null).WithMaxProcs(1));
        return e.Run(Hello);
    }

    /// <summary>Run an already compiled hello.go.</summary>
    [Benchmark]
    public int RunCompiledHello() => hello.Run();

    [Benchmark]
    public object? CallAddByName() => instance.Call("Add", 2, 3);

    [Benchmark]
    public long CallAddThroughGoFunction() => add.Invoke<long>(2, 3);
}
