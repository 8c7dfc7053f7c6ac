using Minigo.Runtime;
using Minigo.StdLib.Support;
using Minigo.StdLib.Unicode;

namespace Minigo.StdLib.Strconv;

/// <summary>How a quoting function escapes runes: Quote, QuoteToASCII, QuoteToGraphic.</summary>
public enum QuoteMode { Printable = 0, Ascii = 1, Graphic = 2 }

/// <summary>strconv's quoting and unquoting of Go string and rune literals.</summary>
public static class Quote
{
    private const string LowerHex = "0123456789abcdef";

    public static string QuoteString(string s, byte quote, QuoteMode mode)
    {
        var buf = new ByteBuffer(s.Length + 2);
        AppendQuoted(buf, s, quote, mode);
        return buf.ToString();
    }

    public static void AppendQuoted(ByteBuffer buf, string s, byte quote, QuoteMode mode)
    {
        buf.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            int r = s[i], width = 1;
            if (r >= 0x80) (r, width) = GoStrings.DecodeRune(s, i);
            if (width == 1 && r == GoStrings.RuneError)
            {
                buf.Append("\\x");
                buf.Append((byte)LowerHex[s[i] >> 4]);
                buf.Append((byte)LowerHex[s[i] & 0xF]);
                i++;
                continue;
            }
            AppendEscapedRune(buf, r, quote, mode);
            i += width;
        }
        buf.Append(quote);
    }

    public static string QuoteRune(long r, QuoteMode mode)
    {
        var buf = new ByteBuffer(8);
        AppendQuotedRune(buf, r, mode);
        return buf.ToString();
    }

    public static void AppendQuotedRune(ByteBuffer buf, long r, QuoteMode mode)
    {
        if (!ValidRune(r)) r = GoStrings.RuneError;
        buf.Append((byte)'\'');
        AppendEscapedRune(buf, (int)r, (byte)'\'', mode);
        buf.Append((byte)'\'');
    }

    public static bool ValidRune(long r) => (0 <= r && r < 0xD800) || (0xDFFF < r && r <= GoStrings.MaxRune);

    private static void AppendEscapedRune(ByteBuffer buf, int r, byte quote, QuoteMode mode)
    {
        if (r == quote || r == '\\')
        {
            buf.Append((byte)'\\');
            buf.Append((byte)r);
            return;
        }
        if (mode == QuoteMode.Ascii)
        {
            if (r < 0x80 && UnicodeData.IsPrint(r))
            {
                buf.Append((byte)r);
                return;
            }
        }
        else if (UnicodeData.IsPrint(r) || mode == QuoteMode.Graphic && IsInGraphicList(r))
        {
            buf.AppendRune(r);
            return;
        }
        switch (r)
        {
            case '\a': buf.Append("\\a"); return;
            case '\b': buf.Append("\\b"); return;
            case '\f': buf.Append("\\f"); return;
            case '\n': buf.Append("\\n"); return;
            case '\r': buf.Append("\\r"); return;
            case '\t': buf.Append("\\t"); return;
            case '\v': buf.Append("\\v"); return;
        }
        if (r < ' ' || r == 0x7f)
        {
            buf.Append("\\x");
            buf.Append((byte)LowerHex[(r >> 4) & 0xF]);
            buf.Append((byte)LowerHex[r & 0xF]);
            return;
        }
        if (!ValidRune(r)) r = 0xFFFD;
        if (r < 0x10000)
        {
            buf.Append("\\u");
            for (int s = 12; s >= 0; s -= 4) buf.Append((byte)LowerHex[(r >> s) & 0xF]);
        }
        else
        {
            buf.Append("\\U");
            for (int s = 28; s >= 0; s -= 4) buf.Append((byte)LowerHex[(r >> s) & 0xF]);
        }
    }

    /// <summary>The Zs spaces that IsGraphic accepts beyond IsPrint (strconv's isGraphic list).</summary>
    private static bool IsInGraphicList(int r) =>
        r is 0x00a0 or 0x1680 or (>= 0x2000 and <= 0x200a) or 0x202f or 0x205f or 0x3000;

    public static bool IsGraphic(int r) => UnicodeData.IsPrint(r) || IsInGraphicList(r);

    public static bool CanBackquote(string s)
    {
        for (int i = 0; i < s.Length;)
        {
            var (r, wid) = GoStrings.DecodeRune(s, i);
            i += wid;
            if (wid > 1)
            {
                // A BOM is invisible and should not be quoted; other multibyte runes are fine.
                if (r == 0xFEFF) return false;
                continue;
            }
            if (r == GoStrings.RuneError) return false;
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
        }
        return true;
    }

    // ---- Unquoting ----

    /// <summary>strconv.UnquoteChar: decodes the first character or escape of s. False on a syntax error.</summary>
    public static bool UnquoteChar(string s, int pos, byte quote, out int value, out bool multibyte, out int next)
    {
        value = 0; multibyte = false; next = pos;
        if (pos >= s.Length) return false;
        char c = s[pos];
        if (c == quote && (quote == '\'' || quote == '"')) return false;
        if (c >= 0x80)
        {
            var (r, size) = GoStrings.DecodeRune(s, pos);
            value = r; multibyte = true; next = pos + size;
            return true;
        }
        if (c != '\\')
        {
            value = c; next = pos + 1;
            return true;
        }
        if (pos + 1 >= s.Length) return false;
        c = s[pos + 1];
        int i = pos + 2;
        switch (c)
        {
            case 'a': value = '\a'; break;
            case 'b': value = '\b'; break;
            case 'f': value = '\f'; break;
            case 'n': value = '\n'; break;
            case 'r': value = '\r'; break;
            case 't': value = '\t'; break;
            case 'v': value = '\v'; break;
            case 'x': case 'u': case 'U':
            {
                int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (s.Length - i < n) return false;
                long v = 0;
                for (int j = 0; j < n; j++)
                {
                    int x = Unhex(s[i + j]);
                    if (x < 0) return false;
                    v = (v << 4) | (long)x;
                }
                i += n;
                if (c == 'x')
                {
                    // A single byte, possibly not UTF-8.
                    value = (int)v;
                    break;
                }
                if (!ValidRune(v)) return false;
                value = (int)v;
                multibyte = true;
                break;
            }
            case >= '0' and <= '7':
            {
                int v = c - '0';
                if (s.Length - i < 2) return false;
                for (int j = 0; j < 2; j++)
                {
                    int x = s[i + j] - '0';
                    if (x < 0 || x > 7) return false;
                    v = (v << 3) | x;
                }
                i += 2;
                if (v > 255) return false;
                value = v;
                break;
            }
            case '\\': value = '\\'; break;
            case '\'': case '"':
                if (c != quote) return false;
                value = c;
                break;
            default: return false;
        }
        next = i;
        return true;
    }

    private static int Unhex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// Go's unquote: reads the quoted literal at the start of s. Returns the index after it (or -1
    /// on a syntax error) and, when unescape is set, its value.
    /// </summary>
    public static int UnquotePrefix(string s, bool unescape, out string value)
    {
        value = "";
        if (s.Length < 2) return -1;
        char quote = s[0];
        int end = s.IndexOf(quote, 1);
        if (end < 0) return -1;
        end++; // just past the closing quote, if there are no escapes
        switch (quote)
        {
            case '`':
                if (unescape)
                {
                    var raw = s.AsSpan(1, end - 2);
                    // Carriage returns are discarded from raw string values.
                    value = raw.Contains('\r') ? raw.ToString().Replace("\r", "") : raw.ToString();
                }
                return end;
            case '"': case '\'':
            {
                var body = s.AsSpan(0, end);
                if (!body.Contains('\\') && !body.Contains('\n'))
                {
                    bool valid;
                    if (quote == '"') valid = Utf8.Valid(s.AsSpan(1, end - 2));
                    else
                    {
                        var (r, n) = Utf8.Decode(s.AsSpan(1, end - 2));
                        valid = 1 + n + 1 == end && (r != GoStrings.RuneError || n != 1);
                    }
                    if (valid)
                    {
                        if (unescape) value = s.Substring(1, end - 2);
                        return end;
                    }
                }
                var buf = unescape ? new ByteBuffer(3 * end / 2) : null;
                int i = 1;
                while (i < s.Length && s[i] != quote)
                {
                    // Unescaped newlines are invalid.
                    if (s[i] == '\n' || !UnquoteChar(s, i, (byte)quote, out int r, out bool multibyte, out int next)) return -1;
                    i = next;
                    if (buf != null)
                    {
                        if (r < 0x80 || !multibyte) buf.Append((byte)r);
                        else buf.AppendRune(r);
                    }
                    // A rune literal holds exactly one character.
                    if (quote == '\'') break;
                }
                if (!(i < s.Length && s[i] == quote)) return -1;
                i++;
                if (buf != null) value = buf.ToString();
                return i;
            }
            default:
                return -1;
        }
    }

    /// <summary>strconv.Unquote: the whole of s must be one literal.</summary>
    public static bool Unquote(string s, out string value)
    {
        int n = UnquotePrefix(s, true, out value);
        if (n < 0 || n != s.Length) { value = ""; return false; }
        return true;
    }
}
