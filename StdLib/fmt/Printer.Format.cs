using Minigo.StdLib.Strconv;
using Minigo.StdLib.Support;
using Minigo.StdLib.Unicode;

namespace Minigo.StdLib.Fmt;

/// <summary>
/// The printer's low-level formatting (Go's fmt type in format.go): padding to a width,
/// integers in every base with precision and flags, floats, strings, quoting and %U.
/// </summary>
internal sealed partial class Printer
{
    private const string LDigits = "0123456789abcdefx";
    private const string UDigits = "0123456789ABCDEFX";

    // Go's fmtFlags plus width and precision.
    private bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
    private int wid, prec;

    /// <summary>Scratch space for numbers (Go's intbuf), grown when width or precision demands.</summary>
    private byte[] intbuf = new byte[68];
    private readonly ByteBuffer floatBuf = new(32);

    private void ClearFlags()
    {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    private void WritePadding(int n)
    {
        if (n <= 0) return;
        Buf.AppendRepeated(zero ? (byte)'0' : (byte)' ', n);
    }

    /// <summary>Appends b, padded to the width (counted in runes).</summary>
    private void Pad(ReadOnlySpan<byte> b)
    {
        if (!widPresent || wid == 0)
        {
            Buf.Append(b);
            return;
        }
        int width = wid - Utf8.RuneCount(b);
        if (!minus)
        {
            WritePadding(width);
            Buf.Append(b);
        }
        else
        {
            Buf.Append(b);
            WritePadding(width);
        }
    }

    private void PadString(string s)
    {
        if (!widPresent || wid == 0)
        {
            Buf.Append(s);
            return;
        }
        int width = wid - Utf8.RuneCount(s);
        if (!minus)
        {
            WritePadding(width);
            Buf.Append(s);
        }
        else
        {
            Buf.Append(s);
            WritePadding(width);
        }
    }

    private void FmtBoolean(bool v) => PadString(v ? "true" : "false");

    /// <summary>%U: U+0078, or U+0078 'x' with the # flag.</summary>
    private void FmtUnicode(ulong u)
    {
        int precision = 4;
        var buf = intbuf;
        if (precPresent && prec > 4)
        {
            precision = prec;
            int width = 2 + precision + 2 + 4 + 1;
            if (width > buf.Length) buf = new byte[width];
        }
        int i = buf.Length;
        if (sharp && u <= GoRuneMax && UnicodeData.IsPrint((int)u))
        {
            buf[--i] = (byte)'\'';
            var enc = new ByteBuffer(4);
            enc.AppendRune((long)u);
            i -= enc.Length;
            enc.Written.CopyTo(buf.AsSpan(i));
            buf[--i] = (byte)'\'';
            buf[--i] = (byte)' ';
        }
        while (u >= 16)
        {
            buf[--i] = (byte)UDigits[(int)(u & 0xF)];
            precision--;
            u >>= 4;
        }
        buf[--i] = (byte)UDigits[(int)u];
        precision--;
        while (precision > 0)
        {
            buf[--i] = (byte)'0';
            precision--;
        }
        buf[--i] = (byte)'+';
        buf[--i] = (byte)'U';
        bool oldZero = zero;
        zero = false;
        Pad(buf.AsSpan(i));
        zero = oldZero;
    }

    private const ulong GoRuneMax = 0x10FFFF;

    /// <summary>Formats an integer in base 2, 8, 10 or 16 with the flags, width and precision.</summary>
    private void FmtInteger(ulong u, int @base, bool isSigned, int verb, string digits)
    {
        bool negative = isSigned && (long)u < 0;
        if (negative) u = (ulong)-(long)u;
        var buf = intbuf;
        if (widPresent || precPresent)
        {
            // Account 3 extra bytes for a possible sign and "0x".
            int width = 3 + wid + prec;
            if (width > buf.Length) buf = new byte[width];
        }
        // Two ways to ask for extra leading zero digits: %.3d or %03d. With both, the zero
        // flag is ignored and padding uses spaces.
        int precision = 0;
        if (precPresent)
        {
            precision = prec;
            // Precision 0 and value 0 means "print nothing" but padding.
            if (precision == 0 && u == 0)
            {
                bool oldZero = zero;
                zero = false;
                WritePadding(wid);
                zero = oldZero;
                return;
            }
        }
        else if (zero && widPresent)
        {
            precision = wid;
            if (negative || plus || space) precision--; // leave room for the sign
        }
        int i = buf.Length;
        switch (@base)
        {
            case 10:
                while (u >= 10)
                {
                    ulong next = u / 10;
                    buf[--i] = (byte)('0' + (int)(u - next * 10));
                    u = next;
                }
                break;
            case 16:
                while (u >= 16) { buf[--i] = (byte)digits[(int)(u & 0xF)]; u >>= 4; }
                break;
            case 8:
                while (u >= 8) { buf[--i] = (byte)('0' + (int)(u & 7)); u >>= 3; }
                break;
            case 2:
                while (u >= 2) { buf[--i] = (byte)('0' + (int)(u & 1)); u >>= 1; }
                break;
        }
        buf[--i] = (byte)digits[(int)u];
        while (i > 0 && precision > buf.Length - i) buf[--i] = (byte)'0';
        if (sharp)
        {
            switch (@base)
            {
                case 2: buf[--i] = (byte)'b'; buf[--i] = (byte)'0'; break;
                case 8: if (buf[i] != '0') buf[--i] = (byte)'0'; break;
                case 16: buf[--i] = (byte)digits[16]; buf[--i] = (byte)'0'; break;
            }
        }
        if (verb == 'O') { buf[--i] = (byte)'o'; buf[--i] = (byte)'0'; }
        if (negative) buf[--i] = (byte)'-';
        else if (plus) buf[--i] = (byte)'+';
        else if (space) buf[--i] = (byte)' ';
        // Zero padding was handled like a precision above, or is ignored for an explicit precision.
        bool oldZero2 = zero;
        zero = false;
        Pad(buf.AsSpan(i));
        zero = oldZero2;
    }

    /// <summary>Truncates s to the precision, counted in runes.</summary>
    private string TruncateString(string s)
    {
        if (precPresent)
        {
            int n = prec;
            for (int i = 0; i < s.Length;)
            {
                n--;
                if (n < 0) return s[..i];
                i += s[i] < 0x80 ? 1 : Utf8.Decode(s.AsSpan(i)).Width;
            }
        }
        return s;
    }

    private ReadOnlySpan<byte> Truncate(ReadOnlySpan<byte> b)
    {
        if (precPresent)
        {
            int n = prec;
            for (int i = 0; i < b.Length;)
            {
                n--;
                if (n < 0) return b[..i];
                i += b[i] < 0x80 ? 1 : Utf8.Decode(b[i..]).Width;
            }
        }
        return b;
    }

    private void FmtS(string s) => PadString(TruncateString(s));

    private void FmtBs(ReadOnlySpan<byte> b) => Pad(Truncate(b));

    /// <summary>%x and %X of a string or byte slice: two hex digits per byte, with the # and space flags.</summary>
    private void FmtSbx(string? s, ReadOnlySpan<byte> b, string digits)
    {
        int length = s?.Length ?? b.Length;
        if (precPresent && prec < length) length = prec;
        // The width of the encoding, given the # and space flags.
        int width = 2 * length;
        if (width > 0)
        {
            if (space)
            {
                // Each element gets its own 0x, and elements are separated by spaces.
                if (sharp) width *= 2;
                width += length - 1;
            }
            else if (sharp) width += 2;
        }
        else
        {
            // An empty input is only padding.
            if (widPresent) WritePadding(wid);
            return;
        }
        if (widPresent && wid > width && !minus) WritePadding(wid - width);
        if (sharp)
        {
            Buf.Append((byte)'0');
            Buf.Append((byte)digits[16]);
        }
        for (int i = 0; i < length; i++)
        {
            if (space && i > 0)
            {
                Buf.Append((byte)' ');
                if (sharp)
                {
                    Buf.Append((byte)'0');
                    Buf.Append((byte)digits[16]);
                }
            }
            int c = s != null ? s[i] : b[i];
            Buf.Append((byte)digits[c >> 4]);
            Buf.Append((byte)digits[c & 0xF]);
        }
        if (widPresent && wid > width && minus) WritePadding(wid - width);
    }

    /// <summary>%q: a double-quoted escaped string, or `raw` with # when possible; + escapes to ASCII.</summary>
    private void FmtQ(string s)
    {
        s = TruncateString(s);
        if (sharp && Quote.CanBackquote(s))
        {
            PadString("`" + s + "`");
            return;
        }
        var q = new ByteBuffer(s.Length + 2);
        Quote.AppendQuoted(q, s, (byte)'"', plus ? QuoteMode.Ascii : QuoteMode.Printable);
        Pad(q.Written);
    }

    /// <summary>%c: the character, or U+FFFD for values beyond the Unicode range.</summary>
    private void FmtC(ulong c)
    {
        long r = c > GoRuneMax ? 0xFFFD : (long)c;
        var b = new ByteBuffer(4);
        b.AppendRune(r);
        Pad(b.Written);
    }

    /// <summary>%q of an integer: a single-quoted character literal.</summary>
    private void FmtQc(ulong c)
    {
        long r = c > GoRuneMax ? 0xFFFD : (long)c;
        var b = new ByteBuffer(8);
        Quote.AppendQuotedRune(b, r, plus ? QuoteMode.Ascii : QuoteMode.Printable);
        Pad(b.Written);
    }

    /// <summary>Formats a float with strconv's digits, then applies Go's sign, # and zero-padding rules.</summary>
    private void FmtFloat(double v, int size, int verb, int precision)
    {
        if (precPresent) precision = prec;
        // Format the number, reserving space for a leading + sign.
        var num = floatBuf;
        num.Clear();
        num.Append((byte)'+');
        FloatFormat.Append(num, v, (byte)verb, precision, size);
        int start = 0;
        if (num.Data[1] == '-' || num.Data[1] == '+') start = 1;
        else num.Data[0] = (byte)'+';
        // The space flag puts a space where the + would be, unless + is asked for.
        if (space && num.Data[start] == '+' && !plus) num.Data[start] = (byte)' ';
        // Infinities and NaN are not numbers: no zero padding.
        if (num.Data[start + 1] == 'I' || num.Data[start + 1] == 'N')
        {
            bool oldZero = zero;
            zero = false;
            // Drop the sign before NaN unless asked for.
            if (num.Data[start + 1] == 'N' && !space && !plus) start++;
            Pad(num.Data.AsSpan(start, num.Length - start));
            zero = oldZero;
            return;
        }
        // The # flag forces a decimal point, and for %g/%G/%v keeps trailing zeros to the precision.
        if (sharp && verb != 'b')
        {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
            {
                digits = precision;
                if (digits == -1) digits = 6;
            }
            // Split off the exponent ("e+123" or "p-1023") as the tail.
            Span<byte> tail = stackalloc byte[8];
            int tailLen = 0;
            bool hasDecimalPoint = false, sawNonzeroDigit = false;
            int end = num.Length;
            for (int i = start + 1; i < end; i++)
            {
                byte ch = num.Data[i];
                if (ch == '.') { hasDecimalPoint = true; continue; }
                if (ch == 'p' || ch == 'P' || ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X'))
                {
                    tailLen = end - i;
                    num.Data.AsSpan(i, tailLen).CopyTo(tail);
                    end = i;
                    break;
                }
                if (ch != '0') sawNonzeroDigit = true;
                // Count significant digits after the first non-zero digit.
                if (sawNonzeroDigit) digits--;
            }
            num.Length = end;
            if (!hasDecimalPoint)
            {
                // A lone leading 0 counts as a digit.
                if (num.Length - start == 2 && num.Data[start + 1] == '0') digits--;
                num.Append((byte)'.');
            }
            while (digits > 0)
            {
                num.Append((byte)'0');
                digits--;
            }
            num.Append(tail[..tailLen]);
        }
        var body = num.Data.AsSpan(start, num.Length - start);
        // A sign is printed if asked for or negative.
        if (plus || body[0] != '+')
        {
            // Zero padding goes between the sign and the digits.
            if (zero && widPresent && wid > body.Length)
            {
                Buf.Append(body[0]);
                WritePadding(wid - body.Length);
                Buf.Append(body[1..]);
                return;
            }
            Pad(body);
            return;
        }
        // A positive number without a requested sign.
        Pad(body[1..]);
    }
}
