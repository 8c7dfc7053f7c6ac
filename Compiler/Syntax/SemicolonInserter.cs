using Antlr4.Runtime;
using Minigo.Compiler.Syntax.Generated;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Go's automatic semicolon insertion (https://go.dev/ref/spec#Semicolons), as a filter between
/// the lexer and the parser: when a line's final token is an identifier, a basic literal, one
/// of the keywords break, continue, fallthrough, return, or one of ++ -- ) ] }, a ';' token is
/// inserted at the newline. A block comment spanning lines counts as a newline, and the end of
/// the file as well.
///
/// Inserted tokens have the text "\n" (or "" at the end of the file), so syntax errors can say
/// "unexpected newline" (or "unexpected EOF") as cmd/compile does, and Go's position: that of
/// the newline character, of the block comment, or of the end of the file.
/// </summary>
public sealed class SemicolonInserter(ITokenSource source) : ITokenSource
{
    private IToken? pending;       // the token read while deciding to insert, returned next
    private bool lastEndsStatement; // the last default-channel token may end a statement

    public IToken NextToken()
    {
        if (pending != null)
        {
            var p = pending;
            pending = null;
            return p;
        }

        var token = source.NextToken();
        bool lineBreak = token.Type == GoLexer.NEWLINE
            || token.Type == TokenConstants.EOF
            || (token.Type == GoLexer.BLOCK_COMMENT && token.Text.Contains('\n'));
        if (lineBreak)
        {
            if (!lastEndsStatement) return token;
            lastEndsStatement = false;
            pending = token;
            return Semicolon(token);
        }
        if (token.Channel == TokenConstants.DefaultChannel) lastEndsStatement = EndsStatement(token.Type);
        return token;
    }

    /// <summary>The tokens after which a line break ends the statement.</summary>
    public static bool EndsStatement(int type) => type switch
    {
        GoLexer.IDENTIFIER or GoLexer.INT_LIT or GoLexer.FLOAT_LIT or GoLexer.IMAGINARY_LIT
            or GoLexer.RUNE_LIT or GoLexer.STRING_LIT or GoLexer.RAW_STRING_LIT => true,
        GoLexer.BREAK or GoLexer.CONTINUE or GoLexer.FALLTHROUGH or GoLexer.RETURN => true,
        GoLexer.PLUS_PLUS or GoLexer.MINUS_MINUS or GoLexer.R_PAREN or GoLexer.R_BRACKET or GoLexer.R_CURLY => true,
        _ => false,
    };

    private CommonToken Semicolon(IToken at)
    {
        bool eof = at.Type == TokenConstants.EOF;
        // The source pair lets ANTLR's error recovery create tokens next to this one.
        var semi = new CommonToken(Tuple.Create<ITokenSource, ICharStream>(this, source.InputStream),
            GoLexer.SEMI, TokenConstants.DefaultChannel, at.StartIndex, eof ? at.StartIndex - 1 : at.StartIndex)
        {
            Text = eof ? "" : "\n",
            Line = at.Line,
            Column = at.Column,
        };
        return semi;
    }

    public int Line => source.Line;
    public int Column => source.Column;
    public ICharStream InputStream => source.InputStream;
    public string SourceName => source.SourceName;
    public ITokenFactory TokenFactory
    {
        get => source.TokenFactory;
        set => source.TokenFactory = value;
    }
}
