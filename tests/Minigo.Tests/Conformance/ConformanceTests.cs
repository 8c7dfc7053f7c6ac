using Xunit;

namespace Minigo.Tests.Conformance;

/// <summary>
/// Runs every Go program in tests/conformance through minigo (in-process, through the same
/// Driver as `minigo run`) and compares stdout, the first lines of stderr and the exit status
/// with the files Go produced. Programs listed in known-failures.txt are expected to fail
/// for the reason given there; a test checks that they still do, so the list stays honest.
/// </summary>
public class ConformanceTests
{
    private static readonly Corpus Corpus = Corpus.Conformance;

    public static IEnumerable<object[]> Programs() => Corpus.Passing().Select(n => new object[] { n });

    public static IEnumerable<object[]> Failing() => Corpus.Failing().Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramBehavesAsGo(string name)
    {
        var mismatch = Corpus.Check(name);
        Assert.True(mismatch == null, mismatch);
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void KnownFailureStillFails(string name)
    {
        Assert.True(Corpus.Exists(name), $"{name}.go listed in known-failures.txt does not exist");
        Assert.True(Corpus.Check(name) != null, $"{name} now passes: remove it from known-failures.txt");
    }
}
