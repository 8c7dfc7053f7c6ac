using System.Text;
using Minigo.Cli;
using Xunit;

namespace Minigo.Tests.Conformance;

/// <summary>
/// Runs every Go program in tests/conformance through minigo (in-process, through the same
/// Driver as `minigo run`) and compares stdout, the first line of stderr and the exit status
/// with the files Go produced. Programs listed in known-failures.txt are expected to fail
/// for the reason given there; a test checks that they still do, so the list stays honest.
/// </summary>
public class ConformanceTests
{
    public static readonly string Dir = FindDir();

    private static string FindDir()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d != null && !Directory.Exists(Path.Combine(d.FullName, "tests", "conformance"))) d = d.Parent;
        return d == null ? throw new DirectoryNotFoundException("tests/conformance") : Path.Combine(d.FullName, "tests", "conformance");
    }

    private static readonly Dictionary<string, string> KnownFailures = File.Exists(Path.Combine(Dir, "known-failures.txt"))
        ? File.ReadAllLines(Path.Combine(Dir, "known-failures.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1].Trim() : "")
        : [];

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(Dir, "*.go").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
            .Where(n => !KnownFailures.ContainsKey(n!)).Select(n => new object[] { n! });

    public static IEnumerable<object[]> Failing() =>
        KnownFailures.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramBehavesAsGo(string name)
    {
        var mismatch = Check(name);
        Assert.True(mismatch == null, mismatch);
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void KnownFailureStillFails(string name)
    {
        Assert.True(File.Exists(Path.Combine(Dir, name + ".go")), $"{name}.go listed in known-failures.txt does not exist");
        Assert.True(Check(name) != null, $"{name} now passes: remove it from known-failures.txt");
    }

    /// <summary>Runs one program; returns null if it behaves as Go did, else what differs.</summary>
    public static string? Check(string name)
    {
        string path = Path.Combine(Dir, name + ".go");
        string expectedOut = ReadOr(Path.Combine(Dir, name + ".out"), "");
        string? expectedErr = File.Exists(Path.Combine(Dir, name + ".err")) ? File.ReadAllText(Path.Combine(Dir, name + ".err")).TrimEnd('\n', '\r') : null;
        int expectedCode = int.Parse(ReadOr(Path.Combine(Dir, name + ".code"), "0").Trim());

        var (code, stdout, stderr) = Run(path);
        var problems = new StringBuilder();
        if (stdout != expectedOut) problems.Append($"stdout differs:\n--- want\n{expectedOut}\n--- got\n{stdout}\n");
        if (code != expectedCode) problems.Append($"exit status {code}, want {expectedCode}\n");
        string firstErr = stderr.Split('\n')[0];
        if (expectedErr != null && firstErr != expectedErr) problems.Append($"stderr first line:\n  want {expectedErr}\n  got  {firstErr}\n");
        if (expectedErr == null && expectedCode == 0 && stderr.Length > 0 && !HasPrintBuiltin(path)) problems.Append($"unexpected stderr: {firstErr}\n");
        return problems.Length == 0 ? null : problems.ToString();
    }

    private static bool HasPrintBuiltin(string path) => File.ReadAllText(path).Contains("println(") || File.ReadAllText(path).Contains("print(");

    /// <summary>
    /// Runs a program in-process with a time limit; the working directory is the corpus folder
    /// (file names as Go prints them). NAME.in, if present, is its standard input (else an
    /// empty one, as regen.sh gives Go /dev/null).
    /// </summary>
    public static (int Code, string Stdout, string Stderr) Run(string path)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        string input = Path.ChangeExtension(path, ".in");
        using var stdin = File.Exists(input) ? File.OpenRead(input) : (Stream)new MemoryStream();
        int code = -1;
        var thread = new Thread(() => code = Driver.Run([Path.GetFileName(path)], stdout, stderr, baseDir: Path.GetDirectoryName(path), stdin: stdin), 64 * 1024 * 1024);
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(60))) return (-1, "", "timed out after 60 s");
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    private static string ReadOr(string path, string fallback) => File.Exists(path) ? File.ReadAllText(path) : fallback;
}
