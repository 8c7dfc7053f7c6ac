using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Conformance;

/// <summary>
/// The concurrent programs of tests/concurrent: each must behave as Go did on every run,
/// whatever the interleaving, so besides one run under the default GOMAXPROCS, the stress
/// theory runs each MINIGO_STRESS times (default 2) with GOMAXPROCS=1 and with GOMAXPROCS=2.
/// </summary>
public class ConcurrentTests
{
    private static readonly Corpus Corpus = Corpus.Concurrent;

    /// <summary>Runs per program and GOMAXPROCS in the stress theory: MINIGO_STRESS, default 2 (CI).</summary>
    public static int StressRuns =>
        int.TryParse(Environment.GetEnvironmentVariable("MINIGO_STRESS"), out int n) && n > 0 ? n : 2;

    public static IEnumerable<object[]> Programs() => Corpus.Passing().Select(n => new object[] { n });

    public static IEnumerable<object[]> StressCases() =>
        Corpus.Passing().SelectMany(n => new[] { new object[] { n, 1 }, new object[] { n, 2 } });

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramBehavesAsGo(string name)
    {
        var mismatch = Corpus.Check(name);
        Assert.True(mismatch == null, mismatch);
    }

    [Theory]
    [MemberData(nameof(StressCases))]
    public void SameOnEveryRun(string name, int gomaxprocs)
    {
        var options = new SchedulerOptions { MaxProcs = gomaxprocs };
        for (int run = 1; run <= StressRuns; run++)
        {
            var mismatch = Corpus.Check(name, options);
            Assert.True(mismatch == null, $"run {run} of {StressRuns} with GOMAXPROCS={gomaxprocs}:\n{mismatch}");
        }
    }

    /// <summary>A fact, not a theory: the list may be empty.</summary>
    [Fact]
    public void KnownFailuresStillFail()
    {
        foreach (var name in Corpus.Failing())
        {
            Assert.True(Corpus.Exists(name), $"{name}.go listed in known-failures.txt does not exist");
            Assert.True(Corpus.Check(name) != null, $"{name} now passes: remove it from known-failures.txt");
        }
    }
}
