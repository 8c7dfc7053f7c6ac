using System.Text;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

internal sealed partial class DecodeState
{
    /// <summary>
    /// Go's unquoteBytes: the text of a JSON string literal (quotes included in s) as a Go
    /// string; escapes decoded (a surrogate pair as one rune, a lone surrogate as U+FFFD) and
    /// invalid UTF-8 replaced by U+FFFD. False if s is not a well-formed literal.
    /// </summary>
    public static bool Unquote(ReadOnlySpan<byte> s, out string t)
    {
        t = "";
        if (s.Length < 2 || s[0] != '"' || s[^1] != '"') return false;
        s = s[1..^1];

        // Check for unusual characters. If there are none, then no unquoting is needed, so
        // return a slice of the original bytes.
        int r = 0;
        while (r < s.Length)
        {
            byte c = s[r];
            if (c == '\\' || c == '"' || c < ' ') break;
            if (c < Utf8.RuneSelf)
            {
                r++;
                continue;
            }
            var (rr, size) = Utf8.Decode(s[r..]);
            if (rr == Utf8.RuneError && size == 1) break;
            r += size;
        }
        if (r == s.Length)
        {
            t = Encoding.Latin1.GetString(s);
            return true;
        }

        var b = new ByteBuffer(s.Length + 8);
        b.Append(s[..r]);
        while (r < s.Length)
        {
            byte c = s[r];
            if (c == '\\')
            {
                r++;
                if (r >= s.Length) return false;
                switch (s[r])
                {
                    case (byte)'"': case (byte)'\\': case (byte)'/': case (byte)'\'':
                        b.Append(s[r]);
                        r++;
                        break;
                    case (byte)'b': b.Append((byte)'\b'); r++; break;
                    case (byte)'f': b.Append((byte)'\f'); r++; break;
                    case (byte)'n': b.Append((byte)'\n'); r++; break;
                    case (byte)'r': b.Append((byte)'\r'); r++; break;
                    case (byte)'t': b.Append((byte)'\t'); r++; break;
                    case (byte)'u':
                        r--;
                        int rr = GetU4(s[r..]);
                        if (rr < 0) return false;
                        r += 6;
                        if (rr is >= 0xD800 and < 0xE000)
                        {
                            int rr1 = GetU4(s[r..]);
                            if (rr < 0xDC00 && rr1 is >= 0xDC00 and < 0xE000)
                            {
                                // A valid pair is one rune.
                                r += 6;
                                b.AppendRune(((rr - 0xD800) << 10 | (rr1 - 0xDC00)) + 0x10000);
                                break;
                            }
                            // Invalid surrogate; fall back to replacement rune.
                            rr = Utf8.RuneError;
                        }
                        b.AppendRune(rr);
                        break;
                    default:
                        return false;
                }
            }
            // Quote, control characters are invalid.
            else if (c == '"' || c < ' ') return false;
            // ASCII
            else if (c < Utf8.RuneSelf)
            {
                b.Append(c);
                r++;
            }
            // Coerce to well-formed UTF-8.
            else
            {
                var (rr, size) = Utf8.Decode(s[r..]);
                r += size;
                b.AppendRune(rr);
            }
        }
        t = b.ToString();
        return true;
    }

    /// <summary>Decodes \uXXXX from the beginning of s, returning the hex value, or -1.</summary>
    private static int GetU4(ReadOnlySpan<byte> s)
    {
        if (s.Length < 6 || s[0] != '\\' || s[1] != 'u') return -1;
        int r = 0;
        foreach (byte c in s[2..6])
        {
            int d = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (d < 0) return -1;
            r = r * 16 + d;
        }
        return r;
    }
}
