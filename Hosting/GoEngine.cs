using System.Collections.Concurrent;
using Minigo.Compiler;
using Minigo.Hosting.Host;
using Minigo.StdLib;
using Minigo.VM;

namespace Minigo.Hosting;

/// <summary>
/// The entry point of the embedding API (Jint's Engine): options shared by every program it
/// compiles, and the programs it runs, which Interrupt and Dispose stop. Engines are
/// independent of one another; several may run at once in one process.
/// <code>
/// using var engine = new GoEngine(new EngineOptions().WithStdout(Console.Out));
/// var script = engine.Compile("package main\nfunc Add(a, b int) int { return a + b }\nfunc main() {}");
/// using var instance = script.Start();
/// long sum = instance.Call&lt;long&gt;("Add", 2, 3);
/// </code>
/// </summary>
public sealed class GoEngine : IDisposable
{
    private readonly ConcurrentDictionary<ProgramRun, byte> running = new();
    private readonly IPackageSource packages;
    private readonly CompileOptions compileOptions;
    private volatile bool disposed;

    public EngineOptions Options { get; }

    public GoEngine(EngineOptions? options = null)
    {
        Options = options ?? new EngineOptions();
        packages = Options.HostPackages.Count == 0 ? StdLibrary.Instance : new HostPackageSource(StdLibrary.Instance, Options.HostPackages);
        var allowed = Options.AllowedPackages;
        var hostPaths = Options.HostPackages.Select(p => p.Path).ToHashSet();
        compileOptions = new CompileOptions
        {
            AllowImport = allowed == null ? null : path => allowed.Contains(path) || hostPaths.Contains(path),
            RequireMain = false,
        };
    }

    public GoEngine(Action<EngineOptions> configure) : this(Configured(configure)) { }

    private static EngineOptions Configured(Action<EngineOptions> configure)
    {
        var o = new EngineOptions();
        configure(o);
        return o;
    }

    /// <summary>Compiles one file of source (package main). GoCompileException carries go build's errors.</summary>
    public GoScript Compile(string source, string fileName = "main.go") => Compile([new SourceText(fileName, source)]);

    /// <summary>Compiles several files of one package, given as (file name, text).</summary>
    public GoScript Compile(IEnumerable<(string FileName, string Source)> files) =>
        Compile(files.Select(f => new SourceText(f.FileName, f.Source)).ToList());

    /// <summary>Compiles .go files, or every .go file of one directory, as `go run` takes them.</summary>
    public GoScript CompileFiles(params string[] pathsOrDirectory)
    {
        var (sources, _, error) = SourceLoader.Load(pathsOrDirectory);
        if (error != null) throw new GoCompileException([], error);
        return Compile(sources!);
    }

    private GoScript Compile(IReadOnlyList<SourceText> sources)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var result = Compilation.Compile(sources, packages, compileOptions);
        if (result.Program == null) throw CompileErrors.ToException(result.Errors);
        return new GoScript(this, result.Program, sources[0].Path);
    }

    /// <summary>Compiles and runs main: the exit status (os.Exit's, else 0); a panic or a limit throws.</summary>
    public int Run(string source) => Compile(source).Run();

    /// <summary>Stops every program this engine runs, promptly, all their goroutines included: they throw GoCanceledException.</summary>
    public void Interrupt()
    {
        foreach (var run in running.Keys) run.Stop(StopReason.Canceled);
    }

    /// <summary>Interrupts every program and waits for their threads to end.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        foreach (var run in running.Keys) run.Stop(StopReason.Disposed);
        foreach (var run in running.Keys) run.WaitEnded(TimeSpan.FromSeconds(2));
    }

    internal void Register(ProgramRun run)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        running[run] = 0;
    }

    internal void Unregister(ProgramRun run) => running.TryRemove(run, out _);

    /// <summary>Programs running now (runs and live instances).</summary>
    public int RunningPrograms => running.Count;
}
