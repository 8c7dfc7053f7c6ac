using System.Globalization;
using System.Numerics;
using System.Text;
using Minigo.Runtime;

namespace Minigo.Compiler.Syntax;

/// <summary>An exact rational number in lowest terms (Denominator &gt; 0): the value of a float or imaginary literal.</summary>
public readonly record struct Rational(BigInteger Numerator, BigInteger Denominator)
{
    public static Rational Of(BigInteger num, BigInteger den)
    {
        if (den.Sign < 0) { num = -num; den = -den; }
        var g = BigInteger.GreatestCommonDivisor(num, den);
        return g.IsOne || g.IsZero ? new Rational(num, den) : new Rational(num / g, den / g);
    }

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}

/// <summary>
/// Decodes the text of literal tokens as Go's scanner and strconv do, with cmd/compile's error
/// messages. Errors come with an offset into the literal text (in chars): where Go reports them.
/// Strings decode to minigo's byte-string form: one char (0..255) per byte of the Go string.
/// </summary>
public static class Literals
{
    /// <summary>
    /// Largest decimal (or binary, for hex floats) exponent accepted. Go keeps such constants as
    /// big floats; an exact rational of 10^100000 is already 330k bits, so stop there.
    /// </summary>
    private const int MaxExponent = 100_000;

    // ---------------- numbers ----------------

    public static BigInteger? ParseInt(string text, out string? error) => ParseInt(text, out error, out _);

    /// <summary>An int literal: decimal, 0x, 0o, 0b or legacy octal (0777), with '_' separators.</summary>
    public static BigInteger? ParseInt(string text, out string? error, out int errorOffset)
    {
        var kind = ScanNumber(text, out error, out errorOffset);
        if (error != null) return null;
        if (kind != LitKind.Int)
        {
            error = "not an integer literal";
            return null;
        }
        var (b, digits) = IntDigits(text.Replace("_", ""));
        return Digits(digits, b);
    }

    public static Rational? ParseFloat(string text, out string? error) => ParseFloat(text, out error, out _);

    /// <summary>A float literal (decimal `1.5e3` or hexadecimal `0x1p-2`) as an exact rational.</summary>
    public static Rational? ParseFloat(string text, out string? error, out int errorOffset)
    {
        var kind = ScanNumber(text, out error, out errorOffset);
        if (error != null) return null;
        if (kind != LitKind.Float)
        {
            error = "not a floating-point literal";
            return null;
        }
        return Value(text.Replace("_", ""), out error);
    }

    public static Rational? ParseImaginary(string text, out string? error) => ParseImaginary(text, out error, out _);

    /// <summary>The imaginary part of an imaginary literal `...i`, as an exact rational.</summary>
    public static Rational? ParseImaginary(string text, out string? error, out int errorOffset)
    {
        var kind = ScanNumber(text, out error, out errorOffset);
        if (error != null) return null;
        if (kind != LitKind.Imag)
        {
            error = "not an imaginary literal";
            return null;
        }
        return Value(text[..^1].Replace("_", ""), out error);
    }

    /// <summary>Value of a valid number literal without '_' (and without the imaginary 'i').</summary>
    private static Rational? Value(string s, out string? error)
    {
        error = null;
        bool hex = s.Length > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
        bool prefixed = s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'b' or 'o';
        char expChar = hex ? 'p' : 'e';
        int expAt = s.IndexOf(expChar, StringComparison.OrdinalIgnoreCase);
        if (!s.Contains('.') && expAt < 0)
        {
            // An integer-valued literal. A leading 0 means octal only for int literals: `0789i`
            // and `0789.0` are decimal, which is why imaginary literals come through here.
            var (b, d) = prefixed ? IntDigits(s) : (10, s);
            return new Rational(Digits(d, b), BigInteger.One);
        }

        string mantissa = expAt < 0 ? s : s[..expAt];
        int exp = 0;
        if (expAt >= 0 && !int.TryParse(s.AsSpan(expAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp))
            exp = int.MaxValue;
        if (hex) mantissa = mantissa[2..];
        int dot = mantissa.IndexOf('.');
        int fracDigits = dot < 0 ? 0 : mantissa.Length - dot - 1;
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var m = Digits(digits, hex ? 16 : 10);

        // value = m * base^(exp - fracDigits*k): hex mantissa digits are 4 bits each, exponent in powers of 2
        long e = (long)exp - (long)fracDigits * (hex ? 4 : 1);
        if (Math.Abs(e) > MaxExponent && !m.IsZero)
        {
            error = "floating-point constant exponent too large";
            return null;
        }
        if (m.IsZero) return new Rational(BigInteger.Zero, BigInteger.One);
        var p = BigInteger.Pow(hex ? 2 : 10, (int)Math.Abs(e));
        return e >= 0 ? new Rational(m * p, BigInteger.One) : Rational.Of(m, p);
    }

    /// <summary>Splits an int literal (no '_') into base and digits.</summary>
    private static (int Base, string Digits) IntDigits(string s)
    {
        if (s.Length > 1 && s[0] == '0')
        {
            return (s[1] | 0x20) switch
            {
                'x' => (16, s[2..]),
                'b' => (2, s[2..]),
                'o' => (8, s[2..]),
                _ => (8, s[1..]),
            };
        }
        return (10, s);
    }

    private static BigInteger Digits(string digits, int b)
    {
        if (digits.Length == 0) return BigInteger.Zero;
        if (b == 10) return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (b == 16) return BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var v = BigInteger.Zero;
        foreach (char c in digits) v = v * b + (c - '0');
        return v;
    }

    /// <summary>
    /// Validates a number literal exactly as cmd/compile's scanner does (same checks, same order,
    /// same messages). Returns null when valid.
    /// </summary>
    public static string? CheckNumber(string s, out int offset)
    {
        ScanNumber(s, out var error, out offset);
        return error;
    }

    /// <summary>Scans a number literal as cmd/compile does: its kind (Int, Float or Imag) and the first error.</summary>
    private static LitKind ScanNumber(string s, out string? error, out int offset)
    {
        int i = 0, @base = 10, digsep = 0, invalid = -1;
        char prefix = '\0';
        bool isFloat = false;
        string? err = null;
        int errAt = 0;

        void Fail(string msg, int at)
        {
            if (err != null) return;
            err = msg;
            errAt = at;
        }

        bool seenPoint = At(s, 0) == '.';
        if (seenPoint) i = 1;
        else
        {
            if (At(s, 0) == '0')
            {
                i = 1;
                switch (Lower(At(s, 1)))
                {
                    case 'x': i = 2; @base = 16; prefix = 'x'; break;
                    case 'o': i = 2; @base = 8; prefix = 'o'; break;
                    case 'b': i = 2; @base = 2; prefix = 'b'; break;
                    default: @base = 8; prefix = '0'; digsep = 1; break; // the leading 0 is a digit
                }
            }
            digsep |= ScanDigits(s, ref i, @base, ref invalid);
            if (At(s, i) == '.')
            {
                if (prefix is 'o' or 'b') Fail($"invalid radix point in {BaseName(@base)} literal", i);
                i++;
                seenPoint = true;
            }
        }
        if (seenPoint)
        {
            isFloat = true;
            digsep |= ScanDigits(s, ref i, @base, ref invalid);
        }
        if ((digsep & 1) == 0) Fail($"{BaseName(@base)} literal has no digits", i);

        char e = Lower(At(s, i));
        if (e is 'e' or 'p')
        {
            if (e == 'e' && prefix != '\0' && prefix != '0') Fail($"'{s[i]}' exponent requires decimal mantissa", i);
            else if (e == 'p' && prefix != 'x') Fail($"'{s[i]}' exponent requires hexadecimal mantissa", i);
            i++;
            isFloat = true;
            if (At(s, i) is '+' or '-') i++;
            int none = -1;
            int ds = ScanDigits(s, ref i, 10, ref none);
            digsep = ds | (digsep & 2);
            if ((ds & 1) == 0) Fail("exponent has no digits", i);
        }
        else if (prefix == 'x' && isFloat) Fail("hexadecimal mantissa requires a 'p' exponent", i);

        bool imaginary = At(s, i) == 'i';
        if (imaginary) i++;
        if (i != s.Length) Fail($"invalid character {QuoteRune(s[i])} in {BaseName(@base)} literal", i);

        if (!isFloat && !imaginary && invalid >= 0) Fail($"invalid digit {QuoteRune(s[invalid])} in {BaseName(@base)} literal", invalid);
        if ((digsep & 2) != 0 && InvalidSeparator(s) is var k and >= 0) Fail("'_' must separate successive digits", k);

        offset = errAt;
        error = err;
        return imaginary ? LitKind.Imag : isFloat ? LitKind.Float : LitKind.Int;
    }

    /// <summary>Skips digits and '_' of the base (all decimal digits for bases up to 10, recording the first too large); bit 0: a digit seen, bit 1: a '_' seen.</summary>
    private static int ScanDigits(string s, ref int i, int @base, ref int invalid)
    {
        int digsep = 0;
        if (@base <= 10)
        {
            char max = (char)('0' + @base);
            for (; i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'); i++)
            {
                if (s[i] == '_') { digsep |= 2; continue; }
                if (s[i] >= max && invalid < 0) invalid = i;
                digsep |= 1;
            }
        }
        else
        {
            for (; i < s.Length && (char.IsAsciiHexDigit(s[i]) || s[i] == '_'); i++)
                digsep |= s[i] == '_' ? 2 : 1;
        }
        return digsep;
    }

    /// <summary>Index of the first '_' that does not separate two digits (or a prefix and a digit), or -1.</summary>
    private static int InvalidSeparator(string x)
    {
        char x1 = ' ';
        char d = '.'; // previous: '_', '0' (a digit) or '.' (anything else)
        int i = 0;
        if (x.Length >= 2 && x[0] == '0')
        {
            x1 = Lower(x[1]);
            if (x1 is 'x' or 'o' or 'b') { d = '0'; i = 2; }
        }
        for (; i < x.Length; i++)
        {
            char p = d;
            d = x[i];
            if (d == '_')
            {
                if (p != '0') return i;
            }
            else if (char.IsAsciiDigit(d) || (x1 == 'x' && char.IsAsciiHexDigit(d))) d = '0';
            else
            {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        return d == '_' ? x.Length - 1 : -1;
    }

    private static string BaseName(int b) => b switch { 2 => "binary", 8 => "octal", 10 => "decimal", _ => "hexadecimal" };

    // ---------------- runes and strings ----------------

    public static int? ParseRune(string text, out string? error) => ParseRune(text, out error, out _);

    /// <summary>A rune literal `'x'` to its code point (a \x or octal escape gives that value).</summary>
    public static int? ParseRune(string text, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        if (text.Length < 2 || text[0] != '\'' || text[^1] != '\'')
        {
            error = "rune literal not terminated";
            return null;
        }
        int value = 0, n = 0, i = 1, end = text.Length - 1;
        while (i < end)
        {
            n++;
            if (text[i] == '\\')
            {
                if (!Escape(text, ref i, '\'', out value, out _, out error, out errorOffset)) return null;
            }
            else
            {
                value = CodePointAt(text, i, out int width);
                i += width;
            }
        }
        if (n == 0)
        {
            error = "empty rune literal or unescaped '";
            errorOffset = end;
            return null;
        }
        if (n > 1)
        {
            error = "more than one character in rune literal";
            return null;
        }
        return value;
    }

    public static string? ParseString(string text, out string? error) => ParseString(text, out error, out _);

    /// <summary>
    /// An interpreted ("...") or raw (`...`) string literal to a byte string: each char of the
    /// result is one byte (0..255) of the Go string. Raw strings drop carriage returns.
    /// </summary>
    public static string? ParseString(string text, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        var sb = new StringBuilder(text.Length);
        if (text.Length >= 2 && text[0] == '`' && text[^1] == '`')
        {
            for (int j = 1; j < text.Length - 1;)
            {
                if (text[j] == '\r') { j++; continue; }
                GoStrings.AppendRune(sb, CodePointAt(text, j, out int w));
                j += w;
            }
            return sb.ToString();
        }
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            error = "string not terminated";
            return null;
        }
        int i = 1, end = text.Length - 1;
        while (i < end)
        {
            if (text[i] == '\\')
            {
                if (!Escape(text, ref i, '"', out int v, out bool isByte, out error, out errorOffset)) return null;
                if (isByte) sb.Append((char)v);
                else GoStrings.AppendRune(sb, v);
            }
            else
            {
                if (text[i] < 0x80) { sb.Append(text[i]); i++; continue; }
                GoStrings.AppendRune(sb, CodePointAt(text, i, out int w));
                i += w;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Decodes the escape at text[i] == '\\' (cmd/compile's scanner.escape) and advances i past
    /// it. isByte: a \x or octal escape, which stands for one byte in a string.
    /// </summary>
    private static bool Escape(string text, ref int i, char quote, out int value, out bool isByte, out string? error, out int errorOffset)
    {
        value = 0;
        isByte = false;
        error = null;
        errorOffset = 0;
        i++; // the backslash
        char c = At(text, i);
        int n, @base;
        long max;
        switch (c)
        {
            case 'a': value = 7; i++; return true;
            case 'b': value = 8; i++; return true;
            case 'f': value = 12; i++; return true;
            case 'n': value = 10; i++; return true;
            case 'r': value = 13; i++; return true;
            case 't': value = 9; i++; return true;
            case 'v': value = 11; i++; return true;
            case '\\': value = '\\'; i++; return true;
            case >= '0' and <= '7': n = 3; @base = 8; max = 255; isByte = true; break;
            case 'x': i++; n = 2; @base = 16; max = 255; isByte = true; break;
            case 'u': i++; n = 4; @base = 16; max = 0x10FFFF; break;
            case 'U': i++; n = 8; @base = 16; max = 0x10FFFF; break;
            default:
                if (c == quote) { value = c; i++; return true; }
                error = "unknown escape";
                errorOffset = i;
                return false;
        }

        long x = 0;
        for (; n > 0; n--, i++)
        {
            char ch = At(text, i);
            int d = char.IsAsciiDigit(ch) ? ch - '0' : char.IsAsciiHexDigit(ch) ? (ch | 0x20) - 'a' + 10 : @base;
            if (d >= @base)
            {
                // At the closing quote Go reports the quote itself (e.g. "\x4").
                error = $"invalid character {QuoteRune(ch)} in {BaseName(@base)} escape";
                errorOffset = i;
                return false;
            }
            x = x * @base + d;
        }
        if (x > max && @base == 8)
        {
            error = $"octal escape value {x} > 255";
            errorOffset = i;
            return false;
        }
        if (x > max || (x >= 0xD800 && x < 0xE000))
        {
            error = $"escape is invalid Unicode code point U+{x:X4}";
            errorOffset = i;
            return false;
        }
        value = (int)x;
        return true;
    }

    // ---------------- helpers ----------------

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';
    private static char Lower(char c) => (char)(c | 0x20);

    /// <summary>A char as Go's %q prints a rune: 'x', '\n', '\''.</summary>
    internal static string QuoteRune(char c) => c switch
    {
        '\'' => @"'\''",
        '\\' => @"'\\'",
        '\a' => @"'\a'",
        '\b' => @"'\b'",
        '\f' => @"'\f'",
        '\n' => @"'\n'",
        '\r' => @"'\r'",
        '\t' => @"'\t'",
        '\v' => @"'\v'",
        < ' ' or '\x7f' => $@"'\x{(int)c:x2}'",
        _ => $"'{c}'",
    };

    /// <summary>The code point at s[i] (a surrogate pair counts as one), or U+FFFD for a lone surrogate.</summary>
    private static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return char.IsSurrogate(s[i]) ? GoStrings.RuneError : s[i];
    }
}
