using System.Globalization;
using Antlr4.Runtime;
using Minigo.Compiler.Syntax.Generated;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// The errors Go's scanner reports, as a filter between the lexer and the SemicolonInserter:
/// invalid characters (dropped, as Go skips them), unterminated literals (kept as literals, as
/// Go does, so parsing goes on), and malformed number, rune and string literals, at the
/// position inside the literal where cmd/compile reports them.
/// </summary>
internal sealed class TokenChecker(ITokenSource lexer, SyntaxErrorSink errors) : ITokenSource
{
    public IToken NextToken()
    {
        var token = lexer.NextToken();
        switch (token.Type)
        {
            case GoLexer.INVALID_CHAR:
                errors.Error(token, InvalidCharacter(token.Text));
                ((CommonToken)token).Channel = TokenConstants.HiddenChannel;
                break;

            case GoLexer.BAD_IDENTIFIER:
                BadIdentifier(token);
                ((CommonToken)token).Type = GoLexer.IDENTIFIER;
                break;

            case GoLexer.UNTERMINATED_STRING:
                Unterminated(token, GoLexer.STRING_LIT, "newline in string", "string not terminated");
                break;
            case GoLexer.UNTERMINATED_RUNE:
                Unterminated(token, GoLexer.RUNE_LIT, "newline in rune literal", "rune literal not terminated");
                break;
            case GoLexer.UNTERMINATED_RAW_STRING:
                Unterminated(token, GoLexer.RAW_STRING_LIT, "string not terminated", "string not terminated");
                break;

            case GoLexer.INT_LIT or GoLexer.FLOAT_LIT or GoLexer.IMAGINARY_LIT:
                Report(token, Literals.CheckNumber(token.Text, out int at), at);
                break;
            case GoLexer.RUNE_LIT:
                Literals.ParseRune(token.Text, out var runeError, out int runeAt);
                Report(token, runeError, runeAt);
                break;
            case GoLexer.STRING_LIT:
                Literals.ParseString(token.Text, out var stringError, out int stringAt);
                Report(token, stringError, stringAt);
                break;
        }
        return token;
    }

    private void Report(IToken token, string? error, int offset)
    {
        if (error != null) errors.Error(errors.Positions.Inside(token, offset), error);
    }

    /// <summary>Go reports a literal cut by a newline at the newline, and one cut by the end of the file at its start.</summary>
    private void Unterminated(IToken token, int literalType, string atNewline, string atEof)
    {
        bool eof = token.StopIndex + 1 >= token.InputStream.Size;
        if (eof || literalType == GoLexer.RAW_STRING_LIT) errors.Error(token, atEof);
        else errors.Error(errors.Positions.After(token), atNewline);
        ((CommonToken)token).Type = literalType;
    }

    /// <summary>
    /// Go takes any non-ASCII character as part of an identifier, and complains about the first
    /// one that is not a letter or digit (or a leading digit).
    /// </summary>
    private void BadIdentifier(IToken token)
    {
        string text = token.Text;
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            int cp = char.ConvertToUtf32(text, i);
            var category = CharUnicodeInfo.GetUnicodeCategory(cp);
            string? error = category == UnicodeCategory.DecimalDigitNumber
                ? i == 0 ? $"identifier cannot begin with digit {Rune(cp)}" : null
                : char.IsLetter(text, i) || cp == '_' ? null : $"invalid character {Rune(cp)} in identifier";
            if (error == null) continue;
            errors.Error(errors.Positions.Inside(token, i), error);
            return;
        }
    }

    /// <summary>cmd/compile's wording: `invalid character U+0040 '@'`, with special cases for NUL and BOM.</summary>
    private static string InvalidCharacter(string text)
    {
        int cp = char.ConvertToUtf32(text, 0);
        if (cp == 0) return "invalid NUL character";
        if (cp == 0xFEFF) return "invalid BOM in the middle of the file";
        return $"invalid character {Rune(cp)}";
    }

    /// <summary>A code point as Go's %#U prints it: `U+0040 '@'`, without the character if it is not printable.</summary>
    private static string Rune(int cp)
    {
        string hex = $"U+{cp:X4}";
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        bool printable = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator) && (cp == ' ' || category != UnicodeCategory.SpaceSeparator);
        return printable ? $"{hex} '{char.ConvertFromUtf32(cp)}'" : hex;
    }

    public int Line => lexer.Line;
    public int Column => lexer.Column;
    public ICharStream InputStream => lexer.InputStream;
    public string SourceName => lexer.SourceName;
    public ITokenFactory TokenFactory
    {
        get => lexer.TokenFactory;
        set => lexer.TokenFactory = value;
    }
}
