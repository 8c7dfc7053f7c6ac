using System.Text;
using Minigo.Cli;
using Minigo.Runtime;

namespace Minigo.Tests.Conformance;

/// <summary>
/// A folder of Go programs under tests/ with the behaviour real Go showed for each: NAME.out
/// (stdout), NAME.err (the first lines of stderr, as many as the file has; `goroutine * [`
/// stands for any goroutine's number), NAME.code (exit status); NAME.in, if present, is its standard input. known-failures.txt lists the programs minigo does not run correctly yet, with why.
/// </summary>
public sealed class Corpus
{
    public static readonly Corpus Conformance = new("conformance");
    public static readonly Corpus Concurrent = new("concurrent");

    public string Dir { get; }

    /// <summary>Programs expected to fail, with the reason.</summary>
    public IReadOnlyDictionary<string, string> KnownFailures { get; }

    private Corpus(string folder)
    {
        Dir = FindDir(folder);
        string list = Path.Combine(Dir, "known-failures.txt");
        KnownFailures = File.Exists(list)
            ? File.ReadAllLines(list)
                .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split(' ', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1].Trim() : "")
            : [];
    }

    private static string FindDir(string folder)
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d != null && !Directory.Exists(Path.Combine(d.FullName, "tests", folder))) d = d.Parent;
        return d == null ? throw new DirectoryNotFoundException("tests/" + folder) : Path.Combine(d.FullName, "tests", folder);
    }

    /// <summary>The programs expected to behave as Go (all but the known failures), by name.</summary>
    public IEnumerable<string> Passing() =>
        Directory.GetFiles(Dir, "*.go").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)
            .Where(n => !KnownFailures.ContainsKey(n));

    public IEnumerable<string> Failing() => KnownFailures.Keys.Order(StringComparer.Ordinal);

    public bool Exists(string name) => File.Exists(Path.Combine(Dir, name + ".go"));

    /// <summary>Runs one program; returns null if it behaves as Go did, else what differs.</summary>
    public string? Check(string name, SchedulerOptions? scheduler = null)
    {
        string path = Path.Combine(Dir, name + ".go");
        string expectedOut = ReadOr(Path.Combine(Dir, name + ".out"), "");
        string[]? expectedErr = File.Exists(Path.Combine(Dir, name + ".err")) ? Lines(File.ReadAllText(Path.Combine(Dir, name + ".err")).TrimEnd('\n', '\r')) : null;
        int expectedCode = int.Parse(ReadOr(Path.Combine(Dir, name + ".code"), "0").Trim());

        var (code, stdout, stderr) = Run(path, scheduler);
        var problems = new StringBuilder();
        if (stdout != expectedOut) problems.Append($"stdout differs:\n--- want\n{expectedOut}\n--- got\n{stdout}\n");
        if (code != expectedCode) problems.Append($"exit status {code}, want {expectedCode}; stderr: {stderr}\n");
        var errLines = Lines(stderr);
        if (expectedErr != null)
        {
            var got = errLines.Take(expectedErr.Length).ToArray();
            if (got.Length != expectedErr.Length || !got.Zip(expectedErr).All(p => LineMatches(p.Second, p.First)))
                problems.Append($"stderr's first {expectedErr.Length} line(s):\n--- want\n{string.Join('\n', expectedErr)}\n--- got\n{string.Join('\n', got)}\n");
        }
        if (expectedErr == null && expectedCode == 0 && stderr.Length > 0 && !HasPrintBuiltin(path)) problems.Append($"unexpected stderr: {errLines[0]}\n");
        return problems.Length == 0 ? null : problems.ToString();
    }

    /// <summary>An expected `goroutine * [running]:` matches any goroutine number (Go's and minigo's differ but main's 1).</summary>
    private static bool LineMatches(string expected, string got)
    {
        const string anyGoroutine = "goroutine * ";
        if (!expected.StartsWith(anyGoroutine)) return expected == got;
        if (!got.StartsWith("goroutine ")) return false;
        int i = "goroutine ".Length;
        while (i < got.Length && char.IsAsciiDigit(got[i])) i++;
        return i > "goroutine ".Length && got[i..] == expected[(anyGoroutine.Length - 1)..];
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

    private static bool HasPrintBuiltin(string path) => File.ReadAllText(path).Contains("println(") || File.ReadAllText(path).Contains("print(");

    /// <summary>
    /// Runs a program in-process with a time limit; the working directory is the program's
    /// folder (file names as Go prints them). NAME.in, if present, is its standard input (else
    /// an empty one, as regen.sh gives Go /dev/null).
    /// </summary>
    public static (int Code, string Stdout, string Stderr) Run(string path, SchedulerOptions? scheduler = null)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        string input = Path.ChangeExtension(path, ".in");
        using var stdin = File.Exists(input) ? File.OpenRead(input) : (Stream)new MemoryStream();
        int code = -1;
        var thread = new Thread(() => code = Driver.Run([Path.GetFileName(path)], stdout, stderr, baseDir: Path.GetDirectoryName(path), stdin: stdin, scheduler: scheduler), 64 * 1024 * 1024);
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(60))) return (-1, "", "timed out after 60 s");
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    private static string ReadOr(string path, string fallback) => File.Exists(path) ? File.ReadAllText(path) : fallback;
}
