using Xunit;

namespace Minigo.Hosting.Tests;

public class RunTests
{
    [Fact]
    public void RunsMainAndCapturesOutput()
    {
        var c = new Captured();
        using var engine = c.Engine();
        var script = engine.Compile("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello, 世界\") }");
        Assert.Equal(0, script.Run());
        Assert.Equal(0, script.Run()); // compiled once, run again: fresh globals
        Assert.Equal("hello, 世界\nhello, 世界\n", c.Stdout);
    }

    [Fact]
    public void OsExitIsTheStatus()
    {
        var c = new Captured();
        using var engine = c.Engine();
        Assert.Equal(3, engine.Run("package main\nimport \"os\"\nfunc main() { os.Exit(3) }"));
    }

    [Fact]
    public void CompileErrorsCarryGoPositions()
    {
        using var engine = new Captured().Engine();
        var e = Assert.Throws<GoCompileException>(() => engine.Compile("package main\n\nfunc main() {\n\tx := 1\n\ty\n}", "bad.go"));
        Assert.Equal("bad.go", e.GoFile);
        Assert.Equal(4, e.Line);
        Assert.Equal(2, e.Column);
        Assert.Contains("declared and not used: x", e.Errors[0].Message);
        Assert.Contains(e.Errors, d => d.Line == 5 && d.Message.Contains("undefined: y"));
    }

    [Fact]
    public void PanicInMainIsAnExceptionWithGoMessageAndStack()
    {
        using var engine = new Captured().Engine();
        var e = Assert.Throws<GoPanicException>(() => engine.Run("package main\n\nfunc f(i int) int {\n\ta := []int{1}\n\treturn a[i]\n}\nfunc main() { f(5) }"));
        Assert.Equal("panic: runtime error: index out of range [5] with length 1", e.Message);
        Assert.Equal(5, e.Line);
        Assert.EndsWith("main.go", e.GoFile);
        Assert.Contains("main.f(...)", e.GoStack);
        Assert.Contains("main.main(...)", e.GoStack);
        Assert.Contains("goroutine 1 [running]:", e.Report);
    }

    [Fact]
    public void PanicInAGoroutineDoesNotCrashTheHost()
    {
        using var engine = new Captured().Engine();
        var e = Assert.Throws<GoPanicException>(() => engine.Run("""
            package main
            func main() {
                done := make(chan bool)
                go func() { panic("boom") }()
                <-done
            }
            """));
        Assert.StartsWith("panic: boom", e.Message);
        Assert.Equal("boom", e.Value);
    }

    [Fact]
    public void DeadlockIsReported()
    {
        using var engine = new Captured().Engine();
        var e = Assert.Throws<GoDeadlockException>(() => engine.Run("package main\nfunc main() { c := make(chan int); <-c }"));
        Assert.Equal("fatal error: all goroutines are asleep - deadlock!", e.Message);
    }

    [Fact]
    public void InfiniteRecursionIsAStackOverflow()
    {
        using var engine = new Captured().Engine(o => o.LimitStack(1 << 20));
        var e = Assert.Throws<GoStackOverflowException>(() => engine.Run("package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }"));
        Assert.Contains("stack overflow", e.Message);
    }

    [Fact]
    public void SandboxRejectsDisallowedImportsAtCompileTime()
    {
        using var engine = new Captured().Engine(o => o.AllowPackages("fmt"));
        var e = Assert.Throws<GoCompileException>(() => engine.Compile("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\nfunc main() { fmt.Println(os.Args) }", "s.go"));
        Assert.Equal("s.go:5:2: use of package os is not allowed", e.Errors[0].ToString());
        // fmt itself imports os: the standard library's own imports are not limited.
        Assert.Equal(0, engine.Run("package main\nimport \"fmt\"\nfunc main() { fmt.Print() }"));
    }

    [Fact]
    public void SandboxedEnginesHaveNoOsOrNet()
    {
        using var engine = new Captured().Engine(o => o.Sandboxed());
        foreach (var pkg in new[] { "os", "net", "syscall", "os/signal" })
            Assert.Throws<GoCompileException>(() => engine.Compile($"package main\nimport _ \"{pkg}\"\nfunc main() {{}}"));
        Assert.Equal(0, engine.Run("package main\nimport (\"fmt\"; \"strings\"; \"sort\")\nfunc main() { fmt.Print(strings.ToUpper(\"\"), sort.IntsAreSorted(nil)) }"));
    }

    [Fact]
    public void GomaxprocsIsPerEngine()
    {
        var one = new Captured();
        var three = new Captured();
        const string source = "package main\nimport (\"fmt\"; \"runtime\")\nfunc main() { fmt.Println(runtime.GOMAXPROCS(0)) }";
        using (var e = one.Engine(o => o.WithMaxProcs(1))) e.Run(source);
        using (var e = three.Engine(o => o.WithMaxProcs(3))) e.Run(source);
        Assert.Equal("1\n", one.Stdout);
        Assert.Equal("3\n", three.Stdout);
    }

    [Fact]
    public void StdinIsRedirected()
    {
        var c = new Captured();
        using var engine = c.Engine(o => o.WithStdin(new MemoryStream("abc\n"u8.ToArray())));
        engine.Run("package main\nimport (\"bufio\"; \"fmt\"; \"os\")\nfunc main() { s := bufio.NewScanner(os.Stdin); s.Scan(); fmt.Println(len(s.Text())) }");
        Assert.Equal("3\n", c.Stdout);
    }

    [Fact]
    public void CompilesADirectory()
    {
        var dir = Directory.CreateTempSubdirectory("minigo-hosting").FullName;
        File.WriteAllText(Path.Combine(dir, "a.go"), "package main\nimport \"fmt\"\nfunc main() { fmt.Println(helper()) }");
        File.WriteAllText(Path.Combine(dir, "b.go"), "package main\nfunc helper() string { return \"from b\" }");
        var c = new Captured();
        using var engine = c.Engine();
        engine.CompileFiles(dir).Run();
        Assert.Equal("from b\n", c.Stdout);
        Directory.Delete(dir, true);
    }
}
