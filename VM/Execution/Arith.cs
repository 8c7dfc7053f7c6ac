using System.Numerics;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>Arithmetic with Go's exact semantics where it differs from C#'s.</summary>
internal static class Arith
{
    public static long DivI(long a, long b)
    {
        if (b == 0) throw RuntimeErrors.DivideByZero();
        return b == -1 ? unchecked(-a) : a / b; // MinInt64 / -1 wraps in Go; C# would throw
    }

    public static long RemI(long a, long b)
    {
        if (b == 0) throw RuntimeErrors.DivideByZero();
        return b == -1 ? 0 : a % b;
    }

    public static long DivU(long a, long b)
    {
        if (b == 0) throw RuntimeErrors.DivideByZero();
        return (long)((ulong)a / (ulong)b);
    }

    public static long RemU(long a, long b)
    {
        if (b == 0) throw RuntimeErrors.DivideByZero();
        return (long)((ulong)a % (ulong)b);
    }

    private static void CheckCount(long count, int unsignedCount)
    {
        if (unsignedCount == 0 && count < 0) throw RuntimeErrors.Panic("negative shift amount");
    }

    public static long Shl(long x, long count, int unsignedCount)
    {
        CheckCount(count, unsignedCount);
        return (ulong)count >= 64 ? 0 : x << (int)count;
    }

    public static long Shr(long x, long count, int unsignedCount)
    {
        CheckCount(count, unsignedCount);
        return (ulong)count >= 64 ? (x < 0 ? -1 : 0) : x >> (int)count;
    }

    public static long ShrU(long x, long count, int unsignedCount)
    {
        CheckCount(count, unsignedCount);
        return (ulong)count >= 64 ? 0 : (long)((ulong)x >> (int)count);
    }

    public static Slot Complex(in Slot a, in Slot b, int op)
    {
        var x = ((BoxedComplex)a.R!).Value;
        var y = ((BoxedComplex)b.R!).Value;
        Complex r = (op & 3) switch
        {
            0 => x + y,
            1 => x - y,
            2 => new Complex(x.Real * y.Real - x.Imaginary * y.Imaginary, x.Real * y.Imaginary + x.Imaginary * y.Real),
            _ => Divide(x, y),
        };
        if ((op & 4) != 0) r = new Complex((float)r.Real, (float)r.Imaginary);
        return new Slot(new BoxedComplex(r));
    }

    /// <summary>Go's complex division (runtime/complex.go), including its infinity and NaN rules.</summary>
    private static Complex Divide(Complex n, Complex m)
    {
        double e, f;
        if (Math.Abs(m.Real) >= Math.Abs(m.Imaginary))
        {
            double ratio = m.Imaginary / m.Real;
            double denom = m.Real + ratio * m.Imaginary;
            e = (n.Real + n.Imaginary * ratio) / denom;
            f = (n.Imaginary - n.Real * ratio) / denom;
        }
        else
        {
            double ratio = m.Real / m.Imaginary;
            double denom = m.Imaginary + ratio * m.Real;
            e = (n.Real * ratio + n.Imaginary) / denom;
            f = (n.Imaginary * ratio - n.Real) / denom;
        }
        if (double.IsNaN(e) && double.IsNaN(f))
        {
            double a = n.Real, b = n.Imaginary, c = m.Real, d = m.Imaginary;
            if (c == 0 && d == 0 && (!double.IsNaN(a) || !double.IsNaN(b)))
            {
                e = CopySign(double.PositiveInfinity, c) * a;
                f = CopySign(double.PositiveInfinity, c) * b;
            }
        }
        return new Complex(e, f);
    }

    private static double CopySign(double x, double y) => Math.CopySign(x, y);

    /// <summary>min/max over n values; `code` = 2*class + (1 for max): class 0 signed, 1 unsigned, 2 float, 3 string.</summary>
    public static Slot MinMax(Slot[] s, int first, int n, int code)
    {
        bool max = (code & 1) != 0;
        var best = s[first];
        for (int i = 1; i < n; i++)
        {
            var v = s[first + i];
            switch (code >> 1)
            {
                case 0: if (max ? v.N > best.N : v.N < best.N) best = v; break;
                case 1: if (max ? (ulong)v.N > (ulong)best.N : (ulong)v.N < (ulong)best.N) best = v; break;
                case 2:
                {
                    double a = best.F, b = v.F;
                    if (double.IsNaN(a)) break;
                    if (double.IsNaN(b)) { best = v; break; }
                    if (max ? (b > a || (b == 0 && a == 0 && !double.IsNegative(b))) : (b < a || (b == 0 && a == 0 && double.IsNegative(b)))) best = v;
                    break;
                }
                default:
                {
                    int c = string.CompareOrdinal(v.S, best.S);
                    if (max ? c > 0 : c < 0) best = v;
                    break;
                }
            }
        }
        return best;
    }
}
