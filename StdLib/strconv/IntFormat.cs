using Minigo.StdLib.Support;

namespace Minigo.StdLib.Strconv;

/// <summary>strconv.FormatInt/FormatUint/Itoa: digits in bases 2 to 36, lower case.</summary>
public static class IntFormat
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Small non-negative numbers are formatted once and shared, as Go's small() does for 0..99.</summary>
    private static readonly string[] SmallDecimal = Enumerable.Range(0, 100).Select(i => i.ToString()).ToArray();

    public static string Format(ulong u, int @base, bool neg)
    {
        if (@base < 2 || @base > 36) throw Panics.String("strconv: illegal AppendInt/FormatInt base");
        if (!neg && @base == 10 && u < 100) return SmallDecimal[u];
        Span<char> buf = stackalloc char[65];
        int i = buf.Length;
        if (@base == 10)
        {
            while (u >= 10)
            {
                ulong q = u / 10;
                buf[--i] = (char)('0' + (int)(u - q * 10));
                u = q;
            }
        }
        else
        {
            ulong b = (ulong)@base;
            while (u >= b)
            {
                ulong q = u / b;
                buf[--i] = Digits[(int)(u - q * b)];
                u = q;
            }
        }
        buf[--i] = Digits[(int)u];
        if (neg) buf[--i] = '-';
        return new string(buf[i..]);
    }

    public static string FormatInt(long v, int @base) => v < 0 ? Format((ulong)-v, @base, true) : Format((ulong)v, @base, false);
}
