using System.Globalization;
using System.Text.RegularExpressions;

namespace Minigo.Cli.Testing;

/// <summary>
/// `minigo test [paths]`: what to test, and the summary. A directory with _test.go files is a
/// package (PackageTestRun); one whose files start with a Go test-directory recipe (`// run`,
/// `// errorcheck`, ...) is a set of such tests (DirectiveTest), each file a test in the
/// report; `dir/...` is every directory below dir. Files named on the command line form one
/// package, command-line-arguments, or are recipe files. Exit status 1 if anything failed.
/// </summary>
public static partial class GoTestCommand
{
    public static int Run(TestOptions options, TextWriter stdout, TextWriter stderr, string? baseDir = null)
    {
        string Resolve(string p) => baseDir == null || Path.IsPathRooted(p) ? p : Path.Combine(baseDir, p);
        bool localMode = options.Paths.Count == 0;
        var paths = localMode ? ["."] : options.Paths;
        var failed = false;
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (p.EndsWith("/...", StringComparison.Ordinal) || p == "...")
            {
                var root = p == "..." ? "." : p[..^4];
                if (!Directory.Exists(Resolve(root))) return Usage(stderr, $"no such directory: {root}");
                foreach (var dir in Walk(Resolve(root)))
                {
                    var display = Path.Join(root, Path.GetRelativePath(Resolve(root), dir)).TrimEnd('.', '/');
                    failed |= !TestDirectory(display.Length == 0 ? root : display, dir, options, localMode, stdout, quietIfEmpty: true);
                }
            }
            else if (Directory.Exists(Resolve(p)))
                failed |= !TestDirectory(p.TrimEnd('/'), Resolve(p), options, localMode, stdout, quietIfEmpty: false);
            else if (p.EndsWith(".go", StringComparison.Ordinal))
            {
                if (!File.Exists(Resolve(p))) return Usage(stderr, $"stat {p}: no such file or directory");
                files.Add(Resolve(p));
            }
            else return Usage(stderr, $"cannot find package \"{p}\" (a directory, dir/..., or .go files)");
        }
        if (files.Count > 0)
        {
            var recipes = files.Where(f => !f.EndsWith("_test.go", StringComparison.Ordinal) && DirectiveTest.Recipe(File.ReadAllText(f)) != null).ToList();
            var package = files.Except(recipes).ToList();
            foreach (var group in recipes.GroupBy(f => Path.GetDirectoryName(f) is { Length: > 0 } d ? d : "."))
            {
                failed |= !DirectiveReport.Run(group.Key, group.ToList(), options, stdout);
            }
            if (package.Count > 0)
            {
                failed |= !PackageTestRun.Run("command-line-arguments", Path.GetDirectoryName(package[0]) ?? ".", package, options, localMode || options.Verbose || options.Bench.Length > 0, stdout);
            }
        }
        // go test ends with FAIL when a package failed, unless it tested just the current directory.
        if (failed && !localMode) stdout.WriteLine("FAIL");
        stdout.Flush();
        return failed ? 1 : 0;
    }

    /// <returns>Whether the directory's tests passed.</returns>
    private static bool TestDirectory(string display, string dir, TestOptions options, bool localMode, TextWriter stdout, bool quietIfEmpty)
    {
        var goFiles = Directory.GetFiles(dir, "*.go").Order(StringComparer.Ordinal).ToList();
        if (goFiles.Any(f => f.EndsWith("_test.go", StringComparison.Ordinal)))
        {
            var included = goFiles.Where(f => BuildConstraint.Excluding(File.ReadAllText(f)) == null).ToList();
            return PackageTestRun.Run(display, dir, included, options, localMode || options.Verbose || options.Bench.Length > 0, stdout);
        }
        var recipes = goFiles.Where(f => DirectiveTest.Recipe(File.ReadAllText(f)) != null).ToList();
        if (recipes.Count > 0)
        {
            return DirectiveReport.Run(display, recipes, options, stdout);
        }
        if (!quietIfEmpty || goFiles.Count > 0)
        {
            stdout.WriteLine($"?   \t{display}\t[no test files]");
        }
        return true;
    }

    /// <summary>dir and its subdirectories, as `./...` walks them: not testdata, not names starting with `.` or `_`, and not Go's `*.dir` (packages of multi-package tests).</summary>
    private static IEnumerable<string> Walk(string dir)
    {
        yield return dir;
        foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name == "testdata" || name.StartsWith('.') || name.StartsWith('_') || name.EndsWith(".dir", StringComparison.Ordinal)) continue;
            foreach (var d in Walk(sub)) yield return d;
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("minigo test: " + message);
        stderr.Flush();
        return 1;
    }

    [GeneratedRegex(@"^(?:(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$")]
    private static partial Regex GoDurationRx();

    [GeneratedRegex(@"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)")]
    private static partial Regex GoDurationPart();

    /// <summary>A Go duration ("10s", "1m30s", "500ms"), as -timeout takes it; null if malformed.</summary>
    public static TimeSpan? ParseDuration(string s)
    {
        if (s == "0") return TimeSpan.Zero;
        if (!GoDurationRx().IsMatch(s)) return null;
        double ms = 0;
        foreach (Match m in GoDurationPart().Matches(s))
        {
            double v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            ms += m.Groups[2].Value switch
            {
                "ns" => v / 1e6,
                "us" or "µs" => v / 1e3,
                "ms" => v,
                "s" => v * 1e3,
                "m" => v * 60e3,
                _ => v * 3600e3,
            };
        }
        return TimeSpan.FromMilliseconds(ms);
    }
}
