using Minigo.Compiler;
using Minigo.Compiler.Syntax;
using Xunit;

namespace Minigo.Tests.Syntax;

/// <summary>
/// Syntax errors as go build prints them. The expected lines were checked against cmd/compile
/// (Go 1.19, with the wording of later releases: "expected" for "expecting", "name x",
/// "keyword else").
/// </summary>
public class SyntaxErrorTests
{
    private static string Func(string body) => "package p\n\nfunc f() {\n" + body + "\n}\n";

    [Theory]
    // the statement ended but something follows on the line
    [InlineData("\tx := 1 y", "t.go:4:9: syntax error: unexpected name y at end of statement")]
    [InlineData("\tfmt.Println(a))", "t.go:4:16: syntax error: unexpected ) at end of statement")]
    // a brace on the next line
    [InlineData("\tif x == 1\n\t{\n\t}", "t.go:4:11: syntax error: unexpected newline, expected { after if clause")]
    [InlineData("\tfor i := 0; i < 10; i++\n\t{\n\t}", "t.go:4:25: syntax error: unexpected newline, expected { after for clause")]
    [InlineData("\tif x {\n\t}\n\telse {\n\t}", "t.go:6:2: syntax error: unexpected keyword else, expected }")]
    // missing commas and closers
    [InlineData("\tfmt.Println(\"a\",\n\t\t\"b\"\n\t)", "t.go:5:6: syntax error: unexpected newline in argument list; possibly missing comma or )")]
    [InlineData("\tfmt.Println((1 + 2)", "t.go:4:21: syntax error: unexpected newline in argument list; possibly missing comma or )")]
    [InlineData("\tx := []int{\n\t\t1,\n\t\t2\n\t}", "t.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }")]
    [InlineData("\tfmt.Printf(\"%d\" a)", "t.go:4:18: syntax error: unexpected name a in argument list; possibly missing comma or )")]
    [InlineData("\t_ = a[1 2]", "t.go:4:10: syntax error: unexpected literal 2, expected comma, : or ]")]
    // missing operands
    [InlineData("\tx := ", "t.go:5:1: syntax error: unexpected }, expected expression")]
    [InlineData("\treturn )", "t.go:4:9: syntax error: unexpected ), expected expression")]
    [InlineData("\tg(,)", "t.go:4:4: syntax error: unexpected comma, expected expression")]
    [InlineData("\ta, b c", "t.go:4:7: syntax error: unexpected name c, expected := or = or comma")]
    [InlineData("\tx.\n", "t.go:6:1: syntax error: unexpected }, expected name or (")]
    // header statements
    [InlineData("\tif x := 0 {\n\t}", "t.go:4:7: syntax error: cannot use x := 0 as value")]
    [InlineData("\tif x = y + 1 {\n\t}", "t.go:4:7: syntax error: cannot use assignment x = (y + 1) as value")]
    [InlineData("\tswitch x := 5 {\n\t}", "t.go:4:11: syntax error: cannot use x := 5 as value")]
    [InlineData("\tif {\n\t}", "t.go:4:5: syntax error: missing condition in if statement")]
    [InlineData("\tfor i := 0; i < 3; j := 1 {\n\t}", "t.go:4:23: syntax error: cannot declare in post statement of for loop")]
    [InlineData("\tfor var i = 0; i < 3; i++ {\n\t}", "t.go:4:10: syntax error: var declaration not allowed in for initializer")]
    [InlineData("\tif x {\n\t} else for {\n\t}", "t.go:5:9: syntax error: else must be followed by if or statement block")]
    // declarations
    [InlineData("\tvar type int", "t.go:4:6: syntax error: unexpected keyword type, expected name")]
    [InlineData("\tgo (g())", "t.go:4:5: expression in go must not be parenthesized")]
    [InlineData("\tswitch x {\n\tcase 1 2:\n\t}", "t.go:5:9: syntax error: unexpected literal 2, expected :")]
    [InlineData("\tswitch x {\n\tcase 0:\n\t\tL:\n\tcase 1:\n\t}", "t.go:6:4: syntax error: missing statement after label")]
    [InlineData("\tif i := g()); i == j {\n\t}", "t.go:4:13: syntax error: unexpected ), expected {")]
    [InlineData("\tfor ; ; i++) {\n\t}", "t.go:4:13: syntax error: unexpected ), expected { after for clause")]
    [InlineData("\tswitch x; y\n\t{\n\t}", "t.go:4:13: syntax error: missing { after switch clause")]
    [InlineData("\t_ = a[1::]", "t.go:4:10: middle index required in 3-index slice")]
    [InlineData("\t_ = a[1:2:]", "t.go:4:12: final index required in 3-index slice")]
    [InlineData("\t_ = x ~ x", "t.go:4:8: syntax error: unexpected ~ at end of statement")]
    [InlineData("\tx := “hi”", "t.go:4:7: invalid character U+201C '“' in identifier")]
    public void InFunctionBodies(string body, string expected) => Assert.Equal(new[] { expected }, Go.Errors(Func(body)));

    [Theory]
    [InlineData("package p\nx := 1\n", "t.go:2:1: syntax error: non-declaration statement outside function body")]
    [InlineData("package p\nfunc f()\n{\n}\n", "t.go:3:1: syntax error: unexpected semicolon or newline before {")]
    [InlineData("package p\nfunc f() {\n\tx := 1\n", "t.go:4:1: syntax error: unexpected EOF, expected }")]
    [InlineData("func f() {}\n", "t.go:1:1: syntax error: package statement must be first")]
    [InlineData("package p\nvar x := 1\n", "t.go:2:7: syntax error: unexpected :=, expected =")]
    [InlineData("package p\nvar m map[string]\n", "t.go:2:18: syntax error: unexpected newline, expected type")]
    [InlineData("package p\ntype T\n", "t.go:2:7: syntax error: unexpected newline in type declaration")]
    [InlineData("package p\nimport \"fmt\" \"os\"\n", "t.go:2:14: syntax error: unexpected literal \"os\" after top level declaration")]
    [InlineData("package p\nvar x = 1\nimport \"fmt\"\n", "t.go:3:1: syntax error: imports must appear before other declarations")]
    [InlineData("package p\nfunc f(a int b int) {}\n", "t.go:2:14: syntax error: unexpected name b in parameter list; possibly missing comma or )")]
    [InlineData("package p\nfunc f(a int, string) {}\n", "t.go:2:15: syntax error: mixed named and unnamed parameters")]
    [InlineData("package p\nfunc () M() {}\n", "t.go:2:9: method has no receiver")]
    [InlineData("package p\nfunc (a, b T) M() {}\n", "t.go:2:15: method has multiple receivers")]
    [InlineData("package p\ntype T struct {\n\ta int b int\n}\n", "t.go:3:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }")]
    [InlineData("package p\ntype T struct {\n\t(Foo)\n}\n", "t.go:3:2: syntax error: cannot parenthesize embedded type")]
    [InlineData("package p\nvar p = Point{X: 1, Y: 2\n}\n", "t.go:2:25: syntax error: unexpected newline in composite literal; possibly missing comma or }")]
    [InlineData("package p\nvar a = []int{\n\t3 // no comma\n}\n", "t.go:3:15: syntax error: unexpected newline in composite literal; possibly missing comma or }")]
    [InlineData("package p\nfunc f(a ...) {}\n", "t.go:2:13: syntax error: ... is missing type")]
    [InlineData("package p\nvar c chan\n", "t.go:3:1: syntax error: missing channel element type")]
    [InlineData("package p\nimport 42\n", "t.go:2:8: syntax error: import path must be a string")]
    [InlineData("package p\nfunc (T) m[P any]() {}\n", "t.go:2:11: syntax error: method must have no type parameters")]
    public void AtTopLevel(string src, string expected) => Assert.Equal(new[] { expected }, Go.Errors(src));

    [Theory]
    [InlineData("var x = 0b102", "t.go:2:13: invalid digit '2' in binary literal")]
    [InlineData("var x = 08", "t.go:2:10: invalid digit '8' in octal literal")]
    [InlineData("var x = 0x", "t.go:2:11: hexadecimal literal has no digits")]
    [InlineData("var x = 1e", "t.go:2:11: exponent has no digits")]
    [InlineData("var x = 1__0", "t.go:2:11: '_' must separate successive digits")]
    [InlineData("var s = \"a\\qb\"", "t.go:2:12: unknown escape")]
    [InlineData("var r = ''", "t.go:2:10: empty rune literal or unescaped '")]
    [InlineData("var r = 'ab'", "t.go:2:9: more than one character in rune literal")]
    [InlineData("var s = \"abc\nvar t = 1", "t.go:2:13: newline in string")]
    [InlineData("var s = `abc", "t.go:2:9: string not terminated")]
    [InlineData("var x = 1p10", "t.go:2:10: 'p' exponent requires hexadecimal mantissa")]
    [InlineData("var x۶y, ۶ = 1, 2", "t.go:2:11: identifier cannot begin with digit U+06F6 '۶'")]
    [InlineData("var a⊛b = 1", "t.go:2:6: invalid character U+229B '⊛' in identifier")]
    public void LexicalErrors(string decl, string expected) => Assert.Equal(new[] { expected }, Go.Errors("package p\n" + decl + "\n"));

    /// <summary>An invalid character is not a syntax error: cmd/compile reports the syntax error that follows on the same line too.</summary>
    [Theory]
    [InlineData("var x = 1 @ 2", "t.go:2:11: invalid character U+0040 '@'", "t.go:2:13: syntax error: unexpected literal 2 after top level declaration")]
    [InlineData("var s = \"é\" # 1", "t.go:2:14: invalid character U+0023 '#'", "t.go:2:16: syntax error: unexpected literal 1 after top level declaration")]
    public void InvalidCharacterThenSyntaxError(string decl, string first, string second) =>
        Assert.Equal(new[] { first, second }, Go.Errors("package p\n" + decl + "\n"));

    [Fact]
    public void OneSyntaxErrorPerLineAndErrorsInLaterDeclarations() =>
        Assert.Equal(
            new[]
            {
                "t.go:3:9: syntax error: unexpected name y at end of statement",
                "t.go:6:7: syntax error: unexpected ), expected expression",
                "t.go:8:11: syntax error: unexpected literal 2 after top level declaration",
            },
            Go.Errors("package p\nfunc f() {\n\tx := 1 y z\n}\nfunc g() {\n\tz := )\n}\nvar q = 1 2\nfunc h() {}\n"));

    [Fact]
    public void FollowOnErrorsAsGoReportsThem() =>
        // cmd/compile drops the `)`, ends the function body there and then meets the `}` at top level
        Assert.Equal(
            new[] { "t.go:4:2: syntax error: unexpected ), expected }", "t.go:5:1: syntax error: non-declaration statement outside function body" },
            Go.Errors(Func("\t)")));

    [Fact]
    public void StopsAfterTenErrors()
    {
        var body = string.Concat(Enumerable.Repeat("\tx := 1 y\n", 12));
        var lines = Go.Errors(Func(body));
        Assert.Equal(11, lines.Count);
        Assert.Equal("t.go:13:9: syntax error: unexpected name y at end of statement", lines[9]);
        Assert.Equal("t.go:13:9: too many errors", lines[10]); // cmd/compile repeats the last position
    }

    [Fact]
    public void NeverThrowsWhateverTheInput()
    {
        // Every prefix of a program, and some garbage: always diagnostics, never an exception or an internal error.
        const string program = "package p\n\nimport \"fmt\"\n\ntype T[K comparable] struct {\n\tm map[K][]int `tag`\n}\n\n" +
                               "func (t *T[K]) f(a, b int, c ...string) (int, error) {\n\tfor i, x := range t.m {\n\t\tswitch v := x.(type) {\n" +
                               "\t\tcase int:\n\t\t\tgo func() { fmt.Println(v, i, []int{1, 2}[0]) }()\n\t\t}\n\t}\n" +
                               "\tselect {\n\tcase <-ch:\n\tdefault:\n\t}\n\treturn a + b*2, nil\n}\n";
        var inputs = Enumerable.Range(0, program.Length).Select(n => program[..n])
            .Concat(new[] { "", "\0", "package", "package p\n}}}}", "package p\nfunc f() { ((((((((((", "package p\nvar x = '\\", "\uFFFF\uD800 @@ ``` \"\"\" '''" });
        foreach (var src in inputs)
        {
            var diags = new DiagnosticBag();
            var file = GoSyntax.Parse("t.go", src, diags);
            Assert.True(file != null || diags.HasErrors, $"no result and no error for:\n{src}");
            Assert.DoesNotContain(diags.Format(), l => l.Contains("internal compiler error"));
        }
    }

    [Fact]
    public void DeeplyNestedInputDoesNotOverflowTheStack()
    {
        string expr = new string('(', 5000) + "1" + new string(')', 5000);
        Assert.NotNull(Go.Parse("package p\nvar x = " + expr + "\n"));
        var diags = new DiagnosticBag();
        Assert.Null(GoSyntax.Parse("t.go", "package p\nvar x = " + new string('(', 5000) + "\n", diags));
        Assert.True(diags.HasErrors);
    }
}
