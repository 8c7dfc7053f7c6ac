using Antlr4.Runtime;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Converts ANTLR token positions (1-based line, 0-based column in code points) to Go's:
/// 1-based line and 1-based column in UTF-8 bytes. Lines that are pure ASCII, nearly all of
/// them, convert by adding one; the others are walked code point by code point.
/// </summary>
internal sealed class SourcePositions
{
    private readonly string path;
    private readonly string text;
    private readonly List<int> lineStarts = [0];
    private readonly List<bool> lineIsAscii = [];

    public SourcePositions(string path, string text)
    {
        this.path = path;
        this.text = text;
        bool ascii = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                lineIsAscii.Add(ascii);
                lineStarts.Add(i + 1);
                ascii = true;
            }
            else if (c >= 0x80) ascii = false;
        }
        lineIsAscii.Add(ascii);
    }

    public string Path => path;

    public Pos Of(IToken token) => At(token.Line, token.Column);

    /// <summary>The position just after the token's text, which must not span lines.</summary>
    public Pos After(IToken token) => At(token.Line, token.Column + CodePoints(token.Text ?? ""));

    /// <summary>The position `offset` chars into the token's text, which must not span lines before offset.</summary>
    public Pos Inside(IToken token, int offset) =>
        At(token.Line, token.Column + CodePoints((token.Text ?? "")[..Math.Min(offset, token.Text?.Length ?? 0)]));

    /// <summary>Converts an ANTLR (line, code-point column) pair.</summary>
    public Pos At(int line, int column)
    {
        if (line < 1 || line > lineStarts.Count) return new Pos(path, Math.Max(line, 0), column + 1);
        if (lineIsAscii[line - 1]) return new Pos(path, line, column + 1);
        int bytes = 0;
        int i = lineStarts[line - 1];
        for (int k = 0; k < column && i < text.Length && text[i] != '\n'; k++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i += 2;
                continue;
            }
            char c = text[i++];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return new Pos(path, line, bytes + 1);
    }

    private static int CodePoints(string s)
    {
        int n = 0;
        foreach (char c in s)
            if (!char.IsLowSurrogate(c)) n++;
        return n;
    }
}
