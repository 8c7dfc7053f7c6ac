using System.Globalization;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Strconv;

/// <summary>
/// strconv.FormatFloat. .NET gives the digits (shortest round-trip "R", and correctly rounded
/// "E"/"F" with ties to even, as Go rounds); they are laid out here the way Go's ftoa does
/// (fmtE, fmtF, %g's choice between them, %b and %x straight from the bits).
/// </summary>
public static class FloatFormat
{
    /// <summary>Decimal digits D[0..Nd) with the decimal point before digit Dp (no leading or trailing zeros).</summary>
    private struct Digits
    {
        public byte[] D;
        public int Nd;
        public int Dp;
    }

    /// <summary>Digit scratch space, reused per thread (formatting never nests).</summary>
    [ThreadStatic] private static byte[]? digitBuf;

    public static string Format(double v, byte fmt, int prec, int bitSize)
    {
        var buf = new ByteBuffer(32);
        Append(buf, v, fmt, prec, bitSize);
        return buf.ToString();
    }

    public static void Append(ByteBuffer dst, double v, byte fmt, int prec, int bitSize)
    {
        bool is32 = bitSize == 32;
        ulong bits;
        int mantbits, expbits, bias;
        if (is32)
        {
            float f = (float)v;
            v = f;
            bits = BitConverter.SingleToUInt32Bits(f);
            mantbits = 23; expbits = 8; bias = -127;
        }
        else
        {
            bits = BitConverter.DoubleToUInt64Bits(v);
            mantbits = 52; expbits = 11; bias = -1023;
        }
        bool neg = (bits >> (expbits + mantbits)) != 0;
        int exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
        ulong mant = bits & ((1UL << mantbits) - 1);
        if (exp == (1 << expbits) - 1)
        {
            dst.Append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
            return;
        }
        if (exp == 0) exp++;
        else mant |= 1UL << mantbits;
        exp += bias;

        if (fmt == 'b') { FmtB(dst, neg, mant, exp, mantbits); return; }
        if (fmt == 'x' || fmt == 'X') { FmtX(dst, prec, fmt, neg, mant, exp, mantbits); return; }

        double abs = Math.Abs(v);
        bool shortest = prec < 0;
        var digs = new Digits();
        if (shortest)
        {
            Shortest(abs, is32, ref digs);
            switch (fmt)
            {
                case (byte)'e': case (byte)'E': prec = Math.Max(digs.Nd - 1, 0); break;
                case (byte)'f': prec = Math.Max(digs.Nd - digs.Dp, 0); break;
                case (byte)'g': case (byte)'G': prec = digs.Nd; break;
            }
        }
        else if (fmt == 'f')
        {
            Fixed(abs, prec, ref digs);
        }
        else
        {
            int digits = prec;
            switch (fmt)
            {
                case (byte)'e': case (byte)'E': digits++; break;
                case (byte)'g': case (byte)'G':
                    if (prec == 0) prec = 1;
                    digits = prec;
                    break;
                default: digits = 1; break;
            }
            Significant(abs, digits, ref digs);
        }
        FormatDigits(dst, shortest, neg, ref digs, prec, fmt);
    }

    private static void FormatDigits(ByteBuffer dst, bool shortest, bool neg, ref Digits digs, int prec, byte fmt)
    {
        switch (fmt)
        {
            case (byte)'e': case (byte)'E':
                FmtE(dst, neg, ref digs, prec, fmt);
                return;
            case (byte)'f':
                FmtF(dst, neg, ref digs, prec);
                return;
            case (byte)'g': case (byte)'G':
            {
                int eprec = prec;
                if (eprec > digs.Nd && digs.Nd >= digs.Dp) eprec = digs.Nd;
                // %e is used if the exponent from the conversion is less than -4 or greater than or
                // equal to the precision; shortest output decides with precision 6.
                if (shortest) eprec = 6;
                int exp = digs.Dp - 1;
                if (exp < -4 || exp >= eprec)
                {
                    if (prec > digs.Nd) prec = digs.Nd;
                    FmtE(dst, neg, ref digs, prec - 1, (byte)(fmt + 'e' - 'g'));
                    return;
                }
                if (prec > digs.Dp) prec = digs.Nd;
                FmtF(dst, neg, ref digs, Math.Max(prec - digs.Dp, 0));
                return;
            }
        }
        dst.Append((byte)'%');
        dst.Append(fmt);
    }

    private static void FmtE(ByteBuffer dst, bool neg, ref Digits d, int prec, byte fmt)
    {
        if (neg) dst.Append((byte)'-');
        dst.Append(d.Nd != 0 ? d.D[0] : (byte)'0');
        if (prec > 0)
        {
            dst.Append((byte)'.');
            int i = 1;
            int m = Math.Min(d.Nd, prec + 1);
            if (i < m) { dst.Append(d.D.AsSpan(i, m - i)); i = m; }
            dst.AppendRepeated((byte)'0', prec + 1 - i);
        }
        dst.Append(fmt);
        int exp = d.Nd == 0 ? 0 : d.Dp - 1;
        if (exp < 0) { dst.Append((byte)'-'); exp = -exp; }
        else dst.Append((byte)'+');
        if (exp < 10) { dst.Append((byte)'0'); dst.Append((byte)('0' + exp)); }
        else if (exp < 100) { dst.Append((byte)('0' + exp / 10)); dst.Append((byte)('0' + exp % 10)); }
        else { dst.Append((byte)('0' + exp / 100)); dst.Append((byte)('0' + exp / 10 % 10)); dst.Append((byte)('0' + exp % 10)); }
    }

    private static void FmtF(ByteBuffer dst, bool neg, ref Digits d, int prec)
    {
        if (neg) dst.Append((byte)'-');
        if (d.Dp > 0)
        {
            int m = Math.Min(d.Nd, d.Dp);
            dst.Append(d.D.AsSpan(0, m));
            dst.AppendRepeated((byte)'0', d.Dp - m);
        }
        else dst.Append((byte)'0');
        if (prec > 0)
        {
            dst.Append((byte)'.');
            for (int i = 1; i <= prec; i++)
            {
                int j = d.Dp + i - 1;
                dst.Append(0 <= j && j < d.Nd ? d.D[j] : (byte)'0');
            }
        }
    }

    /// <summary>%b: -ddddp±ddd, the mantissa and binary exponent as integers.</summary>
    private static void FmtB(ByteBuffer dst, bool neg, ulong mant, int exp, int mantbits)
    {
        if (neg) dst.Append((byte)'-');
        dst.Append(mant.ToString(CultureInfo.InvariantCulture));
        dst.Append((byte)'p');
        exp -= mantbits;
        if (exp >= 0) dst.Append((byte)'+');
        dst.Append(exp.ToString(CultureInfo.InvariantCulture));
    }

    private const string LowerHex = "0123456789abcdef", UpperHex = "0123456789ABCDEF";

    /// <summary>%x: -0x1.yyyyp±dd, rounded to prec hex digits when prec is given.</summary>
    private static void FmtX(ByteBuffer dst, int prec, byte fmt, bool neg, ulong mant, int exp, int mantbits)
    {
        if (mant == 0) exp = 0;
        // Shift the digits so that the leading 1 (if any) is at bit 60.
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1UL << 60)) == 0)
        {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15)
        {
            int shift = prec * 4;
            ulong extra = (mant << shift) & ((1UL << 60) - 1);
            mant >>= 60 - shift;
            if ((extra | (mant & 1)) > 1UL << 59) mant++;
            mant <<= 60 - shift;
            if ((mant & (1UL << 61)) != 0)
            {
                mant >>= 1;
                exp++;
            }
        }
        string hex = fmt == 'X' ? UpperHex : LowerHex;
        if (neg) dst.Append((byte)'-');
        dst.Append((byte)'0');
        dst.Append(fmt);
        dst.Append((byte)('0' + (int)((mant >> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0)
        {
            dst.Append((byte)'.');
            while (mant != 0)
            {
                dst.Append((byte)hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }
        else if (prec > 0)
        {
            dst.Append((byte)'.');
            for (int i = 0; i < prec; i++)
            {
                dst.Append((byte)hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }
        dst.Append(fmt == 'X' ? (byte)'P' : (byte)'p');
        if (exp < 0) { dst.Append((byte)'-'); exp = -exp; }
        else dst.Append((byte)'+');
        if (exp < 100) { dst.Append((byte)('0' + exp / 10)); dst.Append((byte)('0' + exp % 10)); }
        else if (exp < 1000) { dst.Append((byte)('0' + exp / 100)); dst.Append((byte)('0' + exp / 10 % 10)); dst.Append((byte)('0' + exp % 10)); }
        else
        {
            dst.Append((byte)('0' + exp / 1000)); dst.Append((byte)('0' + exp / 100 % 10));
            dst.Append((byte)('0' + exp / 10 % 10)); dst.Append((byte)('0' + exp % 10));
        }
    }

    // ---- Digit generation through .NET's formatting ----

    private static void Shortest(double abs, bool is32, ref Digits d)
    {
        Span<char> text = stackalloc char[40];
        int n;
        bool ok = is32
            ? ((float)abs).TryFormat(text, out n, "R", CultureInfo.InvariantCulture)
            : abs.TryFormat(text, out n, "R", CultureInfo.InvariantCulture);
        if (!ok) throw new InvalidOperationException("float formatting overflow");
        Parse(text[..n], ref d);
    }

    /// <summary>n significant digits, correctly rounded.</summary>
    private static void Significant(double abs, int n, ref Digits d)
    {
        int len = n + 16;
        Span<char> text = len <= 256 ? stackalloc char[256] : new char[len];
        Span<char> spec = stackalloc char[12];
        spec[0] = 'E';
        (n - 1).TryFormat(spec[1..], out int sl, default, CultureInfo.InvariantCulture);
        if (!abs.TryFormat(text, out int written, spec[..(sl + 1)], CultureInfo.InvariantCulture))
            throw new InvalidOperationException("float formatting overflow");
        Parse(text[..written], ref d);
    }

    /// <summary>prec digits after the decimal point, correctly rounded.</summary>
    private static void Fixed(double abs, int prec, ref Digits d)
    {
        int intDigits = abs < 1 ? 1 : (int)Math.Floor(Math.Log10(abs)) + 2;
        int len = intDigits + prec + 8;
        Span<char> text = len <= 256 ? stackalloc char[256] : new char[len];
        Span<char> spec = stackalloc char[12];
        spec[0] = 'F';
        prec.TryFormat(spec[1..], out int sl, default, CultureInfo.InvariantCulture);
        if (!abs.TryFormat(text, out int written, spec[..(sl + 1)], CultureInfo.InvariantCulture))
            throw new InvalidOperationException("float formatting overflow");
        Parse(text[..written], ref d);
    }

    /// <summary>Reads .NET's "123.45", "1.2345E+020" or "1E-07" into digits and a decimal point position.</summary>
    private static void Parse(ReadOnlySpan<char> text, ref Digits d)
    {
        var buf = digitBuf;
        if (buf == null || buf.Length < text.Length) digitBuf = buf = new byte[Math.Max(64, text.Length)];
        int nd = 0, intDigits = -1, exp = 0, i = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '0' && c <= '9') buf[nd++] = (byte)c;
            else if (c == '.') intDigits = nd;
            else if (c == 'E' || c == 'e') break;
        }
        if (intDigits < 0) intDigits = nd;
        if (i < text.Length)
            exp = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int start = 0;
        while (start < nd && buf[start] == '0') start++;
        int end = nd;
        while (end > start && buf[end - 1] == '0') end--;
        if (start > 0) Array.Copy(buf, start, buf, 0, end - start);
        d.D = buf;
        d.Nd = end - start;
        d.Dp = d.Nd == 0 ? 0 : intDigits + exp - start;
    }
}
