using System.Globalization;
using System.Numerics;
using System.Text;
using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

public enum ConstKind { Unknown, Bool, String, Int, Float, Complex }

/// <summary>
/// An exact constant value, as go/constant: booleans, byte-strings (chars 0..255), integers
/// (BigInteger), floats as exact rationals, complex numbers as pairs of rationals. Rationals
/// whose parts grow beyond 4096 bits are rounded to a 512-bit mantissa, as go/constant
/// switches to big.Float there. Immutable.
/// </summary>
public sealed class ConstValue : IEquatable<ConstValue>
{
    private const int MaxExactBits = 4096;
    private const int FloatPrec = 512;

    public ConstKind Kind { get; }
    private readonly bool b;
    private readonly string? s;
    // Int: num (den = 1). Float: num/den. Complex: num/den real part, imNum/imDen imaginary.
    private readonly BigInteger num, den = BigInteger.One, imNum, imDen = BigInteger.One;

    public static readonly ConstValue Unknown = new(ConstKind.Unknown);
    public static readonly ConstValue True = new(true), False = new(false);

    private ConstValue(ConstKind k) { Kind = k; }
    private ConstValue(bool v) { Kind = ConstKind.Bool; b = v; }
    private ConstValue(string v) { Kind = ConstKind.String; s = v; }
    private ConstValue(BigInteger v) { Kind = ConstKind.Int; num = v; }
    private ConstValue(BigInteger n, BigInteger d) { Kind = ConstKind.Float; num = n; den = d; }
    private ConstValue(BigInteger rn, BigInteger rd, BigInteger inum, BigInteger iden)
    {
        Kind = ConstKind.Complex; num = rn; den = rd; imNum = inum; imDen = iden;
    }

    // ---------------- construction ----------------

    public static ConstValue MakeBool(bool v) => v ? True : False;
    /// <summary>A string constant from a Go byte-string (each char one byte).</summary>
    public static ConstValue MakeString(string bytes) => new(bytes);
    public static ConstValue MakeInt(BigInteger v) => new(v);
    public static ConstValue MakeInt64(long v) => new(new BigInteger(v));
    public static ConstValue MakeUint64(ulong v) => new(new BigInteger(v));

    /// <summary>A float from a rational; Unknown if den is zero.</summary>
    public static ConstValue MakeRat(BigInteger n, BigInteger d)
    {
        if (d.IsZero) return Unknown;
        if (d.Sign < 0) { n = -n; d = -d; }
        var g = BigInteger.GreatestCommonDivisor(n, d);
        if (!g.IsOne && !g.IsZero) { n /= g; d /= g; }
        if (n.IsZero) d = BigInteger.One;
        if (n.GetBitLength() > MaxExactBits || d.GetBitLength() > MaxExactBits)
        {
            var (m, e, inf) = RoundBinary(n, d, FloatPrec, int.MinValue, int.MaxValue);
            if (inf) return Unknown;
            (n, d) = e >= 0 ? (m << e, BigInteger.One) : Reduce(m, BigInteger.One << -e);
        }
        return new ConstValue(n, d);
    }

    public static ConstValue MakeFloat64(double v)
    {
        if (double.IsNaN(v) || double.IsInfinity(v)) return Unknown;
        var (n, d) = DoubleToRat(v);
        return new ConstValue(n, d);
    }

    public static ConstValue MakeComplex(ConstValue re, ConstValue im)
    {
        if (re.Kind == ConstKind.Unknown || im.Kind == ConstKind.Unknown) return Unknown;
        var r = re.ToFloat();
        var i = im.ToFloat();
        if (r.Kind != ConstKind.Float || i.Kind != ConstKind.Float) return Unknown;
        return new ConstValue(r.num, r.den, i.num, i.den);
    }

    public static ConstValue MakeImag(ConstValue im) => MakeComplex(MakeInt64(0), im);

    /// <summary>Parses a decimal or hexadecimal floating-point literal exactly.</summary>
    public static ConstValue ParseFloat(string text)
    {
        var t = text.Replace("_", "");
        try
        {
            if (t.Length > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X'))
            {
                // 0x mantissa p exponent
                int p = t.IndexOfAny(['p', 'P']);
                string mant = p >= 0 ? t[2..p] : t[2..];
                int exp = p >= 0 ? int.Parse(t[(p + 1)..], CultureInfo.InvariantCulture) : 0;
                int dot = mant.IndexOf('.');
                if (dot >= 0) { exp -= 4 * (mant.Length - dot - 1); mant = mant.Remove(dot, 1); }
                var m = mant.Length == 0 ? BigInteger.Zero : BigInteger.Parse("0" + mant, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return exp >= 0 ? MakeRat(m << exp, BigInteger.One) : MakeRat(m, BigInteger.One << -exp);
            }
            int e = t.IndexOfAny(['e', 'E']);
            string digits = e >= 0 ? t[..e] : t;
            long exp10 = e >= 0 ? long.Parse(t[(e + 1)..], CultureInfo.InvariantCulture) : 0;
            int d = digits.IndexOf('.');
            if (d >= 0) { exp10 -= digits.Length - d - 1; digits = digits.Remove(d, 1); }
            if (digits.Length == 0) digits = "0";
            var n = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            if (n.IsZero) return MakeRat(BigInteger.Zero, BigInteger.One);
            if (Math.Abs(exp10) > 100000) return exp10 < 0 ? MakeRat(BigInteger.Zero, BigInteger.One) : Unknown;
            return exp10 >= 0 ? MakeRat(n * BigInteger.Pow(10, (int)exp10), BigInteger.One) : MakeRat(n, BigInteger.Pow(10, (int)-exp10));
        }
        catch (FormatException) { return Unknown; }
        catch (OverflowException) { return Unknown; }
    }

    // ---------------- accessors ----------------

    public bool BoolVal => b;
    /// <summary>The string's bytes as chars 0..255.</summary>
    public string StringVal => s ?? "";
    public BigInteger IntVal => num;
    public BigInteger Num => num;
    public BigInteger Den => den;

    public bool ToBool() => b;
    public string ToStringValue() => StringVal;

    /// <summary>The value as int64 if it is an integer (or integral float) that fits.</summary>
    public bool TryInt64(out long v)
    {
        v = 0;
        var i = ToInt();
        if (i.Kind != ConstKind.Int || i.num < long.MinValue || i.num > long.MaxValue) return false;
        v = (long)i.num;
        return true;
    }

    public bool TryUInt64(out ulong v)
    {
        v = 0;
        var i = ToInt();
        if (i.Kind != ConstKind.Int || i.num.Sign < 0 || i.num > ulong.MaxValue) return false;
        v = (ulong)i.num;
        return true;
    }

    /// <summary>The value as int64 (wrapping to 64 bits for larger integers, as a typed constant never is).</summary>
    public long ToInt64()
    {
        var i = ToInt();
        if (i.Kind != ConstKind.Int) return 0;
        return (long)(ulong)(i.num & ulong.MaxValue);
    }

    public ulong ToUInt64() => (ulong)ToInt64();

    /// <summary>The nearest float64 (for complex: the real part).</summary>
    public double ToDouble() => Kind switch
    {
        ConstKind.Int => RatToDouble(num, BigInteger.One),
        ConstKind.Float or ConstKind.Complex => RatToDouble(num, den),
        _ => 0,
    };

    public double ImagToDouble() => Kind == ConstKind.Complex ? RatToDouble(imNum, imDen) : 0;

    public float ToSingle() => (float)RoundToFloat32().ToDouble();

    public int Sign => Kind switch
    {
        ConstKind.Int or ConstKind.Float => num.Sign,
        ConstKind.Complex => num.Sign | imNum.Sign,
        _ => 1,
    };

    // ---------------- conversions between numeric kinds ----------------

    /// <summary>An Int if the value is integral (exactly, or a float within rounding of an integer), else Unknown.</summary>
    public ConstValue ToInt()
    {
        switch (Kind)
        {
            case ConstKind.Int: return this;
            case ConstKind.Float:
                if (den.IsOne) return new ConstValue(num);
                // go/constant accepts a value that is an integer after a tiny rounding of a large-precision float
                if (num.GetBitLength() > 64 || den.GetBitLength() > 64)
                {
                    var q = BigInteger.DivRem(num, den, out var r);
                    // |r/den| tiny relative to |q| (within 508 bits of precision)
                    if (!q.IsZero && (BigInteger.Abs(r) << (FloatPrec - 4)) < den * BigInteger.Abs(q) && BigInteger.Abs(r) * 2 < den) return new ConstValue(q);
                    if (!q.IsZero && (BigInteger.Abs(den - BigInteger.Abs(r)) << (FloatPrec - 4)) < den * BigInteger.Abs(q))
                        return new ConstValue(q + num.Sign);
                }
                return Unknown;
            case ConstKind.Complex:
                return imNum.IsZero ? new ConstValue(num, den).ToInt() : Unknown;
            default: return Unknown;
        }
    }

    public ConstValue ToFloat() => Kind switch
    {
        ConstKind.Int => new ConstValue(num, BigInteger.One),
        ConstKind.Float => this,
        ConstKind.Complex => imNum.IsZero ? new ConstValue(num, den) : Unknown,
        _ => Unknown,
    };

    public ConstValue ToComplex() => Kind switch
    {
        ConstKind.Int => new ConstValue(num, BigInteger.One, BigInteger.Zero, BigInteger.One),
        ConstKind.Float => new ConstValue(num, den, BigInteger.Zero, BigInteger.One),
        ConstKind.Complex => this,
        _ => Unknown,
    };

    public ConstValue Real() => Kind switch
    {
        ConstKind.Int or ConstKind.Float => this,
        ConstKind.Complex => Normalize(new ConstValue(num, den)),
        _ => Unknown,
    };

    public ConstValue Imag() => Kind switch
    {
        ConstKind.Int or ConstKind.Float => MakeInt64(0),
        ConstKind.Complex => Normalize(new ConstValue(imNum, imDen)),
        _ => Unknown,
    };

    // A float component that is integral is reported as an Int, as go/constant does for real/imag.
    private static ConstValue Normalize(ConstValue f) => f.Kind == ConstKind.Float && f.den.IsOne ? new ConstValue(f.num) : f;

    /// <summary>Rounds a float (or complex parts) to float64 precision; Unknown on overflow.</summary>
    public ConstValue RoundToFloat64() => RoundTo(53, -1074, 1024);
    public ConstValue RoundToFloat32() => RoundTo(24, -149, 128);

    private ConstValue RoundTo(int prec, int eMin, int maxBits)
    {
        switch (Kind)
        {
            case ConstKind.Int:
            case ConstKind.Float:
                {
                    var (n, d, ok) = RoundRat(num, den, prec, eMin, maxBits);
                    return ok ? new ConstValue(n, d) : Unknown;
                }
            case ConstKind.Complex:
                {
                    var (rn, rd, ok1) = RoundRat(num, den, prec, eMin, maxBits);
                    var (inn, ind, ok2) = RoundRat(imNum, imDen, prec, eMin, maxBits);
                    return ok1 && ok2 ? new ConstValue(rn, rd, inn, ind) : Unknown;
                }
            default: return this;
        }
    }

    private static (BigInteger, BigInteger, bool) RoundRat(BigInteger n, BigInteger d, int prec, int eMin, int maxBits)
    {
        if (n.IsZero) return (n, BigInteger.One, true);
        var (m, e, inf) = RoundBinary(n, d, prec, eMin, maxBits);
        if (inf) return (0, 1, false);
        if (e >= 0) return (m << e, BigInteger.One, true);
        var (rn, rd) = Reduce(m, BigInteger.One << -e);
        return (rn, rd, true);
    }

    // ---------------- arithmetic ----------------

    private static int Ord(ConstValue x) => x.Kind switch
    {
        ConstKind.Int => 2,
        ConstKind.Float => 3,
        ConstKind.Complex => 4,
        ConstKind.Unknown => 0,
        _ => 1,
    };

    /// <summary>Brings both operands to the same (larger) numeric representation.</summary>
    private static (ConstValue, ConstValue) Match(ConstValue x, ConstValue y)
    {
        int ox = Ord(x), oy = Ord(y);
        if (ox == oy) return (x, y);
        if (ox < oy) return (x.Promote(y.Kind), y);
        return (x, y.Promote(x.Kind));
    }

    private ConstValue Promote(ConstKind k) => k switch
    {
        ConstKind.Float => ToFloat(),
        ConstKind.Complex => ToComplex(),
        _ => this,
    };

    /// <summary>Unary + - ^ !; prec &gt; 0 limits ^ to that many bits (unsigned types).</summary>
    public static ConstValue UnaryOp(Op op, ConstValue y, int prec)
    {
        if (y.Kind == ConstKind.Unknown) return y;
        switch (op)
        {
            case Op.Add: return y;
            case Op.Sub:
                return y.Kind switch
                {
                    ConstKind.Int => new ConstValue(-y.num),
                    ConstKind.Float => new ConstValue(-y.num, y.den),
                    ConstKind.Complex => new ConstValue(-y.num, y.den, -y.imNum, y.imDen),
                    _ => Unknown,
                };
            case Op.Xor:
                if (y.Kind != ConstKind.Int) return Unknown;
                {
                    var z = -y.num - 1; // ^x == -x-1
                    if (prec > 0) z &= (BigInteger.One << prec) - 1;
                    return new ConstValue(z);
                }
            case Op.Not:
                return y.Kind == ConstKind.Bool ? MakeBool(!y.b) : Unknown;
        }
        return Unknown;
    }

    /// <summary>Binary arithmetic and logic. intDiv selects truncated integer division for Quo on integers (Go's x / y on integer constants).</summary>
    public static ConstValue BinaryOp(ConstValue x, Op op, ConstValue y, bool intDiv = false)
    {
        if (x.Kind == ConstKind.Unknown || y.Kind == ConstKind.Unknown) return Unknown;
        (x, y) = Match(x, y);
        switch (x.Kind)
        {
            case ConstKind.Bool:
                return op switch
                {
                    Op.LogAnd => MakeBool(x.b && y.b),
                    Op.LogOr => MakeBool(x.b || y.b),
                    _ => Unknown,
                };
            case ConstKind.String:
                return op == Op.Add ? new ConstValue(x.s + y.s) : Unknown;
            case ConstKind.Int:
                {
                    BigInteger a = x.num, c = y.num;
                    switch (op)
                    {
                        case Op.Add: return new ConstValue(a + c);
                        case Op.Sub: return new ConstValue(a - c);
                        case Op.Mul: return new ConstValue(a * c);
                        case Op.Quo:
                            if (c.IsZero) return Unknown;
                            return intDiv ? new ConstValue(BigInteger.Divide(a, c)) : MakeRat(a, c);
                        case Op.Rem: return c.IsZero ? Unknown : new ConstValue(BigInteger.Remainder(a, c));
                        case Op.And: return new ConstValue(a & c);
                        case Op.Or: return new ConstValue(a | c);
                        case Op.Xor: return new ConstValue(a ^ c);
                        case Op.AndNot: return new ConstValue(a & ~c);
                    }
                    return Unknown;
                }
            case ConstKind.Float:
                {
                    BigInteger a = x.num, ad = x.den, c = y.num, cd = y.den;
                    switch (op)
                    {
                        case Op.Add: return MakeRat(a * cd + c * ad, ad * cd);
                        case Op.Sub: return MakeRat(a * cd - c * ad, ad * cd);
                        case Op.Mul: return MakeRat(a * c, ad * cd);
                        case Op.Quo: return c.IsZero ? Unknown : MakeRat(a * cd, ad * c);
                    }
                    return Unknown;
                }
            case ConstKind.Complex:
                {
                    var (a, bb) = (x.Real().ToFloat(), x.Imag().ToFloat());
                    var (c, d) = (y.Real().ToFloat(), y.Imag().ToFloat());
                    ConstValue re, im;
                    switch (op)
                    {
                        case Op.Add: re = BinaryOp(a, Op.Add, c); im = BinaryOp(bb, Op.Add, d); break;
                        case Op.Sub: re = BinaryOp(a, Op.Sub, c); im = BinaryOp(bb, Op.Sub, d); break;
                        case Op.Mul:
                            // (a+bi)(c+di) = (ac-bd) + (bc+ad)i
                            re = BinaryOp(BinaryOp(a, Op.Mul, c), Op.Sub, BinaryOp(bb, Op.Mul, d));
                            im = BinaryOp(BinaryOp(bb, Op.Mul, c), Op.Add, BinaryOp(a, Op.Mul, d));
                            break;
                        case Op.Quo:
                            {
                                // (ac+bd)/s + (bc-ad)/s i, s = cc+dd
                                var s = BinaryOp(BinaryOp(c, Op.Mul, c), Op.Add, BinaryOp(d, Op.Mul, d));
                                if (s.Sign == 0) return Unknown;
                                re = BinaryOp(BinaryOp(BinaryOp(a, Op.Mul, c), Op.Add, BinaryOp(bb, Op.Mul, d)), Op.Quo, s);
                                im = BinaryOp(BinaryOp(BinaryOp(bb, Op.Mul, c), Op.Sub, BinaryOp(a, Op.Mul, d)), Op.Quo, s);
                                break;
                            }
                        default: return Unknown;
                    }
                    return MakeComplex(re, im);
                }
        }
        return Unknown;
    }

    /// <summary>x &lt;&lt; s or x &gt;&gt; s for an integer x.</summary>
    public static ConstValue Shift(ConstValue x, Op op, uint s)
    {
        if (x.Kind != ConstKind.Int) return Unknown;
        if (op == Op.Shl) return new ConstValue(x.num << (int)s);
        // arithmetic shift rounds toward negative infinity, as Go's >> on big.Int
        if (s > int.MaxValue) return new ConstValue(x.num.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero);
        return new ConstValue(x.num >> (int)s);
    }

    public static bool Compare(ConstValue x, Op op, ConstValue y)
    {
        if (x.Kind == ConstKind.Unknown || y.Kind == ConstKind.Unknown) return false;
        (x, y) = Match(x, y);
        int c;
        switch (x.Kind)
        {
            case ConstKind.Bool:
                return op switch { Op.Eql => x.b == y.b, Op.Neq => x.b != y.b, _ => false };
            case ConstKind.String:
                c = string.CompareOrdinal(x.s, y.s);
                break;
            case ConstKind.Int:
                c = x.num.CompareTo(y.num);
                break;
            case ConstKind.Float:
                c = (x.num * y.den).CompareTo(y.num * x.den);
                break;
            case ConstKind.Complex:
                {
                    bool eq = x.num == y.num && x.den == y.den && x.imNum == y.imNum && x.imDen == y.imDen;
                    return op switch { Op.Eql => eq, Op.Neq => !eq, _ => false };
                }
            default: return false;
        }
        return op switch
        {
            Op.Eql => c == 0,
            Op.Neq => c != 0,
            Op.Lss => c < 0,
            Op.Leq => c <= 0,
            Op.Gtr => c > 0,
            Op.Geq => c >= 0,
            _ => false,
        };
    }

    /// <summary>Number of bits needed for the absolute value of an integer (0 for 0).</summary>
    public long BitLen => Kind == ConstKind.Int ? (long)BigInteger.Abs(num).GetBitLength() : 0;

    /// <summary>True if the float's exact value is an integer.</summary>
    public bool IsInteger => Kind == ConstKind.Int || (Kind == ConstKind.Float && den.IsOne);

    // ---------------- formatting ----------------

    /// <summary>A short form as go/constant's String: strings quoted and shortened to 72 chars, floats with %.6g.</summary>
    public override string ToString()
    {
        switch (Kind)
        {
            case ConstKind.Bool: return b ? "true" : "false";
            case ConstKind.String:
                {
                    const int maxLen = 72;
                    var q = GoQuote(s!);
                    var runes = q.EnumerateRunes().ToList();
                    if (runes.Count > maxLen)
                        q = string.Concat(runes.Take(maxLen - 3).Select(r => r.ToString())) + "...";
                    return q;
                }
            case ConstKind.Int: return num.ToString(CultureInfo.InvariantCulture);
            case ConstKind.Float: return FormatFloat(num, den);
            case ConstKind.Complex: return $"({FormatFloat(num, den)} + {FormatFloat(imNum, imDen)}i)";
            default: return "unknown";
        }
    }

    /// <summary>The exact value: quoted strings in full, floats as fractions.</summary>
    public string ExactString() => Kind switch
    {
        ConstKind.String => GoQuote(s!),
        ConstKind.Float => den.IsOne ? num.ToString(CultureInfo.InvariantCulture) : $"{num}/{den}",
        ConstKind.Complex => $"({new ConstValue(num, den).ExactString()} + {new ConstValue(imNum, imDen).ExactString()}i)",
        _ => ToString(),
    };

    private static string FormatFloat(BigInteger n, BigInteger d)
    {
        double v = RatToDouble(n, d);
        if (double.IsInfinity(v) || (v == 0 && !n.IsZero))
        {
            // outside float64 range: approximate mantissa and decimal exponent
            var dec = (BigInteger.Abs(n).GetBitLength() - d.GetBitLength()) * Math.Log10(2);
            long e = (long)Math.Floor(dec);
            var (sn, sd) = e >= 0 ? (BigInteger.Abs(n), d * BigInteger.Pow(10, (int)Math.Min(e, int.MaxValue))) : (BigInteger.Abs(n) * BigInteger.Pow(10, (int)-e), d);
            double m = RatToDouble(sn, sd);
            while (m >= 10) { m /= 10; e++; }
            while (m < 1 && m > 0) { m *= 10; e--; }
            var ms = FormatG(n.Sign < 0 ? -m : m, 6);
            return $"{ms}e{(e >= 0 ? "+" : "-")}{Math.Abs(e)}";
        }
        return FormatG(v, 6);
    }

    /// <summary>Go's strconv.FormatFloat(v, 'g', prec, 64).</summary>
    public static string FormatG(double v, int prec)
    {
        if (v == 0) return double.IsNegative(v) ? "-0" : "0";
        bool neg = v < 0;
        var (n, d) = DoubleToRat(Math.Abs(v));
        // decimal point position dp: 10^(dp-1) <= v < 10^dp
        int dp = (int)Math.Floor(Math.Log10(Math.Abs(v))) + 1;
        BigInteger digits;
        while (true)
        {
            int shift = prec - dp;
            var (sn, sd) = shift >= 0 ? (n * BigInteger.Pow(10, shift), d) : (n, d * BigInteger.Pow(10, -shift));
            var q = BigInteger.DivRem(sn, sd, out var r);
            var twice = r * 2;
            if (twice > sd || (twice == sd && !q.IsEven)) q += 1;
            var lim = BigInteger.Pow(10, prec);
            if (q >= lim) { if (q == lim && r.IsZero && twice.IsZero) { } dp++; continue; }
            if (q < lim / 10) { dp--; continue; }
            digits = q;
            break;
        }
        var ds = digits.ToString(CultureInfo.InvariantCulture).TrimEnd('0');
        int nd = ds.Length;
        int exp = dp - 1;
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        int eprec = prec;
        if (eprec > nd && nd >= dp) eprec = nd;
        if (exp < -4 || exp >= eprec)
        {
            sb.Append(ds[0]);
            if (nd > 1) sb.Append('.').Append(ds, 1, nd - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            int ae = Math.Abs(exp);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (dp <= 0)
        {
            sb.Append("0.").Append('0', -dp).Append(ds);
        }
        else if (dp >= nd)
        {
            sb.Append(ds).Append('0', dp - nd);
        }
        else
        {
            sb.Append(ds, 0, dp).Append('.').Append(ds, dp, nd - dp);
        }
        return sb.ToString();
    }

    /// <summary>strconv.Quote of a byte-string: valid UTF-8 printable runes kept, the rest escaped.</summary>
    public static string GoQuote(string bytes)
    {
        var sb = new StringBuilder("\"");
        var raw = new byte[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) raw[i] = (byte)bytes[i];
        int p = 0;
        while (p < raw.Length)
        {
            var status = Rune.DecodeFromUtf8(raw.AsSpan(p), out var r, out int size);
            if (status != System.Buffers.OperationStatus.Done)
            {
                sb.Append("\\x").Append(raw[p].ToString("x2", CultureInfo.InvariantCulture));
                p++;
                continue;
            }
            p += size;
            AppendQuotedRune(sb, r, '"');
        }
        return sb.Append('"').ToString();
    }

    internal static void AppendQuotedRune(StringBuilder sb, Rune r, char quote)
    {
        int c = r.Value;
        if (c == quote || c == '\\') { sb.Append('\\').Append((char)c); return; }
        if (IsGoPrint(r)) { sb.Append(r.ToString()); return; }
        switch (c)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }
        if (c < ' ' || c == 0x7f) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
        else if (c < 0x10000) sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
    }

    // Approximates unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    private static bool IsGoPrint(Rune r)
    {
        if (r.Value == ' ') return true;
        var cat = Rune.GetUnicodeCategory(r);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    // ---------------- binary floating-point helpers ----------------

    private static (BigInteger, BigInteger) Reduce(BigInteger n, BigInteger d)
    {
        var g = BigInteger.GreatestCommonDivisor(n, d);
        return g.IsOne || g.IsZero ? (n, d) : (n / g, d / g);
    }

    /// <summary>Rounds n/d (d &gt; 0) to m·2^e with |m| &lt; 2^prec, round-half-even, lsb exponent at least eMin; inf when the result has more than maxBits integer bits.</summary>
    internal static (BigInteger m, int e, bool inf) RoundBinary(BigInteger n, BigInteger d, int prec, int eMin, int maxBits)
    {
        if (n.IsZero) return (BigInteger.Zero, 0, false);
        int sign = n.Sign;
        var a = BigInteger.Abs(n);
        long bl = (long)a.GetBitLength() - (long)d.GetBitLength();
        long e = bl - prec;
        BigInteger q, r, div;
        while (true)
        {
            if (e < eMin) e = eMin;
            if (e >= 0) { div = d << (int)e; q = BigInteger.DivRem(a, div, out r); }
            else { div = d; q = BigInteger.DivRem(a << (int)-e, d, out r); }
            if (q.GetBitLength() > prec) { e++; continue; }
            break;
        }
        var twice = r * 2;
        if (twice > div || (twice == div && !q.IsEven)) q += 1;
        if (q.GetBitLength() > prec) { q >>= 1; e++; }
        if (e + (long)q.GetBitLength() > maxBits) return (0, 0, true);
        return (sign < 0 ? -q : q, (int)e, false);
    }

    /// <summary>The float64 nearest to n/d (±Inf beyond range).</summary>
    public static double RatToDouble(BigInteger n, BigInteger d)
    {
        if (n.IsZero) return 0;
        var (m, e, inf) = RoundBinary(n, d, 53, -1074, 1024);
        if (inf) return n.Sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        return Math.ScaleB((double)m, e);
    }

    /// <summary>The exact rational value of a finite double.</summary>
    public static (BigInteger num, BigInteger den) DoubleToRat(double v)
    {
        if (v == 0) return (BigInteger.Zero, BigInteger.One);
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger m = mant;
        if (neg) m = -m;
        if (exp >= 0) return (m << exp, BigInteger.One);
        return Reduce(m, BigInteger.One << -exp);
    }

    // ---------------- equality ----------------

    public bool Equals(ConstValue? o) =>
        o is not null && Kind == o.Kind && b == o.b && s == o.s && num == o.num && den == o.den && imNum == o.imNum && imDen == o.imDen;

    public override bool Equals(object? obj) => obj is ConstValue c && Equals(c);
    public override int GetHashCode() => HashCode.Combine(Kind, b, s, num, den, imNum);
}
