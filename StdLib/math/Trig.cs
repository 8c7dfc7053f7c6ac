using Minigo.StdLib.Support;

namespace Minigo.StdLib.GoMath;

/// <summary>
/// Go's trigonometric functions (Cephes algorithms, as in Go's sin.go, tan.go, atan.go,
/// asin.go, atan2.go), so that results match Go bit for bit: reduction modulo Pi/4 in
/// extended precision (Payne-Hanek for huge arguments), then polynomial approximations.
/// </summary>
public static class Trig
{
    private const double Pi = 3.14159265358979323846264338327950288419716939937510582097494459;

    private static readonly double[] SinCoeffs =
    [
        1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
    ];

    private static readonly double[] CosCoeffs =
    [
        -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
    ];

    // Pi/4 split into three parts for extended-precision reduction.
    private const double Pi4A = 7.85398125648498535156e-1, Pi4B = 3.77489470793079817668e-8, Pi4C = 2.69515142907905952645e-15;

    /// <summary>Beyond this, reduction needs Payne-Hanek: x*(4/Pi) loses the octant's bits.</summary>
    private const double ReduceThreshold = 1 << 29;

    /// <summary>x = j*(Pi/4) + z with j the octant (0..7) and |z| &lt;= Pi/4; zeros mapped to the origin.</summary>
    private static (ulong J, double Z) Reduce(double x)
    {
        if (x >= ReduceThreshold) return PayneHanek(x);
        ulong j = (ulong)(x * (4 / Pi));
        double y = j;
        if ((j & 1) == 1)
        {
            j++;
            y++;
        }
        j &= 7;
        return (j, ((x - y * Pi4A) - y * Pi4B) - y * Pi4C);
    }

    private static double SinPoly(double z, double zz) =>
        z + z * zz * ((((((SinCoeffs[0] * zz) + SinCoeffs[1]) * zz + SinCoeffs[2]) * zz + SinCoeffs[3]) * zz + SinCoeffs[4]) * zz + SinCoeffs[5]);

    private static double CosPoly(double zz) =>
        1.0 - 0.5 * zz + zz * zz * ((((((CosCoeffs[0] * zz) + CosCoeffs[1]) * zz + CosCoeffs[2]) * zz + CosCoeffs[3]) * zz + CosCoeffs[4]) * zz + CosCoeffs[5]);

    public static double Sin(double x)
    {
        if (x == 0 || double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return Floats.GoNaN;
        bool sign = false;
        if (x < 0)
        {
            x = -x;
            sign = true;
        }
        var (j, z) = Reduce(x);
        // Reflect in the x axis.
        if (j > 3)
        {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        double y = j == 1 || j == 2 ? CosPoly(zz) : SinPoly(z, zz);
        return sign ? -y : y;
    }

    public static double Cos(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return Floats.GoNaN;
        bool sign = false;
        x = Math.Abs(x);
        var (j, z) = Reduce(x);
        if (j > 3)
        {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) sign = !sign;
        double zz = z * z;
        double y = j == 1 || j == 2 ? SinPoly(z, zz) : CosPoly(zz);
        return sign ? -y : y;
    }

    private static readonly double[] TanP = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
    private static readonly double[] TanQ = [1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7];

    public static double Tan(double x)
    {
        if (x == 0 || double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return Floats.GoNaN;
        bool sign = false;
        if (x < 0)
        {
            x = -x;
            sign = true;
        }
        var (j, z) = Reduce(x);
        double zz = z * z;
        double y = zz > 1e-14
            ? z + z * (zz * (((TanP[0] * zz) + TanP[1]) * zz + TanP[2]) / ((((zz + TanQ[1]) * zz + TanQ[2]) * zz + TanQ[3]) * zz + TanQ[4]))
            : z;
        if ((j & 2) == 2) y = -1 / y;
        return sign ? -y : y;
    }

    /// <summary>The binary digits of 4/Pi: 4/Pi = Sum Pi4Bits[i] * 2**(-64*i).</summary>
    private static readonly ulong[] Pi4Bits =
    [
        0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
        0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
        0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
        0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10,
    ];

    /// <summary>
    /// Payne-Hanek reduction (Go's trigReduce): multiply the mantissa by the three 64-bit words
    /// of 4/Pi that matter at x's exponent, keeping the octant and the fraction.
    /// </summary>
    private static (ulong J, double Z) PayneHanek(double x)
    {
        const int shift = 52, bias = 1023;
        if (x < Pi / 4) return (0, x);
        ulong ix = BitConverter.DoubleToUInt64Bits(x);
        int exp = (int)((ix >> shift) & 0x7FF) - bias - shift;
        ix &= ~(0x7FFUL << shift);
        ix |= 1UL << shift;
        // The three words of 4/Pi such that the product's leading digit has exponent -61.
        int digit = (exp + 61) / 64, bitshift = (exp + 61) % 64;
        ulong z0 = (Pi4Bits[digit] << bitshift) | (bitshift == 0 ? 0 : Pi4Bits[digit + 1] >> (64 - bitshift));
        ulong z1 = (Pi4Bits[digit + 1] << bitshift) | (bitshift == 0 ? 0 : Pi4Bits[digit + 2] >> (64 - bitshift));
        ulong z2 = (Pi4Bits[digit + 2] << bitshift) | (bitshift == 0 ? 0 : Pi4Bits[digit + 3] >> (64 - bitshift));
        // The upper two words of the product.
        ulong z2hi = Math.BigMul(z2, ix, out _);
        ulong z1hi = Math.BigMul(z1, ix, out ulong z1lo);
        ulong z0lo = z0 * ix;
        ulong lo = z1lo + z2hi;
        ulong carry = lo < z1lo ? 1UL : 0UL;
        ulong hi = z0lo + z1hi + carry;
        // The top 3 bits are the octant.
        ulong j = hi >> 61;
        // The fraction as a float64.
        hi = (hi << 3) | (lo >> 61);
        int lz = System.Numerics.BitOperations.LeadingZeroCount(hi);
        ulong e = (ulong)(bias - (lz + 1));
        hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)));
        hi >>= 64 - shift;
        hi |= e << shift;
        double z = BitConverter.UInt64BitsToDouble(hi);
        if ((j & 1) == 1)
        {
            j++;
            j &= 7;
            z--;
        }
        return (j, z * (Pi / 4));
    }

    // ---- Inverse functions ----

    /// <summary>atan on [0, 0.66] by a rational approximation.</summary>
    private static double Xatan(double x)
    {
        const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01, P2 = -7.500855792314704667340e+01,
            P3 = -1.228866684490136173410e+02, P4 = -6.485021904942025371773e+01;
        const double Q0 = +2.485846490142306297962e+01, Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
            Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
        double z = x * x;
        z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
        return x * z + x;
    }

    /// <summary>atan of a non-negative argument, reduced to [0, 0.66].</summary>
    private static double Satan(double x)
    {
        const double Morebits = 6.123233995736765886130e-17; // Pi/2 = PIO2 + Morebits
        const double Tan3Pio8 = 2.41421356237309504880;       // tan(3*Pi/8)
        if (x <= 0.66) return Xatan(x);
        if (x > Tan3Pio8) return Pi / 2 - Xatan(1 / x) + Morebits;
        return Pi / 4 + Xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
    }

    public static double Atan(double x) => x == 0 ? x : x > 0 ? Satan(x) : -Satan(-x);

    public static double Asin(double x)
    {
        if (x == 0) return x;
        bool sign = false;
        if (x < 0)
        {
            x = -x;
            sign = true;
        }
        if (x > 1) return Floats.GoNaN;
        double temp = Math.Sqrt(1 - x * x);
        temp = x > 0.7 ? Pi / 2 - Satan(temp / x) : Satan(x / temp);
        return sign ? -temp : temp;
    }

    public static double Acos(double x) => Pi / 2 - Asin(x);

    public static double Atan2(double y, double x)
    {
        if (double.IsNaN(y) || double.IsNaN(x)) return Floats.GoNaN;
        if (y == 0) return x >= 0 && !double.IsNegative(x) ? Math.CopySign(0, y) : Math.CopySign(Pi, y);
        if (x == 0) return Math.CopySign(Pi / 2, y);
        if (double.IsInfinity(x))
        {
            if (double.IsPositiveInfinity(x)) return double.IsInfinity(y) ? Math.CopySign(Pi / 4, y) : Math.CopySign(0, y);
            return double.IsInfinity(y) ? Math.CopySign(3 * Pi / 4, y) : Math.CopySign(Pi, y);
        }
        if (double.IsInfinity(y)) return Math.CopySign(Pi / 2, y);
        double q = Atan(y / x);
        if (x < 0) return q <= 0 ? q + Pi : q - Pi;
        return q;
    }
}
