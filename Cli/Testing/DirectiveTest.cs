using System.Text;
using Minigo.Compiler;

namespace Minigo.Cli.Testing;

public enum TestStatus { Pass, Fail, Skip }

/// <summary>The result of one Go test-directory file: its action (`run`, `errorcheck`, ...), and why it failed or was skipped.</summary>
public sealed record DirectiveResult(string Action, TestStatus Status, string Reason, TimeSpan Elapsed);

/// <summary>
/// One file of Go's test directory, run as test/run.go runs it. Its recipe is the comment
/// that starts it (after a `// +build` line), up to the first blank line:
/// - `run` (and `buildrun`): the program's combined stdout and stderr must equal the .out
///   file next to it, or be empty without one, and it must exit with status 0. Flags of the
///   recipe (-gcflags=..., -race) are ignored; leading .go words are more files of the
///   program, the other words its arguments.
/// - `compile`: the file must compile (as a library package); `build`: as a program.
/// - `errorcheck`: compiling must fail with exactly the errors its `// ERROR` comments
///   expect (ErrorCheck). Recipes with compiler flags that change the diagnostics (-m, -0,
///   -lang, -std, -+ ...) are skipped; -d=... is ignored.
/// - `skip` and the multi-package or toolchain recipes (rundir, compiledir, errorcheckdir,
///   runoutput, asmcheck, ...) are reported as skipped, with the reason.
/// Build constraints that exclude linux/amd64 skip the file, as run.go does.
/// </summary>
public static class DirectiveTest
{
    private static readonly HashSet<string> KnownActions =
    [
        "compile", "compiledir", "build", "builddir", "buildrundir", "run", "buildrun", "runoutput", "rundir", "runindir",
        "asmcheck", "errorcheck", "errorcheckdir", "errorcheckoutput", "errorcheckwithauto", "errorcheckandrundir", "skip",
    ];

    /// <summary>The file's recipe words (action first), or null if it does not start with one run.go knows.</summary>
    public static string[]? Recipe(string source)
    {
        if (source.Length == 0 || source[0] == '\n') return null;
        int end = source.IndexOf("\n\n", StringComparison.Ordinal);
        var action = end < 0 ? source : source[..end];
        int nl = action.IndexOf('\n');
        if (nl >= 0 && action[..nl].Contains("+build")) action = action[(nl + 1)..];
        if (!action.StartsWith("//", StringComparison.Ordinal)) return null;
        var words = action[2..].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && KnownActions.Contains(words[0]) ? words : null;
    }

    public static DirectiveResult Run(string path, TimeSpan limit)
    {
        var started = DateTime.UtcNow;
        var source = File.ReadAllText(path);
        var recipe = Recipe(source) ?? ["skip"];
        string action = recipe[0];
        DirectiveResult Result(TestStatus status, string reason) => new(action, status, reason, DateTime.UtcNow - started);

        var excluded = BuildConstraint.Excluding(source);
        if (excluded != null) return Result(TestStatus.Skip, "build constraints exclude linux/amd64: " + excluded);
        var flags = recipe.Skip(1).Where(w => w.StartsWith('-')).ToList();
        var args = recipe.Skip(1).Where(w => !w.StartsWith('-')).ToList();
        var name = Path.GetFileName(path);
        var sources = new[] { new SourceText(name, source) };
        switch (action)
        {
            case "run" or "buildrun":
                return RunProgram(path, sources, args, limit, Result);
            case "compile" or "build":
            {
                var errors = ProgramRun.Compile(sources, action == "build" ? CompileOptions.Default : new CompileOptions(""), limit);
                if (errors == null) return Result(TestStatus.Fail, "compilation timed out");
                return errors.Count == 0 ? Result(TestStatus.Pass, "") : Result(TestStatus.Fail, string.Join("\n", errors));
            }
            case "errorcheck":
            {
                var unsupported = flags.Where(f => !f.StartsWith("-d=", StringComparison.Ordinal) && f is not ("-1" or "-C" or "-e")).ToList();
                if (unsupported.Count > 0) return Result(TestStatus.Skip, $"errorcheck with compiler flags {string.Join(" ", unsupported)}: not supported");
                var errors = ProgramRun.Compile(sources, CompileOptions.ErrorCheck, limit);
                if (errors == null) return Result(TestStatus.Fail, "compilation timed out");
                if (errors.Count == 0) return Result(TestStatus.Fail, "compilation succeeded unexpectedly");
                var problems = ErrorCheck.Check(name, source, errors);
                return problems.Count == 0 ? Result(TestStatus.Pass, "") : Result(TestStatus.Fail, string.Join("\n", problems));
            }
            case "skip":
                return Result(TestStatus.Skip, "skip: the file says so");
            default:
                return Result(TestStatus.Skip, $"{action}: not supported by minigo test (multi-package, generated-program or toolchain test)");
        }
    }

    private static DirectiveResult RunProgram(string path, SourceText[] sources, List<string> args, TimeSpan limit,
        Func<TestStatus, string, DirectiveResult> result)
    {
        // The full path, as Go's stack traces show it. Leading .go arguments are more files of
        // the program, as `go run file.go more.go` takes them.
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var more = args.TakeWhile(a => a.EndsWith(".go", StringComparison.Ordinal)).ToList();
        var missing = more.FirstOrDefault(f => !File.Exists(Path.Combine(dir, f)));
        if (missing != null) return result(TestStatus.Fail, $"stat {missing}: no such file or directory");
        sources = [sources[0] with { Path = Path.GetFullPath(path) }, .. more.Select(f => new SourceText(Path.Combine(dir, f), File.ReadAllText(Path.Combine(dir, f))))];
        args = args.Skip(more.Count).ToList();
        var output = new MemoryStream();
        var outcome = ProgramRun.Execute(sources, args, output, dir, null, limit);
        if (outcome.CompileErrors != null) return result(TestStatus.Fail, string.Join("\n", outcome.CompileErrors));
        var got = Encoding.UTF8.GetString(output.ToArray());
        var golden = Path.ChangeExtension(path, ".out");
        var want = File.Exists(golden) ? File.ReadAllText(golden) : "";
        if (outcome.TimedOut) return result(TestStatus.Fail, $"timed out after {limit.TotalSeconds}s\n{Excerpt(got)}");
        if (outcome.ExitCode != 0) return result(TestStatus.Fail, $"exit status {outcome.ExitCode}\n{Excerpt(got)}");
        if (got != want)
        {
            var wantName = File.Exists(golden) ? Path.GetFileName(golden) : "empty output (no .out file)";
            return result(TestStatus.Fail, $"output differs from {wantName}\ngot:\n{Excerpt(got)}want:\n{Excerpt(want)}");
        }
        return result(TestStatus.Pass, "");
    }

    /// <summary>The first lines of an output, enough to see why it failed.</summary>
    private static string Excerpt(string text)
    {
        const int MaxLines = 20;
        var lines = text.Split('\n');
        if (lines.Length <= MaxLines + 1) return text.EndsWith('\n') || text.Length == 0 ? text : text + "\n";
        return string.Join("\n", lines.Take(MaxLines)) + $"\n... ({lines.Length - MaxLines} more lines)\n";
    }
}
