using Minigo.Hosting.Host;

namespace Minigo.Hosting;

/// <summary>
/// How an engine's programs run: standard streams, GOMAXPROCS, the packages a script may
/// import, host packages, limits and cancellation. Set properties, or chain the fluent
/// methods: <c>new EngineOptions().WithStdout(s).LimitTime(TimeSpan.FromSeconds(1))</c>.
/// Each limit passed raises its own exception type.
/// </summary>
public sealed class EngineOptions
{
    /// <summary>The program's os.Stdout (default: the process's standard output).</summary>
    public Stream? Stdout { get; set; }
    /// <summary>The program's os.Stderr and Go's panic reports in Run (default: the process's standard error).</summary>
    public Stream? Stderr { get; set; }
    /// <summary>The program's os.Stdin (default: empty).</summary>
    public Stream? Stdin { get; set; }
    /// <summary>GOMAXPROCS for each program of this engine (default: Go's, the number of cores).</summary>
    public int? MaxProcs { get; set; }
    /// <summary>The working directory for relative paths in os (default: the process's).</summary>
    public string? WorkingDirectory { get; set; }
    /// <summary>os.Args[1:].</summary>
    public IReadOnlyList<string> Args { get; set; } = [];

    /// <summary>Packages a script may import; null: all. Host packages are always allowed.</summary>
    public ISet<string>? AllowedPackages { get; set; }

    /// <summary>Wall-clock time a run, or each call of an instance (and its initialisers), may take: GoTimeoutException.</summary>
    public TimeSpan? TimeLimit { get; set; }
    /// <summary>Calls and loop iterations (the interpreter's preemption points): GoInstructionLimitException.</summary>
    public long MaxInstructions { get; set; }
    /// <summary>Bytes the program may allocate in all (approximate, see README): GoMemoryLimitException.</summary>
    public long MaxMemoryBytes { get; set; }
    /// <summary>Goroutines alive at once: GoGoroutineLimitException.</summary>
    public int MaxGoroutines { get; set; }
    /// <summary>Go's maxstacksize in bytes (default 1 GB as Go): GoStackOverflowException.</summary>
    public long MaxStackBytes { get; set; }
    /// <summary>Stops every run and instance of the engine: GoCanceledException.</summary>
    public CancellationToken CancellationToken { get; set; }

    internal List<HostPackage> HostPackages { get; } = [];

    public EngineOptions WithStdout(Stream s) { Stdout = s; return this; }
    public EngineOptions WithStdout(TextWriter w) { Stdout = new TextWriterStream(w); return this; }
    public EngineOptions WithStderr(Stream s) { Stderr = s; return this; }
    public EngineOptions WithStderr(TextWriter w) { Stderr = new TextWriterStream(w); return this; }
    public EngineOptions WithStdin(Stream s) { Stdin = s; return this; }
    public EngineOptions WithMaxProcs(int n) { MaxProcs = n; return this; }
    public EngineOptions WithArgs(params string[] args) { Args = args; return this; }
    public EngineOptions WithWorkingDirectory(string dir) { WorkingDirectory = dir; return this; }
    public EngineOptions AllowPackages(params string[] paths) { (AllowedPackages ??= new HashSet<string>()).UnionWith(paths); return this; }
    /// <summary>The sandbox: only SafePackages (no os, net, syscall, os/signal...), plus those allowed by name and the host packages.</summary>
    public EngineOptions Sandboxed() => AllowPackages([.. SafePackages]);
    public EngineOptions LimitTime(TimeSpan t) { TimeLimit = t; return this; }
    public EngineOptions LimitInstructions(long n) { MaxInstructions = n; return this; }
    public EngineOptions LimitMemory(long bytes) { MaxMemoryBytes = bytes; return this; }
    public EngineOptions LimitGoroutines(int n) { MaxGoroutines = n; return this; }
    public EngineOptions LimitStack(long bytes) { MaxStackBytes = bytes; return this; }
    public EngineOptions WithCancellation(CancellationToken token) { CancellationToken = token; return this; }

    /// <summary>Adds a package scripts can import by its path (e.g. "host").</summary>
    public EngineOptions AddPackage(HostPackage package) { HostPackages.Add(package); return this; }

    /// <summary>Adds a host package built in place: <c>.AddPackage("host", p => p.Func("Add", (int a, int b) => a + b))</c>.</summary>
    public EngineOptions AddPackage(string path, Action<HostPackage> build)
    {
        var p = new HostPackage(path);
        build(p);
        return AddPackage(p);
    }

    /// <summary>The sandbox's default: packages that touch nothing outside the program.</summary>
    public static readonly IReadOnlySet<string> SafePackages = new HashSet<string>
    {
        "fmt", "strings", "strconv", "bytes", "errors", "math", "math/bits", "math/rand", "sort", "slices", "maps",
        "cmp", "unicode", "unicode/utf8", "time", "sync", "sync/atomic", "context", "container/list", "encoding/json",
        "bufio", "io", "path",
    };
}
