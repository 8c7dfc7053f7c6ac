using System.Runtime.CompilerServices;
using Minigo.Tests.Conformance;
using Xunit;

namespace Minigo.Tests.StdLib.Programs;

/// <summary>
/// Go programs exercising the standard library end to end (compiled and run by minigo),
/// compared with the output real Go produced (regen.sh): stdout, and the first line of
/// stderr when the program writes to it.
/// </summary>
public class StdProgramTests
{
    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(Dir(), "*.go").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Programs))]
    public void BehavesAsGo(string name)
    {
        string dir = Dir();
        var (code, stdout, stderr) = Corpus.Run(Path.Combine(dir, name + ".go"));
        Assert.Equal(File.ReadAllText(Path.Combine(dir, name + ".out")), stdout);
        string errPath = Path.Combine(dir, name + ".err");
        if (File.Exists(errPath)) Assert.Equal(File.ReadAllText(errPath).TrimEnd('\n'), stderr.Split('\n')[0]);
        Assert.Equal(0, code);
    }
}
