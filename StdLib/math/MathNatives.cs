using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.GoMath;

/// <summary>
/// The natives of package math. Exact operations (sqrt, rounding, fmod, frexp/ldexp, min/max)
/// give Go's results bit for bit, and so do Log, Log2, Log10, Cbrt, Pow and the trigonometric
/// functions (Trig.cs), which follow Go's algorithms; the others (Exp, Exp2, Expm1, Log1p,
/// the hyperbolic functions, Hypot) come from .NET's libm with Go's special cases, and may
/// differ from Go's results in the last bit.
/// </summary>
public static class MathNatives
{
    private delegate double F1(double x);
    private delegate double F2(double x, double y);

    public static void Register(NativeTable t)
    {
        void Add1(string name, F1 f) => t.Add(name, c => c.SetFloat(0, f(c.Float(0))));
        void Add2(string name, F2 f) => t.Add(name, c => c.SetFloat(0, f(c.Float(0), c.Float(1))));

        t.Add("Inf", c => c.SetFloat(0, c.Int(0) >= 0 ? double.PositiveInfinity : double.NegativeInfinity));
        t.Add("NaN", c => c.SetFloat(0, Floats.GoNaN));
        t.Add("IsNaN", c => c.SetBool(0, double.IsNaN(c.Float(0))));
        t.Add("IsInf", c =>
        {
            double f = c.Float(0);
            long sign = c.Int(1);
            c.SetBool(0, sign >= 0 && double.IsPositiveInfinity(f) || sign <= 0 && double.IsNegativeInfinity(f));
        });
        t.Add("Signbit", c => c.SetBool(0, c.Int(0) < 0));
        Add2("Copysign", Math.CopySign);
        Add1("Abs", Math.Abs);
        // A float64's slot holds its bits: the conversions only reinterpret.
        t.Add("Float64bits", _ => { });
        t.Add("Float64frombits", _ => { });
        t.Add("Float32bits", c => c.SetInt(0, BitConverter.SingleToUInt32Bits((float)c.Float(0))));
        t.Add("Float32frombits", c => c.SetFloat(0, BitConverter.UInt32BitsToSingle((uint)c.Int(0))));

        Add1("Sqrt", Math.Sqrt);
        Add1("Cbrt", Cbrt);
        Add2("Pow", Pow);
        t.Add("Pow10", c => c.SetFloat(0, Pow10(c.Int(0))));
        Add1("Exp", Math.Exp);
        Add1("Exp2", x => Math.Pow(2, x));
        Add1("Expm1", double.ExpM1);
        Add1("Log", Log);
        Add1("Log2", Log2);
        Add1("Log10", x => Log(x) * Log10E);
        Add1("Log1p", double.LogP1);
        Add1("Logb", Logb);
        t.Add("Ilogb", c => c.SetInt(0, Ilogb(c.Float(0))));
        Add1("Floor", Math.Floor);
        Add1("Ceil", Math.Ceiling);
        Add1("Trunc", Math.Truncate);
        Add1("Round", x => Math.Round(x, MidpointRounding.AwayFromZero));
        Add1("RoundToEven", x => Math.Round(x, MidpointRounding.ToEven));
        Add2("Mod", Mod);
        Add2("Remainder", Math.IEEERemainder);
        t.Add("Modf", c =>
        {
            var (i, f) = Modf(c.Float(0));
            c.SetFloat(0, i);
            c.SetFloat(1, f);
        });
        t.Add("Frexp", c =>
        {
            var (frac, exp) = Frexp(c.Float(0));
            c.SetFloat(0, frac);
            c.SetInt(1, exp);
        });
        t.Add("Ldexp", c => c.SetFloat(0, Ldexp(c.Float(0), c.Int(1))));
        Add2("Max", Max);
        Add2("Min", Min);
        Add2("Dim", Dim);
        t.Add("FMA", c => c.SetFloat(0, Math.FusedMultiplyAdd(c.Float(0), c.Float(1), c.Float(2))));
        Add2("Hypot", Hypot);
        Add2("Nextafter", Nextafter);
        t.Add("Nextafter32", c => c.SetFloat(0, Nextafter32((float)c.Float(0), (float)c.Float(1))));
        Add1("Sin", Trig.Sin);
        Add1("Cos", Trig.Cos);
        Add1("Tan", Trig.Tan);
        Add1("Asin", Trig.Asin);
        Add1("Acos", Trig.Acos);
        Add1("Atan", Trig.Atan);
        Add2("Atan2", Trig.Atan2);
        Add1("Sinh", Math.Sinh);
        Add1("Cosh", Math.Cosh);
        Add1("Tanh", Math.Tanh);
        Add1("Asinh", Math.Asinh);
        Add1("Acosh", Math.Acosh);
        Add1("Atanh", Math.Atanh);
    }

    public static double Max(double x, double y)
    {
        if (double.IsPositiveInfinity(x) || double.IsPositiveInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return Floats.GoNaN;
        if (x == 0 && x == y) return double.IsNegative(x) ? y : x;
        return x > y ? x : y;
    }

    public static double Min(double x, double y)
    {
        if (double.IsNegativeInfinity(x) || double.IsNegativeInfinity(y)) return double.NegativeInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return Floats.GoNaN;
        if (x == 0 && x == y) return double.IsNegative(x) ? x : y;
        return x < y ? x : y;
    }

    private static double Dim(double x, double y)
    {
        double v = x - y;
        return v <= 0 ? 0 : v;
    }

    /// <summary>1/Ln2 and 1/Ln10, each rounded once from the exact value (Go's constant arithmetic).</summary>
    private const double Log2E = 1.44269504088896340735992468100189213742664595415298593413544940693;
    private const double Log10E = 0.434294481903251827651128918916605082294397005803666566114453783;

    /// <summary>Go's Log2: exact for powers of two, else Log(frac)/Ln2 + exp.</summary>
    private static double Log2(double x)
    {
        var (frac, exp) = Frexp(x);
        if (frac == 0.5) return exp - 1;
        return Log(frac) * Log2E + exp;
    }

    /// <summary>
    /// Go's Log (FreeBSD's e_log.c, which Go's amd64 assembly computes the same way): reduce
    /// to f in [sqrt(2)/2, sqrt(2)), then a polynomial in s = f/(2+f).
    /// </summary>
    public static double Log(double x)
    {
        const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
        const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
            L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
            L7 = 1.479819860511658591e-01;
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (x < 0) return Floats.GoNaN;
        if (x == 0) return double.NegativeInfinity;
        // Split x into f1 in [0.5, 1) and ki straight from the bits, as Go's amd64 assembly
        // does: subnormals are not normalized first (so Log(5e-324) is Go's -709.0895657128241).
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        int ki = (int)((bits >> 52) & 0x7FF) - 1022;
        double f1 = BitConverter.UInt64BitsToDouble((bits & ~(0x7FFUL << 52)) | (1022UL << 52));
        if (f1 < 1.41421356237309504880168872420969808 / 2)
        {
            f1 *= 2;
            ki--;
        }
        double f = f1 - 1;
        double k = ki;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
        double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
        double r = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * Ln2Hi - ((hfsq - (s * (hfsq + r) + k * Ln2Lo)) - f);
    }

    /// <summary>
    /// Go's Cbrt (FreeBSD's s_cbrt.c): a bit-trick estimate, one rational step to 23 bits,
    /// rounding to 22 bits, then one Newton step.
    /// </summary>
    public static double Cbrt(double x)
    {
        const ulong B1 = 715094163; // (682-0.03306235651)*2**20
        const ulong B2 = 696219795; // (664-0.03306235651)*2**20
        const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
            F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01;
        if (x == 0 || double.IsNaN(x) || double.IsInfinity(x)) return x;
        bool sign = x < 0;
        if (sign) x = -x;
        // A rough cube root to 5 bits.
        double t = BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(x) / 3 + (B1 << 32));
        if (x < SmallestNormal)
        {
            t = 1L << 54;
            t *= x;
            t = BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(t) / 3 + (B2 << 32));
        }
        // New cube root to 23 bits.
        double r = t * t / x;
        double s = C + r * t;
        t *= G + F / (s + E + D / s);
        // Chop to 22 bits, larger than the cube root.
        t = BitConverter.UInt64BitsToDouble((BitConverter.DoubleToUInt64Bits(t) & (0xFFFFFFFFCUL << 28)) + (1UL << 30));
        // One Newton step to 53 bits.
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t += t * r;
        return sign ? -t : t;
    }

    /// <summary>fmod (exact), with Go's NaN for the special cases.</summary>
    private static double Mod(double x, double y)
    {
        if (y == 0 || double.IsInfinity(x) || double.IsNaN(x) || double.IsNaN(y)) return Floats.GoNaN;
        return x % y;
    }

    private static double Hypot(double p, double q)
    {
        if (double.IsInfinity(p) || double.IsInfinity(q)) return double.PositiveInfinity;
        if (double.IsNaN(p) || double.IsNaN(q)) return Floats.GoNaN;
        return double.Hypot(p, q);
    }

    private static double Logb(double x)
    {
        if (x == 0) return double.NegativeInfinity;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (double.IsNaN(x)) return x;
        return Ilogb(x);
    }

    private static long Ilogb(double x)
    {
        if (x == 0) return int.MinValue;
        if (double.IsNaN(x)) return int.MaxValue;
        if (double.IsInfinity(x)) return int.MaxValue;
        var (_, exp) = Frexp(x);
        return exp - 1;
    }

    /// <summary>Go's Pow10: a product (or quotient) of two table powers, 10**(32k) and 10**j.</summary>
    private static double Pow10(long n)
    {
        if (0 <= n && n <= 308) return TenTo(n / 32 * 32) * TenTo(n % 32);
        if (-323 <= n && n <= 0) return TenTo(n / 32 * 32) / TenTo(-n % 32);
        return n > 0 ? double.PositiveInfinity : 0;
    }

    /// <summary>The float64 nearest 10**n.</summary>
    private static double TenTo(long n) => double.Parse("1e" + n, System.Globalization.CultureInfo.InvariantCulture);

    private static double Nextafter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return Floats.GoNaN;
        if (x == y) return x;
        if (x == 0) return Math.CopySign(BitConverter.UInt64BitsToDouble(1), y);
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        bits = (y > x) == (x > 0) ? bits + 1 : bits - 1;
        return BitConverter.UInt64BitsToDouble(bits);
    }

    private static float Nextafter32(float x, float y)
    {
        if (float.IsNaN(x) || float.IsNaN(y)) return float.NaN;
        if (x == y) return x;
        if (x == 0) return MathF.CopySign(BitConverter.UInt32BitsToSingle(1), y);
        uint bits = BitConverter.SingleToUInt32Bits(x);
        bits = (y > x) == (x > 0) ? bits + 1 : bits - 1;
        return BitConverter.UInt32BitsToSingle(bits);
    }

    public static (double Int, double Frac) Modf(double f)
    {
        if (f == 0) return (f, f);
        double i = Math.Truncate(f);
        double frac = f - i;
        // Both parts carry f's sign (-3.0 gives -3, -0).
        if (frac == 0) frac = Math.CopySign(0, f);
        return (i, frac);
    }

    private const double SmallestNormal = 2.2250738585072014e-308; // 2**-1022

    public static (double Frac, int Exp) Frexp(double f)
    {
        if (f == 0 || double.IsInfinity(f) || double.IsNaN(f)) return (f, 0);
        int exp = 0;
        if (Math.Abs(f) < SmallestNormal)
        {
            f *= 1L << 52;
            exp = -52;
        }
        ulong x = BitConverter.DoubleToUInt64Bits(f);
        exp += (int)((x >> 52) & 0x7FF) - 1023 + 1;
        x &= ~(0x7FFUL << 52);
        x |= 1022UL << 52;
        return (BitConverter.UInt64BitsToDouble(x), exp);
    }

    /// <summary>Go's Ldexp: frac × 2**exp, one rounding for denormal results.</summary>
    public static double Ldexp(double frac, long exp)
    {
        if (frac == 0 || double.IsInfinity(frac) || double.IsNaN(frac)) return frac;
        if (Math.Abs(frac) < SmallestNormal)
        {
            frac *= 1L << 52;
            exp -= 52;
        }
        ulong x = BitConverter.DoubleToUInt64Bits(frac);
        exp += (long)((x >> 52) & 0x7FF) - 1023;
        if (exp < -1075) return Math.CopySign(0, frac);
        if (exp > 1023) return frac < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        double m = 1;
        if (exp < -1022)
        {
            exp += 53;
            m = 1.0 / (1L << 53);
        }
        x &= ~(0x7FFUL << 52);
        x |= (ulong)(exp + 1023) << 52;
        return m * BitConverter.UInt64BitsToDouble(x);
    }

    private static bool IsOddInt(double x)
    {
        // Beyond 2**53 every float64 is an even integer.
        if (Math.Abs(x) >= 1L << 53) return false;
        var (xi, xf) = Modf(x);
        return xf == 0 && ((long)xi & 1) == 1;
    }

    /// <summary>Go's Pow: special cases, then x**yi by repeated squaring of Frexp's mantissa.</summary>
    public static double Pow(double x, double y)
    {
        if (y == 0 || x == 1) return 1;
        if (y == 1) return x;
        if (double.IsNaN(x) || double.IsNaN(y)) return Floats.GoNaN;
        if (x == 0)
        {
            if (y < 0) return IsOddInt(y) ? Math.CopySign(double.PositiveInfinity, x) : double.PositiveInfinity;
            if (y > 0) return IsOddInt(y) ? x : 0;
        }
        if (double.IsInfinity(y))
        {
            if (x == -1) return 1;
            if ((Math.Abs(x) < 1) == double.IsPositiveInfinity(y)) return 0;
            return double.PositiveInfinity;
        }
        if (double.IsInfinity(x))
        {
            if (double.IsNegativeInfinity(x)) return Pow(1 / x, -y); // Pow(-0, -y)
            if (y < 0) return 0;
            if (y > 0) return double.PositiveInfinity;
        }
        if (y == 0.5) return Math.Sqrt(x);
        if (y == -0.5) return 1 / Math.Sqrt(x);

        var (yi, yf) = Modf(Math.Abs(y));
        if (yf != 0 && x < 0) return Floats.GoNaN;
        if (yi >= 9.223372036854775808e18)
        {
            // A large even integer: overflow or underflow for every x but -1.
            if (x == -1) return 1;
            if ((Math.Abs(x) < 1) == (y > 0)) return 0;
            return double.PositiveInfinity;
        }

        // ans = a1 * 2**ae
        double a1 = 1;
        long ae = 0;
        if (yf != 0)
        {
            if (yf > 0.5)
            {
                yf--;
                yi++;
            }
            a1 = Math.Exp(yf * Log(x));
        }
        var (x1, xe0) = Frexp(x);
        long xe = xe0;
        for (long i = (long)yi; i != 0; i >>= 1)
        {
            if (xe < -(1 << 12) || (1 << 12) < xe)
            {
                // Catastrophic overflow: the result is tiny or huge anyway.
                ae += xe;
                break;
            }
            if ((i & 1) == 1)
            {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5)
            {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0)
        {
            a1 = 1 / a1;
            ae = -ae;
        }
        return Ldexp(a1, ae);
    }
}
