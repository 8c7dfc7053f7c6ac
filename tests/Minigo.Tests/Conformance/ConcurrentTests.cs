using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Conformance;

/// <summary>
/// The concurrent programs of tests/concurrent, once each under the default GOMAXPROCS; each
/// must behave as Go did on every run, whatever the interleaving (ConcurrentStressTests runs
/// them many times).
/// </summary>
public class ConcurrentTests
{
    private static readonly Corpus Corpus = Corpus.Concurrent;

    public static IEnumerable<object[]> Programs() => Corpus.Passing().Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramBehavesAsGo(string name)
    {
        var mismatch = Corpus.Check(name);
        Assert.True(mismatch == null, mismatch);
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
