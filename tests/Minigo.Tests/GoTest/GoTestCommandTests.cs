using System.Text.RegularExpressions;
using Minigo.Cli.Testing;
using Xunit;

namespace Minigo.Tests.GoTest;

/// <summary>
/// Runs `minigo test` (in-process, as the CLI does) over tests/gotest: each cases/NAME.cmd
/// holds a command line, NAME.out the report it must print (timings, stack traces'
/// goroutine numbers and paths, and benchmark figures normalized) and NAME.code its exit
/// status. The packages and recipe files there pass and fail on purpose; see its README.
/// Set MINIGO_UPDATE_GOTEST=1 to rewrite the .out and .code files from what minigo prints.
/// </summary>
public class GoTestCommandTests
{
    private static readonly string Dir = FindDir();

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Path.Combine(Dir, "cases"), "*.cmd").Order(StringComparer.Ordinal).Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsAsGoTest(string name)
    {
        var caseFile = Path.Combine(Dir, "cases", name);
        var args = File.ReadAllText(caseFile + ".cmd").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = GoTestCommand.Run(Parse(args), stdout, stderr, Dir);
        var report = Normalize(stdout.ToString() + stderr.ToString());
        if (Environment.GetEnvironmentVariable("MINIGO_UPDATE_GOTEST") == "1")
        {
            File.WriteAllText(caseFile + ".out", report);
            File.WriteAllText(caseFile + ".code", code + "\n");
        }
        Assert.Equal(File.ReadAllText(caseFile + ".out"), report);
        Assert.Equal(int.Parse(File.ReadAllText(caseFile + ".code").Trim()), code);
    }

    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("250ms", 250)]
    [InlineData("1.5h", 5_400_000)]
    public void ParsesGoDurations(string text, double ms) =>
        Assert.Equal(TimeSpan.FromMilliseconds(ms), GoTestCommand.ParseDuration(text));

    [Theory]
    [InlineData("10")]
    [InlineData("s")]
    [InlineData("-1s")]
    public void RejectsMalformedDurations(string text) => Assert.Null(GoTestCommand.ParseDuration(text));

    [Fact]
    public void MissingPathIsAnErrorNotACrash()
    {
        var stderr = new StringWriter();
        int code = GoTestCommand.Run(new TestOptions(["no/such/dir"]), new StringWriter(), stderr, Dir);
        Assert.Equal(1, code);
        Assert.Contains("cannot find package \"no/such/dir\"", stderr.ToString());
    }

    /// <summary>The flags of a .cmd line, as the CLI takes them.</summary>
    private static TestOptions Parse(string[] args)
    {
        var o = new TestOptions([]);
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            o = args[i] switch
            {
                "-v" => o with { Verbose = true },
                "-run" => o with { Run = args[++i] },
                "-bench" => o with { Bench = args[++i] },
                "-benchtime" => o with { BenchTime = args[++i] },
                "-count" => o with { Count = int.Parse(args[++i]) },
                "-timeout" => o with { Timeout = GoTestCommand.ParseDuration(args[++i]) },
                var path => AddPath(o, paths, path),
            };
        }
        return o with { Paths = paths };
    }

    private static TestOptions AddPath(TestOptions o, List<string> paths, string path)
    {
        paths.Add(path);
        return o;
    }

    /// <summary>What varies from run to run: durations, goroutine numbers, absolute paths, benchmark figures.</summary>
    private static string Normalize(string report)
    {
        report = report.Replace(Dir, "$GOTEST");
        report = Regex.Replace(report, @"\(\d+\.\d\ds\)", "(0.00s)");
        report = Regex.Replace(report, @"\t\d+\.\d{3}s", "\t0.000s");
        report = Regex.Replace(report, @"goroutine \d+ \[", "goroutine N [");
        report = Regex.Replace(report, @"(?m)^(\t/usr/local/go/src/testing/[^:]+):\d+$", "$1:N");
        report = Regex.Replace(report, @"(?m)^(Benchmark\S*?)(-\d+)?(\s+)(\d+)\t\s*[\d.]+ ns/op(\t\s*[\d.]+ MB/s)?$",
            m => $"{m.Groups[1].Value}-P {m.Groups[4].Value}\tT ns/op{(m.Groups[5].Success ? "\tR MB/s" : "")}");
        return report;
    }

    private static string FindDir()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d != null && !Directory.Exists(Path.Combine(d.FullName, "tests", "gotest"))) d = d.Parent;
        return d == null ? throw new DirectoryNotFoundException("tests/gotest") : Path.Combine(d.FullName, "tests", "gotest");
    }
}
