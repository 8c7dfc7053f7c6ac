using Antlr4.Runtime;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Syntax.Generated;
using Xunit;

namespace Minigo.Tests.Syntax;

public class SemicolonInserterTests
{
    /// <summary>The default-channel tokens after insertion: inserted semicolons show as `⏎;` (at a newline) or `EOF;`.</summary>
    private static string Tokens(string src) => string.Join(" ", Lex(src).Select(t => t.Type switch
    {
        TokenConstants.EOF => "EOF",
        GoLexer.SEMI => t.Text switch { "\n" => "⏎;", "" => "EOF;", _ => ";" },
        _ => t.Text,
    }));

    private static List<IToken> Lex(string src)
    {
        var source = new SemicolonInserter(new GoLexer(CharStreams.fromString(src)));
        var tokens = new List<IToken>();
        IToken t;
        do
        {
            t = source.NextToken();
            if (t.Channel == TokenConstants.DefaultChannel) tokens.Add(t);
        } while (t.Type != TokenConstants.EOF);
        return tokens;
    }

    [Theory]
    [InlineData("x\ny", "x ⏎; y EOF; EOF")]
    [InlineData("42\n'a'\n1.5\n2i\n\"s\"\n`raw`\n", "42 ⏎; 'a' ⏎; 1.5 ⏎; 2i ⏎; \"s\" ⏎; `raw` ⏎; EOF")]
    [InlineData("break\ncontinue\nfallthrough\nreturn\n", "break ⏎; continue ⏎; fallthrough ⏎; return ⏎; EOF")]
    [InlineData("x++\ny--\nf()\na[i]\n}\n", "x ++ ⏎; y -- ⏎; f ( ) ⏎; a [ i ] ⏎; } ⏎; EOF")]
    public void InsertsAfterTokensThatEndAStatement(string src, string expected) => Assert.Equal(expected, Tokens(src));

    [Theory]
    [InlineData("x +\ny", "x + y EOF; EOF")]
    [InlineData("f(\na,\nb,\n)", "f ( a , b , ) EOF; EOF")]
    [InlineData("if x {\n}", "if x { } EOF; EOF")]
    [InlineData("func\ngo\nx =\ny", "func go x = y EOF; EOF")]
    [InlineData("x.\ny", "x . y EOF; EOF")]
    public void DoesNotInsertAfterOtherTokens(string src, string expected) => Assert.Equal(expected, Tokens(src));

    [Fact]
    public void OneSemicolonForSeveralLineBreaks() => Assert.Equal("x ⏎; y ⏎; EOF", Tokens("x\n\n\n   \ny\n"));

    [Fact]
    public void AtEndOfFileOnlyWhenNeeded()
    {
        Assert.Equal("x EOF; EOF", Tokens("x"));
        Assert.Equal("x ⏎; EOF", Tokens("x\n"));
        Assert.Equal("{ EOF", Tokens("{"));
    }

    [Fact]
    public void LineCommentsDoNotHideTheNewline() => Assert.Equal("x ⏎; y EOF; EOF", Tokens("x // comment\ny"));

    [Fact]
    public void BlockCommentSpanningLinesActsAsNewline()
    {
        Assert.Equal("x ⏎; y EOF; EOF", Tokens("x /* a\nb */ y"));
        Assert.Equal("x y EOF; EOF", Tokens("x /* a b */ y"));
    }

    [Fact]
    public void CarriageReturnsAreWhiteSpace() => Assert.Equal("x ⏎; y EOF; EOF", Tokens("x\r\ny"));

    [Fact]
    public void InsertedSemicolonSitsAtTheNewline()
    {
        // ANTLR positions: 1-based line, 0-based column
        var semi = Lex("x := 1\ny")[3];
        Assert.Equal((GoLexer.SEMI, 1, 6), (semi.Type, semi.Line, semi.Column));

        var afterComment = Lex("x // c\ny")[1];
        Assert.Equal((1, 6), (afterComment.Line, afterComment.Column));

        var blockComment = Lex("x /* a\nb */ y")[1];
        Assert.Equal((1, 2), (blockComment.Line, blockComment.Column));

        var atEof = Lex("a\nbc")[3];
        Assert.Equal(("", 2, 2), (atEof.Text, atEof.Line, atEof.Column));
    }
}
