using System.Text;
using Minigo.Cli.Repl;
using Xunit;

namespace Minigo.Tests.Repl;

/// <summary>The REPL's semantics with inputs from a stream, as `... | minigo repl` (in-process).</summary>
public class ReplPipedTests
{
    private static (int Code, string Stdout, string Stderr) Repl(string inputs, bool failFast = false)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        int code = -1;
        var thread = new Thread(() => code = ReplCommand.Run(new StringReader(inputs), stdout, stderr, failFast), 16 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "the REPL did not finish");
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    [Fact]
    public void AnExpressionPrintsItsValue()
    {
        var (code, stdout, stderr) = Repl("x := 2; x * 21\n");
        Assert.Equal("", stderr);
        Assert.Equal("42\n", stdout);
        Assert.Equal(0, code);
    }

    [Fact]
    public void ValuesPrintAsFmtPrintlnDoes()
    {
        var (_, stdout, _) = Repl("""
            type P struct{ X, Y int }
            P{1, 2}
            []string{"a", "b"}
            "text"
            3.5
            map[string]int{"b": 2, "a": 1}
            func two() (int, error) { return 2, nil }
            two()
            var e error
            e
            """);
        Assert.Equal("{1 2}\n[a b]\ntext\n3.5\nmap[a:1 b:2]\n2 <nil>\n<nil>\n", stdout);
    }

    [Fact]
    public void VariablesKeepTheirValuesAndEarlierSideEffectsDoNotRunAgain()
    {
        var (code, stdout, stderr) = Repl("""
            import "fmt"
            n := 0; fmt.Println("once")
            n++
            n++
            n
            var s struct{ a [2]int }
            s.a[1] = 7
            p := &s
            p.a[0] = 3
            s
            """);
        Assert.Equal("", stderr);
        Assert.Equal("once\n2\n{[3 7]}\n", stdout);
        Assert.Equal(0, code);
    }

    [Fact]
    public void ClosuresAndGoroutinesSeeSessionVariables()
    {
        var (_, stdout, stderr) = Repl("""
            count := 10
            inc := func() { count++ }
            inc(); inc()
            count
            ch := make(chan int)
            go func() { for i := range 3 { ch <- i * count } }()
            <-ch
            <-ch
            <-ch
            """);
        Assert.Equal("", stderr);
        Assert.Equal("12\n0\n12\n24\n", stdout);
    }

    [Fact]
    public void RedeclaringReplacesFunctionsTypesAndVariables()
    {
        var (code, stdout, stderr) = Repl("""
            func f() int { return 1 }
            f()
            func f() string { return "two" }
            f()
            type T struct{ a int }
            type T struct{ b string }
            T{b: "x"}
            x := 1
            x := "now a string"
            x
            """);
        Assert.Equal("", stderr);
        Assert.Equal("1\ntwo\n{x}\nnow a string\n", stdout);
        Assert.Equal(0, code);
    }

    [Fact]
    public void MethodsOnEarlierTypesJoinTheirMethodSets()
    {
        var (_, stdout, stderr) = Repl("""
            type Celsius float64
            c := Celsius(21.5)
            func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
            import "fmt"
            func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
            c
            var s fmt.Stringer = c
            s.String()
            func (c Celsius) String() string { return "replaced" }
            c
            """);
        Assert.Equal("1:43: undefined: fmt\n", stderr);
        Assert.Equal("21.5°C\n21.5°C\nreplaced\n", stdout);
    }

    [Fact]
    public void TypesAndConstantsAmongStatementsPersist()
    {
        var (_, stdout, stderr) = Repl("""
            type P struct{ X int }; const scale = 3; p := P{2 * scale}
            p.X
            P{scale}
            const k = "é"; type Q int; q := Q(7); bad := undefinedName
            k
            """);
        Assert.Equal("1:47: undefined: undefinedName\n", stderr);
        Assert.Equal("6\n{3}\né\n", stdout);
    }

    [Fact]
    public void MethodsAddedToAGenericTypeReachItsExistingInstances()
    {
        var (_, stdout, stderr) = Repl("""
            type Box[T any] struct{ v T }
            b := Box[int]{5}
            var s any = b
            func (b Box[T]) Get() T { return b.v }
            b.Get()
            func (b Box[T]) String() string { return fmt.Sprint("box of ", b.v) }
            import "fmt"
            func (b Box[T]) String() string { return fmt.Sprint("box of ", b.v) }
            s
            """);
        Assert.Equal("1:42: undefined: fmt\n", stderr);
        Assert.Equal("5\nbox of 5\n", stdout);
    }

    [Fact]
    public void GenericsAndImportsPersist()
    {
        var (_, stdout, stderr) = Repl("""
            import "strings"
            func Map[T, U any](xs []T, f func(T) U) []U { var r []U; for _, x := range xs { r = append(r, f(x)) }; return r }
            Map([]string{"a", "b"}, strings.ToUpper)
            import "time"
            time.Now().Year() > 2000
            """);
        Assert.Equal("", stderr);
        Assert.Equal("[A B]\ntrue\n", stdout);
    }

    [Fact]
    public void CompileErrorsGiveTheirLineAndColumnInTheInputAndTheSessionGoesOn()
    {
        var (code, stdout, stderr) = Repl("""
            x := 1
            y := x + undefinedName
            for i := 0; i < 2; i++ {
                x += nope
            }
            x
            """);
        Assert.Equal("1:10: undefined: undefinedName\n2:10: undefined: nope\n", stderr);
        Assert.Equal("1\n", stdout);
        Assert.Equal(1, code);
    }

    [Fact]
    public void AFailedInputLeavesNoDeclarationBehind()
    {
        var (_, stdout, stderr) = Repl("""
            func g() int { return 1 }
            func g() int { return undefinedName }
            g()
            """);
        Assert.Equal("1:23: undefined: undefinedName\n", stderr);
        Assert.Equal("1\n", stdout);
    }

    [Fact]
    public void InputEndingInsideAnUnfinishedInputIsASyntaxError()
    {
        var (code, stdout, stderr) = Repl("\"done\"\nfunc f() {\n  x := 1 +\n");
        Assert.Equal("done\n", stdout);
        Assert.Equal("2:11: syntax error: unexpected end of input\n", stderr);
        Assert.Equal(1, code);
    }

    [Fact]
    public void APanicIsReportedAndTheSessionGoesOn()
    {
        var (code, stdout, stderr) = Repl("""
            var a []int
            a[5]
            "after"
            """);
        Assert.StartsWith("panic: runtime error: index out of range [5] with length 0\n\ngoroutine ", stderr);
        Assert.Contains("\tinput:1", stderr);
        Assert.DoesNotContain("__repl_run", stderr);
        Assert.Equal("after\n", stdout);
        Assert.Equal(1, code);
    }

    [Fact]
    public void APanicInAGoroutineIsReportedAndTheSessionGoesOn()
    {
        var (code, stdout, stderr) = Repl("""
            done := make(chan bool)
            go func() { defer close(done); panic("in a goroutine") }()
            <-done
            "after"
            """);
        Assert.StartsWith("panic: in a goroutine\n", stderr);
        Assert.Equal("false\nafter\n", stdout);
        Assert.Equal(0, code); // the inputs themselves did not fail
    }

    [Fact]
    public void FailFastStopsAtTheFirstError()
    {
        var (code, stdout, stderr) = Repl("\"first\"\nundefinedName\n\"never\"\n", failFast: true);
        Assert.Equal("1:1: undefined: undefinedName\n", stderr);
        Assert.Equal("first\n", stdout);
        Assert.Equal(1, code);

        (code, stdout, stderr) = Repl("panic(\"boom\")\n\"never\"\n", failFast: true);
        Assert.StartsWith("panic: boom\n", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(1, code);
    }

    [Fact]
    public void InputsContinueWhileBracketsOrARawStringAreOpenOrAfterAnOperator()
    {
        var (_, stdout, stderr) = Repl("""
            func add(a,
                b int) int {
                return a + b
            }
            add(1, 2)
            s := `line one
            line two`
            s
            total := 1 +
                2 // a comment after the operand ends the input
            total++
            total
            t := "ends with +" // and a comment with a comma,
            t
            """);
        Assert.Equal("", stderr);
        Assert.Equal("3\nline one\nline two\n4\nends with +\n", stdout);
    }

    [Fact]
    public void TypeLoadAndResetCommands()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("minigo-repl").FullName, "prog.go");
        File.WriteAllText(file, "package main\n\nimport \"fmt\"\n\nfunc greet(who string) string { return \"hello \" + who }\n\nfunc main() { fmt.Println(greet(\"main\")) }\n");
        var (code, stdout, stderr) = Repl($$"""
            :type 1.5
            x := []int{1}
            :type x
            :type strings.ToUpper
            :load {{file}}
            greet("you")
            main()
            :reset
            x
            """);
        Assert.Equal("float64\n[]int\nhello you\nhello main\n", stdout);
        Assert.Equal("1:1: undefined: strings\n1:1: undefined: x\n", stderr);
        Assert.Equal(1, code);
    }

    [Fact]
    public void OsExitEndsTheSessionWithItsStatus()
    {
        var (code, stdout, _) = Repl("import \"os\"\n\"before\"\nos.Exit(3)\n\"never\"\n");
        Assert.Equal("before\n", stdout);
        Assert.Equal(3, code);
    }

    [Fact]
    public void ADeadlockedInputEndsAPipedSessionAsGoDoes()
    {
        var (code, _, stderr) = Repl("ch := make(chan int)\n<-ch\n\"never\"\n");
        Assert.StartsWith("fatal error: all goroutines are asleep - deadlock!", stderr);
        Assert.Equal(2, code);
    }

    [Fact]
    public void RuntimeGoexitEndsOnlyTheInput()
    {
        var (_, stdout, stderr) = Repl("""
            import "runtime"
            func() { defer println("deferred"); runtime.Goexit() }()
            "after"
            """);
        Assert.Equal("deferred\n", stderr);
        Assert.Equal("after\n", stdout);
    }
}
