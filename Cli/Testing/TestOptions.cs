namespace Minigo.Cli.Testing;

/// <summary>`minigo test`'s flags, as `go test` spells them.</summary>
/// <param name="Paths">Directories (`dir/...` for a tree), _test.go files, or Go test-directory files; none: the current directory.</param>
/// <param name="Timeout">A test binary's -timeout (go test: 10m); for a `// run` file, its limit.</param>
public sealed record TestOptions(
    IReadOnlyList<string> Paths,
    bool Verbose = false,
    string Run = "",
    string Bench = "",
    int Count = 1,
    TimeSpan? Timeout = null,
    string BenchTime = "")
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);
    public TimeSpan Limit => Timeout ?? DefaultTimeout;
}
