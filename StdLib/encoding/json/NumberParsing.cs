using System.Globalization;
using System.Text;
using Minigo.StdLib.Strconv;

namespace Minigo.StdLib.Json;

/// <summary>
/// strconv.ParseInt/ParseUint(s, 10, 64) and ParseFloat(s, bits) on the bytes of a literal,
/// without making a string of it: the decoder reads many numbers.
/// </summary>
internal static class NumberParsing
{
    /// <summary>
    /// An optional '-' (signed only) and decimal digits, within int64 (uint64 if unsigned):
    /// what ParseInt and ParseUint accept in base 10. Unsigned values come back as their bits.
    /// </summary>
    public static bool ParseInteger(ReadOnlySpan<byte> s, bool unsigned, out long value)
    {
        value = 0;
        bool neg = !unsigned && s.Length > 0 && s[0] == '-';
        if (neg) s = s[1..];
        if (s.Length == 0) return false;
        ulong n = 0;
        foreach (byte c in s)
        {
            if (c is < (byte)'0' or > (byte)'9') return false;
            if (n > (ulong.MaxValue - 9) / 10 && n > (ulong.MaxValue - (ulong)(c - '0')) / 10) return false;
            n = n * 10 + (ulong)(c - '0');
        }
        if (unsigned)
        {
            value = (long)n;
            return true;
        }
        if (neg ? n > 1UL << 63 : n > long.MaxValue) return false;
        value = neg ? (long)(0 - n) : (long)n;
        return true;
    }

    /// <summary>ParseFloat(s, bits) succeeding (in range): JSON's number syntax directly, anything else through strconv's parser.</summary>
    public static bool ParseFloat(ReadOnlySpan<byte> s, int bits, out double value)
    {
        if (bits == 64 && IsJsonNumber(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return !double.IsInfinity(value);
        return FloatParse.Parse(Encoding.Latin1.GetString(s), bits, out value) == ParseStatus.Ok;
    }

    /// <summary>Go's isValidNumber, for json.Number values.</summary>
    public static bool IsJsonNumber(string s)
    {
        Span<byte> b = s.Length <= 256 ? stackalloc byte[s.Length] : new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return IsJsonNumber(b);
    }

    /// <summary>The JSON number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    public static bool IsJsonNumber(ReadOnlySpan<byte> s)
    {
        int i = 0;
        if (i < s.Length && s[i] == '-') i++;
        if (i == s.Length) return false;
        if (s[i] == '0') i++;
        else if (s[i] is >= (byte)'1' and <= (byte)'9') i = Digits(s, i);
        else return false;
        if (i < s.Length && s[i] == '.')
        {
            int j = Digits(s, i + 1);
            if (j == i + 1) return false;
            i = j;
        }
        if (i < s.Length && s[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < s.Length && s[i] is (byte)'+' or (byte)'-') i++;
            int j = Digits(s, i);
            if (j == i) return false;
            i = j;
        }
        return i == s.Length;
    }

    private static int Digits(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9') i++;
        return i;
    }
}
