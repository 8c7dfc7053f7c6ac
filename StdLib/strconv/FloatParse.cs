using System.Globalization;
using System.Text;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Strconv;

/// <summary>Result of a strconv parse, as the Go wrappers turn it into a *NumError.</summary>
public enum ParseStatus { Ok = 0, Syntax = 1, Range = 2, Base = 3, BitSize = 4 }

/// <summary>
/// strconv.ParseFloat: Go's syntax (signs, underscores between digits, hex mantissas with a
/// required p exponent, inf/infinity/nan) checked here; decimal values rounded by .NET's
/// correctly rounding parser, hex values rounded to nearest even here, as Go's atofHex does.
/// </summary>
public static class FloatParse
{
    public static ParseStatus Parse(string s, int bitSize, out double value)
    {
        var status = ParsePrefix(s, bitSize, out value, out int n);
        // A float32 NaN converted back to float64 loses the low payload bit, as in Go.
        if (bitSize == 32 && double.IsNaN(value)) value = (float)value;
        if (n != s.Length && status != ParseStatus.Syntax)
        {
            value = 0;
            return ParseStatus.Syntax;
        }
        return status;
    }

    private static ParseStatus ParsePrefix(string s, int bitSize, out double value, out int n)
    {
        if (Special(s, out value, out n)) return ParseStatus.Ok;
        if (!ReadFloat(s, out ulong mantissa, out int exp, out bool neg, out bool trunc, out bool hex, out n))
        {
            value = 0;
            return ParseStatus.Syntax;
        }
        if (hex) return AtofHex(mantissa, exp, neg, trunc, bitSize == 32, out value);
        var text = new StringBuilder(n);
        for (int i = 0; i < n; i++) if (s[i] != '_') text.Append(s[i]);
        var str = text.ToString();
        bool infinite;
        if (bitSize == 32)
        {
            float f = float.Parse(ClampExponent(str), NumberStyles.Float, CultureInfo.InvariantCulture);
            value = f;
            infinite = float.IsInfinity(f);
        }
        else
        {
            value = double.Parse(ClampExponent(str), NumberStyles.Float, CultureInfo.InvariantCulture);
            infinite = double.IsInfinity(value);
        }
        return infinite ? ParseStatus.Range : ParseStatus.Ok;
    }

    /// <summary>Exponents beyond any float's range only need their sign and size: keep .NET's parser in int range.</summary>
    private static string ClampExponent(string s)
    {
        int e = s.IndexOfAny(['e', 'E']);
        if (e < 0 || s.Length - e < 8) return s;
        int i = e + 1;
        string sign = "";
        if (s[i] == '+' || s[i] == '-') { sign = s[i] == '-' ? "-" : ""; i++; }
        while (i < s.Length - 1 && s[i] == '0') i++;
        return s.Length - i > 6 ? s[..(e + 1)] + sign + "9999999" : s;
    }

    private static bool Special(string s, out double value, out int n)
    {
        value = 0; n = 0;
        if (s.Length == 0) return false;
        int sign = 1, nsign = 0, i = 0;
        char c = s[0];
        if (c == '+' || c == '-')
        {
            if (c == '-') sign = -1;
            nsign = 1;
            i = 1;
        }
        else if (c == 'n' || c == 'N')
        {
            if (PrefixLenIgnoreCase(s, 0, "nan") == 3) { value = Floats.GoNaN; n = 3; return true; }
            return false;
        }
        int m = PrefixLenIgnoreCase(s, i, "infinity");
        // Anything longer than "inf" is fine, but without all of "infinity" only "inf" is consumed.
        if (3 < m && m < 8) m = 3;
        if (m == 3 || m == 8)
        {
            value = sign > 0 ? double.PositiveInfinity : double.NegativeInfinity;
            n = nsign + m;
            return true;
        }
        return false;
    }

    private static int PrefixLenIgnoreCase(string s, int start, string prefix)
    {
        int i = 0;
        while (i < prefix.Length && start + i < s.Length)
        {
            char c = s[start + i];
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (c != prefix[i]) break;
            i++;
        }
        return i;
    }

    private static char Lower(char c) => (char)(c | 0x20);

    /// <summary>Go's readFloat: the syntax of a decimal or hex float, and a hex mantissa/exponent.</summary>
    private static bool ReadFloat(string s, out ulong mantissa, out int exp, out bool neg, out bool trunc, out bool hex, out int i)
    {
        mantissa = 0; exp = 0; neg = false; trunc = false; hex = false; i = 0;
        bool underscores = false;
        if (i >= s.Length) return false;
        if (s[i] == '+') i++;
        else if (s[i] == '-') { neg = true; i++; }

        ulong @base = 10;
        int maxMantDigits = 19;
        char expChar = 'e';
        if (i + 2 < s.Length && s[i] == '0' && Lower(s[i + 1]) == 'x')
        {
            @base = 16;
            maxMantDigits = 16;
            i += 2;
            expChar = 'p';
            hex = true;
        }
        bool sawdot = false, sawdigits = false;
        int nd = 0, ndMant = 0, dp = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_') { underscores = true; continue; }
            if (c == '.')
            {
                if (sawdot) break;
                sawdot = true;
                dp = nd;
                continue;
            }
            if (c >= '0' && c <= '9')
            {
                sawdigits = true;
                if (c == '0' && nd == 0) { dp--; continue; }
                nd++;
                if (ndMant < maxMantDigits) { mantissa = mantissa * @base + (ulong)(c - '0'); ndMant++; }
                else if (c != '0') trunc = true;
                continue;
            }
            if (@base == 16 && Lower(c) >= 'a' && Lower(c) <= 'f')
            {
                sawdigits = true;
                nd++;
                if (ndMant < maxMantDigits) { mantissa = mantissa * 16 + (ulong)(Lower(c) - 'a' + 10); ndMant++; }
                else trunc = true;
                continue;
            }
            break;
        }
        if (!sawdigits) return false;
        if (!sawdot) dp = nd;
        if (@base == 16) { dp *= 4; ndMant *= 4; }

        if (i < s.Length && Lower(s[i]) == expChar)
        {
            i++;
            if (i >= s.Length) return false;
            int esign = 1;
            if (s[i] == '+') i++;
            else if (s[i] == '-') { i++; esign = -1; }
            if (i >= s.Length || s[i] < '0' || s[i] > '9') return false;
            int e = 0;
            for (; i < s.Length && (s[i] >= '0' && s[i] <= '9' || s[i] == '_'); i++)
            {
                if (s[i] == '_') { underscores = true; continue; }
                if (e < 10000) e = e * 10 + s[i] - '0';
            }
            dp += e * esign;
        }
        else if (@base == 16) return false;

        if (mantissa != 0) exp = dp - ndMant;
        if (underscores && !IntParse.UnderscoreOK(s.AsSpan(0, i))) return false;
        return true;
    }

    /// <summary>Go's atofHex: rounds mantissa·2^exp to the nearest float, ties to even.</summary>
    private static ParseStatus AtofHex(ulong mantissa, int exp, bool neg, bool trunc, bool is32, out double value)
    {
        int mantbits = is32 ? 23 : 52, expbits = is32 ? 8 : 11, bias = is32 ? -127 : -1023;
        int maxExp = (1 << expbits) + bias - 2;
        int minExp = bias + 1;
        exp += mantbits;
        // Bring the mantissa to a leading 1 followed by mantbits bits and two rounding bits.
        while (mantissa != 0 && mantissa >> (mantbits + 2) == 0) { mantissa <<= 1; exp--; }
        if (trunc) mantissa |= 1;
        while (mantissa >> (1 + mantbits + 2) != 0) { mantissa = (mantissa >> 1) | (mantissa & 1); exp++; }
        // Denormalize if the exponent is too small (the -2 is for the rounding bits).
        while (mantissa > 1 && exp < minExp - 2) { mantissa = (mantissa >> 1) | (mantissa & 1); exp++; }
        ulong round = mantissa & 3;
        mantissa >>= 2;
        round |= mantissa & 1;
        exp += 2;
        if (round == 3)
        {
            mantissa++;
            if (mantissa == 1UL << (1 + mantbits)) { mantissa >>= 1; exp++; }
        }
        if (mantissa >> mantbits == 0) exp = bias;
        var status = ParseStatus.Ok;
        if (exp > maxExp)
        {
            mantissa = 1UL << mantbits;
            exp = maxExp + 1;
            status = ParseStatus.Range;
        }
        ulong bits = mantissa & ((1UL << mantbits) - 1);
        bits |= (ulong)((exp - bias) & ((1 << expbits) - 1)) << mantbits;
        if (neg) bits |= 1UL << mantbits << expbits;
        value = is32 ? BitConverter.UInt32BitsToSingle((uint)bits) : BitConverter.UInt64BitsToDouble(bits);
        return status;
    }
}
