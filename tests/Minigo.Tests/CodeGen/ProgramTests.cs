using System.Text;
using Minigo.Compiler;
using Minigo.Runtime;
using Minigo.VM;
using Xunit;

namespace Minigo.Tests.CodeGen;

/// <summary>
/// Whole programs that need no standard library (they print with the builtin println, to
/// stderr), compiled and run in-process: the compiler and VM without StdLib.
/// </summary>
public class ProgramTests
{
    private sealed class NoPackages : IPackageSource
    {
        public IReadOnlyList<(string FileName, string Text)>? GetSources(string importPath) => null;
        public NativeFunc? GetNative(string importPath, string name) => null;
    }

    public static (int Code, string Stderr, IReadOnlyList<string> Errors) Run(string source, int budget = int.MaxValue)
    {
        var result = Compilation.Compile([new SourceText("prog.go", source)], new NoPackages());
        if (result.Program == null) return (2, "", result.Errors);
        var stderr = new MemoryStream();
        int code = new Machine(result.Program, new MemoryStream(), stderr).Run(budget);
        return (code, Encoding.UTF8.GetString(stderr.ToArray()), []);
    }

    private static string Here(string file)
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d != null && !File.Exists(Path.Combine(d.FullName, "tests", "Minigo.Tests", "CodeGen", file))) d = d.Parent;
        return File.ReadAllText(Path.Combine(d!.FullName, "tests", "Minigo.Tests", "CodeGen", file));
    }

    /// <summary>Structs, methods, interfaces, closures (Go 1.22 loop variables), maps, defer/recover, type switches, arrays, strings.</summary>
    [Fact]
    public void LanguageTourMatchesGo()
    {
        var (code, stderr, errors) = Run(Here("language_tour.go"));
        Assert.Empty(errors);
        Assert.Equal(0, code);
        Assert.Equal(Here("language_tour.expected"), stderr);
    }

    /// <summary>Embedding and promotion through interfaces, generics, method values/expressions, wraparound, labels, goto, fallthrough, aliasing. Expected output from Go 1.19.</summary>
    [Fact]
    public void GenericsAndEmbeddingMatchGo()
    {
        var (code, stderr, errors) = Run(Here("generics_embedding.go"));
        Assert.Empty(errors);
        Assert.Equal(0, code);
        Assert.Equal(Here("generics_embedding.expected"), stderr);
    }

    /// <summary>The same program cut into slices of a few calls/back-edges gives the same output.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public void RunningInSlicesGivesTheSameOutput(int budget)
    {
        var (code, stderr, errors) = Run(Here("language_tour.go"), budget);
        Assert.Empty(errors);
        Assert.Equal(0, code);
        Assert.Equal(Here("language_tour.expected"), stderr);
    }

    [Fact]
    public void InfiniteRecursionIsGoStackOverflow()
    {
        var (code, stderr, _) = Run("package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { println(f(0)) }\n");
        Assert.Equal(2, code);
        Assert.StartsWith("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow", stderr);
    }

    [Fact]
    public void DeadlockReportShowsTheLineThatBlocked()
    {
        // A parked goroutine resumes after the instruction that blocked: the report must
        // still name the line of that instruction, as Go's does.
        var (code, stderr, _) = Run("package main\n\nfunc main() {\n\tc := make(chan int)\n\t<-c\n\tprintln()\n}\n");
        Assert.Equal(2, code);
        Assert.StartsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main(...)\n\t", stderr);
        Assert.EndsWith("prog.go:5\n", stderr);
    }

    [Fact]
    public void UncaughtPanicPrintsGoReport()
    {
        var (code, stderr, _) = Run("package main\nfunc main() {\n\tvar a []int\n\ti := 5\n\tprintln(a[i])\n}\n");
        Assert.Equal(2, code);
        Assert.StartsWith("panic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\nmain.main(", stderr);
    }

    /// <summary>
    /// Functions compiled in place keep their frames in reports, as Go's inline tree does: the
    /// panic in g (inlined into f, inlined into main) names g's line, f's call of g, main's
    /// call of f; a frame below a deferred call names the faulting line, not the one before.
    /// </summary>
    [Fact]
    public void PanicReportShowsInlinedFrames()
    {
        var src = "package main\n\nfunc g(a []int, i int) int {\n\treturn a[i]\n}\n\nfunc f(i int) int {\n\ta := []int{1}\n\treturn g(a, i) + 1\n}\n\n" +
                  "func main() {\n\tdefer func() {\n\t\tpanic(recover())\n\t}()\n\tprintln(f(5))\n}\n";
        var (code, stderr, _) = Run(src);
        Assert.Equal(2, code);
        var lines = stderr.Split('\n');
        Assert.Equal(["main.main.func1(...)", "main.g(...)", "main.f(...)", "main.main(...)"], lines.Where(l => l.StartsWith("main.")));
        Assert.Equal(["prog.go:14", "prog.go:4", "prog.go:9", "prog.go:16"], lines.Where(l => l.Contains("prog.go:")).Select(l => l[(l.LastIndexOf('/') + 1)..]));
    }

    /// <summary>A parked goroutine's pc is past the operation it blocks in: the report names that operation's line.</summary>
    [Fact]
    public void DeadlockReportNamesTheBlockingLine()
    {
        var (code, stderr, _) = Run("package main\n\nfunc main() {\n\tc := make(chan int)\n\tc <- 1\n\tprintln()\n}\n");
        Assert.Equal(2, code);
        Assert.StartsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main(...)\n\t", stderr);
        Assert.EndsWith("prog.go:5\n", stderr);
    }
}
