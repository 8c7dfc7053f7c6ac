using System.Globalization;
using System.Text.RegularExpressions;

namespace Minigo.Cli.Testing;

/// <summary>
/// Reports a directory of Go test-directory files as `go test` reports a package whose tests
/// are the files: `--- FAIL: name.go (0.05s)` with the reason indented (with -v also
/// `=== RUN`, `--- PASS`, `--- SKIP`), then `ok`/`FAIL` and the time. -run selects files by name.
/// </summary>
public static class DirectiveReport
{
    /// <returns>Whether no file failed.</returns>
    public static bool Run(string display, IReadOnlyList<string> files, TestOptions options, TextWriter stdout)
    {
        Regex? filter = null;
        if (options.Run.Length > 0)
        {
            try { filter = new Regex(options.Run, RegexOptions.CultureInvariant); }
            catch (ArgumentException)
            {
                stdout.WriteLine($"testing: invalid regexp for -test.run: `{options.Run}`\nFAIL\t{display}\t0.000s");
                return false;
            }
        }
        // Go's own test programs check themselves: 10 s each unless -timeout says otherwise.
        var limit = options.Timeout ?? TimeSpan.FromSeconds(10);
        bool ok = true;
        var total = TimeSpan.Zero;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (filter != null && !filter.IsMatch(name)) continue;
            if (options.Verbose) stdout.WriteLine($"=== RUN   {name}");
            var r = DirectiveTest.Run(file, limit);
            total += r.Elapsed;
            ok &= r.Status != TestStatus.Fail;
            if (r.Status == TestStatus.Fail || options.Verbose)
            {
                var status = r.Status switch { TestStatus.Pass => "PASS", TestStatus.Fail => "FAIL", _ => "SKIP" };
                stdout.WriteLine($"--- {status}: {name} ({Seconds(r.Elapsed, 2)}s)");
                foreach (var line in r.Reason.TrimEnd('\n').Split('\n').Where(_ => r.Reason.Length > 0))
                    stdout.WriteLine("    " + line);
            }
            stdout.Flush();
        }
        if (options.Verbose) stdout.WriteLine(ok ? "PASS" : "FAIL");
        stdout.WriteLine(ok ? $"ok  \t{display}\t{Seconds(total, 3)}s" : $"FAIL\t{display}\t{Seconds(total, 3)}s");
        return ok;
    }

    private static string Seconds(TimeSpan t, int decimals) =>
        t.TotalSeconds.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
