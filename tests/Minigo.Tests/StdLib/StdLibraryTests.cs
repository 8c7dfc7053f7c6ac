using System.Text.RegularExpressions;
using Minigo.StdLib;
using Xunit;

namespace Minigo.Tests.StdLib;

/// <summary>The package source: every package has Go files, and its bodyless declarations and natives match one to one.</summary>
public partial class StdLibraryTests
{
    /// <summary>A one-line declaration without a body: func F(...) ... or func (r *T) M(...) ...</summary>
    [GeneratedRegex(@"^func (?:\((?:\w+ )?\*?(?<recv>\w+)(?:\[[^\]]*\])?\) )?(?<name>\w+)(?:\[[^\]]*\])?\(.*$", RegexOptions.Multiline)]
    private static partial Regex FuncDecl();

    private static IEnumerable<string> BodylessDeclarations(string source)
    {
        foreach (Match m in FuncDecl().Matches(source))
        {
            string line = m.Value.TrimEnd('\r');
            if (line.EndsWith('{') || line.EndsWith('}')) continue;
            yield return m.Groups["recv"].Success ? m.Groups["recv"].Value + "." + m.Groups["name"].Value : m.Groups["name"].Value;
        }
    }

    public static IEnumerable<object[]> Packages() => StdLibrary.Packages.Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryBodylessFunctionHasANativeAndViceVersa(string path)
    {
        var lib = StdLibrary.Instance;
        var sources = lib.GetSources(path);
        Assert.NotNull(sources);
        Assert.NotEmpty(sources);
        var declared = sources.SelectMany(f => BodylessDeclarations(f.Text)).ToHashSet();
        var natives = lib.Natives(path)?.Names.ToHashSet() ?? [];
        Assert.Empty(declared.Except(natives));
        Assert.Empty(natives.Except(declared));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void PackageClauseIsTheLastPathElement(string path)
    {
        foreach (var (file, text) in StdLibrary.Instance.GetSources(path)!)
            Assert.Matches(@"(?m)^package " + Regex.Escape(path[(path.LastIndexOf('/') + 1)..]) + "$", text);
    }

    [Fact]
    public void UnknownPackagesAndNativesAreNull()
    {
        Assert.Null(StdLibrary.Instance.GetSources("net/smtp"));
        Assert.Null(StdLibrary.Instance.GetNative("strings", "NoSuchFunc"));
        Assert.NotNull(StdLibrary.Instance.GetNative("strings", "Builder.WriteString") ?? StdLibrary.Instance.GetNative("strings", "Index"));
    }

    [Fact]
    public void SubpackagesAreSeparate()
    {
        var math = StdLibrary.Instance.GetSources("math")!.Select(f => f.FileName).ToList();
        Assert.DoesNotContain("bits.go", math);
        Assert.Contains("bits.go", StdLibrary.Instance.GetSources("math/bits")!.Select(f => f.FileName));
    }
}
