namespace Minigo.Cli.Repl;

/// <summary>
/// Whether the lines typed so far make a whole input: an input continues on the next line
/// while a bracket, brace or parenthesis is open, inside a raw string or block comment, or
/// after a binary operator, a comma, a dot or a colon (where Go inserts no semicolon either:
/// `x := 1 +` goes on; `x++` does not). Strings, runes and comments are skipped so that their
/// brackets do not count.
/// </summary>
internal static class InputCompleteness
{
    public static bool IsComplete(string text)
    {
        int depth = 0;
        int last = -1; // the last character of code (not of a comment)
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c) && !(c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')) last = i;
            switch (c)
            {
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth--; break;
                case '`':
                    i = text.IndexOf('`', i + 1);
                    if (i < 0) return false;
                    last = i;
                    break;
                case '"' or '\'':
                    i = EndOfQuoted(text, i);
                    last = Math.Min(i, text.Length - 1);
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = text.IndexOf('\n', i);
                    if (i < 0) i = text.Length;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    i = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (i < 0) return false;
                    i++;
                    break;
            }
        }
        // A surplus of closers is complete: the parser reports it.
        return depth <= 0 && !EndsWithOperator(text, last);
    }

    private static bool EndsWithOperator(string text, int last)
    {
        if (last < 0) return false;
        char c = text[last];
        if (c is '+' or '-') return last == 0 || text[last - 1] != c; // x++ and x-- are statements
        return c is '*' or '/' or '%' or '&' or '|' or '^' or '<' or '>' or '=' or '!' or ',' or '.' or ':';
    }

    /// <summary>The index of the closing quote, or of the line's end for an unterminated literal (a syntax error, not a continuation).</summary>
    private static int EndOfQuoted(string text, int open)
    {
        char quote = text[open];
        for (int i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == quote || text[i] == '\n') return i;
        }
        return text.Length;
    }
}
