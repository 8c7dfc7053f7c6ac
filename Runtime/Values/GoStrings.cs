using System.Text;

namespace Minigo.Runtime;

/// <summary>
/// Go strings are byte sequences; minigo stores them as .NET strings whose chars are the
/// bytes (0..255). These helpers decode and encode UTF-8 over that representation exactly
/// as Go's unicode/utf8 does (an invalid byte decodes as U+FFFD with width 1).
/// </summary>
public static class GoStrings
{
    public const int RuneError = 0xFFFD;
    public const int MaxRune = 0x10FFFF;

    /// <summary>Decodes the rune starting at byte i. Returns (rune, width).</summary>
    public static (int Rune, int Width) DecodeRune(string s, int i)
    {
        int n = s.Length - i;
        if (n <= 0) return (RuneError, 0);
        int b0 = s[i];
        if (b0 < 0x80) return (b0, 1);
        if (b0 < 0xC2 || b0 > 0xF4) return (RuneError, 1);
        if (b0 < 0xE0)
        {
            if (n < 2 || !Cont(s[i + 1])) return (RuneError, 1);
            return (((b0 & 0x1F) << 6) | (s[i + 1] & 0x3F), 2);
        }
        if (b0 < 0xF0)
        {
            if (n < 2) return (RuneError, 1);
            int b1 = s[i + 1];
            if (b0 == 0xE0 ? b1 < 0xA0 || b1 > 0xBF : b0 == 0xED ? b1 < 0x80 || b1 > 0x9F : !Cont(b1)) return (RuneError, 1);
            if (n < 3 || !Cont(s[i + 2])) return (RuneError, 1);
            return (((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (s[i + 2] & 0x3F), 3);
        }
        {
            if (n < 2) return (RuneError, 1);
            int b1 = s[i + 1];
            if (b0 == 0xF0 ? b1 < 0x90 || b1 > 0xBF : b0 == 0xF4 ? b1 < 0x80 || b1 > 0x8F : !Cont(b1)) return (RuneError, 1);
            if (n < 3 || !Cont(s[i + 2])) return (RuneError, 1);
            if (n < 4 || !Cont(s[i + 3])) return (RuneError, 1);
            return (((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F), 4);
        }
    }

    private static bool Cont(int b) => (b & 0xC0) == 0x80;

    /// <summary>Appends the UTF-8 encoding of r (invalid runes become U+FFFD).</summary>
    public static void AppendRune(StringBuilder sb, long r)
    {
        if (r < 0 || r > MaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = RuneError;
        if (r < 0x80) sb.Append((char)r);
        else if (r < 0x800) { sb.Append((char)(0xC0 | (r >> 6))); sb.Append((char)(0x80 | (r & 0x3F))); }
        else if (r < 0x10000)
        {
            sb.Append((char)(0xE0 | (r >> 12))); sb.Append((char)(0x80 | ((r >> 6) & 0x3F))); sb.Append((char)(0x80 | (r & 0x3F)));
        }
        else
        {
            sb.Append((char)(0xF0 | (r >> 18))); sb.Append((char)(0x80 | ((r >> 12) & 0x3F)));
            sb.Append((char)(0x80 | ((r >> 6) & 0x3F))); sb.Append((char)(0x80 | (r & 0x3F)));
        }
    }

    public static string FromRune(long r)
    {
        if (r >= 0 && r < 0x80) return ((char)r).ToString();
        var sb = new StringBuilder(4);
        AppendRune(sb, r);
        return sb.ToString();
    }

    public static int RuneLen(long r) => r < 0 ? -1 : r < 0x80 ? 1 : r < 0x800 ? 2 : (r >= 0xD800 && r <= 0xDFFF) ? -1 : r < 0x10000 ? 3 : r <= MaxRune ? 4 : -1;

    public static int RuneCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length;) { i += s[i] < 0x80 ? 1 : DecodeRune(s, i).Width; n++; }
        return n;
    }

    /// <summary>A .NET (UTF-16) string as a Go byte string (UTF-8 bytes as chars).</summary>
    public static string FromDotNet(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 0x80) { ascii = false; break; }
        if (ascii) return s;
        return Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(s));
    }

    /// <summary>A Go byte string decoded as UTF-8 into a .NET string (for host APIs: paths, env).</summary>
    public static string ToDotNet(string goString) => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(goString));

    public static byte[] ToBytes(string s) => Encoding.Latin1.GetBytes(s);
    public static string FromBytes(byte[] b, int off, int len) => Encoding.Latin1.GetString(b, off, len);

    /// <summary>Writes a Go string's bytes to a stream.</summary>
    public static void Write(Stream stream, string s)
    {
        if (s.Length <= 256)
        {
            Span<byte> buf = stackalloc byte[s.Length];
            for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            stream.Write(buf);
        }
        else stream.Write(Encoding.Latin1.GetBytes(s));
    }
}
