using System.Runtime.CompilerServices;
using Minigo.Runtime;

namespace Minigo.StdLib.Support;

/// <summary>
/// UTF-8 decoding over spans, for byte strings (chars 0..255) and []byte alike, with Go's rules:
/// an invalid or truncated sequence decodes as U+FFFD of width 1.
/// </summary>
public static class Utf8
{
    public const int RuneError = 0xFFFD;
    public const int RuneSelf = 0x80;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Cont(int b) => (b & 0xC0) == 0x80;

    public static (int Rune, int Width) Decode(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n == 0) return (RuneError, 0);
        int b0 = s[0];
        if (b0 < 0x80) return (b0, 1);
        return DecodeMulti(b0, n, n > 1 ? s[1] : 0, n > 2 ? s[2] : 0, n > 3 ? s[3] : 0);
    }

    public static (int Rune, int Width) Decode(ReadOnlySpan<byte> s)
    {
        int n = s.Length;
        if (n == 0) return (RuneError, 0);
        int b0 = s[0];
        if (b0 < 0x80) return (b0, 1);
        return DecodeMulti(b0, n, n > 1 ? s[1] : 0, n > 2 ? s[2] : 0, n > 3 ? s[3] : 0);
    }

    private static (int, int) DecodeMulti(int b0, int n, int b1, int b2, int b3)
    {
        if (b0 < 0xC2 || b0 > 0xF4) return (RuneError, 1);
        if (b0 < 0xE0)
        {
            if (n < 2 || !Cont(b1)) return (RuneError, 1);
            return (((b0 & 0x1F) << 6) | (b1 & 0x3F), 2);
        }
        if (n < 2) return (RuneError, 1);
        if (b0 < 0xF0)
        {
            if (b0 == 0xE0 ? b1 < 0xA0 || b1 > 0xBF : b0 == 0xED ? b1 < 0x80 || b1 > 0x9F : !Cont(b1)) return (RuneError, 1);
            if (n < 3 || !Cont(b2)) return (RuneError, 1);
            return (((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3);
        }
        if (b0 == 0xF0 ? b1 < 0x90 || b1 > 0xBF : b0 == 0xF4 ? b1 < 0x80 || b1 > 0x8F : !Cont(b1)) return (RuneError, 1);
        if (n < 3 || !Cont(b2)) return (RuneError, 1);
        if (n < 4 || !Cont(b3)) return (RuneError, 1);
        return (((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F), 4);
    }

    /// <summary>utf8.DecodeLastRune: the rune ending s and its width.</summary>
    public static (int Rune, int Width) DecodeLast(ReadOnlySpan<char> s)
    {
        int end = s.Length;
        if (end == 0) return (RuneError, 0);
        int start = end - 1;
        if (s[start] < 0x80) return (s[start], 1);
        // Back up over at most UTFMax-1 continuation bytes to a possible start byte.
        int lim = Math.Max(end - 4, 0);
        for (start--; start >= lim; start--)
            if (!Cont(s[start])) break;
        if (start < 0) start = 0;
        var (r, size) = Decode(s[start..end]);
        if (start + size != end) return (RuneError, 1);
        return (r, size);
    }

    public static (int Rune, int Width) DecodeLast(ReadOnlySpan<byte> s)
    {
        int end = s.Length;
        if (end == 0) return (RuneError, 0);
        int start = end - 1;
        if (s[start] < 0x80) return (s[start], 1);
        int lim = Math.Max(end - 4, 0);
        for (start--; start >= lim; start--)
            if (!Cont(s[start])) break;
        if (start < 0) start = 0;
        var (r, size) = Decode(s[start..end]);
        if (start + size != end) return (RuneError, 1);
        return (r, size);
    }

    public static int RuneCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; n++)
            i += s[i] < 0x80 ? 1 : Decode(s[i..]).Width;
        return n;
    }

    public static int RuneCount(ReadOnlySpan<byte> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; n++)
            i += s[i] < 0x80 ? 1 : Decode(s[i..]).Width;
        return n;
    }

    public static bool Valid(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length;)
        {
            if (s[i] < 0x80) { i++; continue; }
            var (r, w) = Decode(s[i..]);
            if (w == 1) return false;
            i += w;
        }
        return true;
    }

    public static bool Valid(ReadOnlySpan<byte> s)
    {
        for (int i = 0; i < s.Length;)
        {
            if (s[i] < 0x80) { i++; continue; }
            var (r, w) = Decode(s[i..]);
            if (w == 1) return false;
            i += w;
        }
        return true;
    }

    /// <summary>utf8.FullRune: whether s begins with a full encoding (or an invalid one, which decodes as width 1).</summary>
    public static bool FullRune(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n == 0) return false;
        int b0 = s[0];
        if (b0 < 0x80 || b0 < 0xC2 || b0 > 0xF4) return true;
        int need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (n >= need) return true;
        // A short sequence is still "full" if it is already known to be invalid.
        if (n > 1)
        {
            int b1 = s[1];
            bool ok1 = b0 == 0xE0 ? b1 >= 0xA0 && b1 <= 0xBF : b0 == 0xED ? b1 >= 0x80 && b1 <= 0x9F
                : b0 == 0xF0 ? b1 >= 0x90 && b1 <= 0xBF : b0 == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F : Cont(b1);
            if (!ok1) return true;
            if (n > 2 && !Cont(s[2])) return true;
        }
        return false;
    }

    public static int RuneLen(long r) => GoStrings.RuneLen(r);
}
