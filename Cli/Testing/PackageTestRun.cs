using System.Text;
using System.Text.RegularExpressions;
using Minigo.Compiler;

namespace Minigo.Cli.Testing;

/// <summary>
/// `go test` for one package: its .go files with its _test.go files (or the files named on
/// the command line: package command-line-arguments), plus a generated test main; the
/// program's output is shown (always with -v or for the current directory, else only when it
/// fails), then `ok`/`FAIL` with the time, as cmd/go prints them.
/// </summary>
public static partial class PackageTestRun
{
    [GeneratedRegex(@"^\s*package\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex PackageClause();

    /// <returns>Whether the package passed (or had no test files).</returns>
    public static bool Run(string displayName, string dir, IReadOnlyList<string> files, TestOptions options, bool showOutput, TextWriter stdout)
    {
        // Full paths, as Go's stack traces show them; compile errors show them as `./file.go`.
        var sources = files.Select(f => new SourceText(Path.GetFullPath(f), File.ReadAllText(f))).ToList();
        var testFiles = sources.Where(s => s.Path.EndsWith("_test.go", StringComparison.Ordinal)).ToList();
        if (testFiles.Count == 0)
        {
            stdout.WriteLine($"?   \t{displayName}\t[no test files]");
            return true;
        }
        string package = PackageName(sources[0]);
        var external = sources.FirstOrDefault(s => PackageName(s) != package);
        if (external != null)
        {
            var why = PackageName(external).EndsWith("_test", StringComparison.Ordinal)
                ? $"external test package {PackageName(external)} ({Path.GetFileName(external.Path)}) is not supported: minigo programs are one package"
                : $"found packages {package} ({Path.GetFileName(sources[0].Path)}) and {PackageName(external)} ({Path.GetFileName(external.Path)})";
            stdout.WriteLine($"# {displayName}\n{why}\nFAIL\t{displayName} [setup failed]");
            return false;
        }

        var funcs = TestFunctionScanner.Scan(testFiles);
        var all = sources.Append(new SourceText(Path.Combine(Path.GetFullPath(dir), TestMainGenerator.FileName), TestMainGenerator.Generate(package, funcs))).ToList();
        var output = new MemoryStream();
        var outcome = ProgramRun.Execute(all, TestArgs(options), output, dir, new CompileOptions(TestMainGenerator.EntryPoint), options.Limit + TimeSpan.FromSeconds(30));
        if (outcome.CompileErrors != null)
        {
            var prefix = Path.GetFullPath(dir).TrimEnd('/') + "/";
            var errors = outcome.CompileErrors.Select(e => e.StartsWith(prefix, StringComparison.Ordinal) ? "./" + e[prefix.Length..] : e);
            stdout.Write($"# {displayName} [{displayName}.test]\n{string.Join("\n", errors)}\n");
            stdout.WriteLine($"FAIL\t{displayName} [build failed]");
            return false;
        }
        var text = Encoding.UTF8.GetString(output.ToArray());
        bool passed = outcome.ExitCode == 0 && !outcome.TimedOut;
        if (showOutput || !passed) stdout.Write(text);
        if (outcome.TimedOut) stdout.WriteLine($"*** Test killed: ran too long ({options.Limit.TotalSeconds + 30}s).");
        if (!passed && showOutput) stdout.WriteLine($"exit status {outcome.ExitCode}");
        var secs = outcome.Elapsed.TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        stdout.WriteLine(passed ? $"ok  \t{displayName}\t{secs}s" : $"FAIL\t{displayName}\t{secs}s");
        return passed;
    }

    /// <summary>The -test.* flags go test passes to the test binary.</summary>
    private static IEnumerable<string> TestArgs(TestOptions o)
    {
        if (o.Verbose) yield return "-test.v=true";
        if (o.Run.Length > 0) yield return "-test.run=" + o.Run;
        if (o.Bench.Length > 0) yield return "-test.bench=" + o.Bench;
        if (o.BenchTime.Length > 0) yield return "-test.benchtime=" + o.BenchTime;
        if (o.Count != 1) yield return "-test.count=" + o.Count;
        yield return "-test.timeout=" + GoDuration(o.Limit);
    }

    private static string GoDuration(TimeSpan d) => ((long)d.TotalMilliseconds) + "ms";

    private static string PackageName(SourceText s)
    {
        var m = PackageClause().Match(StripComments(s.Text));
        return m.Success ? m.Groups[1].Value : "";
    }

    /// <summary>The text with comments blanked, so that a package clause inside the file's doc comment is not taken.</summary>
    private static string StripComments(string text) =>
        Regex.Replace(text, @"//[^\n]*|/\*.*?\*/", m => m.Value.Contains('\n') ? "\n" : " ", RegexOptions.Singleline);
}
