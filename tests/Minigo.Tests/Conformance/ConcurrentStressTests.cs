using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Conformance;

/// <summary>
/// The stress mode of tests/concurrent: each program MINIGO_STRESS times (default 2, as CI
/// runs it) with GOMAXPROCS=1 and as many with GOMAXPROCS=2, GOMAXPROCS passed in-process.
/// A class of its own, so that it runs in parallel with the other tests.
/// </summary>
public class ConcurrentStressTests
{
    private static readonly Corpus Corpus = Corpus.Concurrent;

    /// <summary>Runs per program and GOMAXPROCS: MINIGO_STRESS, default 2.</summary>
    public static int StressRuns =>
        int.TryParse(Environment.GetEnvironmentVariable("MINIGO_STRESS"), out int n) && n > 0 ? n : 2;

    public static IEnumerable<object[]> StressCases() =>
        Corpus.Passing().SelectMany(n => new[] { new object[] { n, 1 }, new object[] { n, 2 } });

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
}
