using System.Globalization;
using System.Text;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>The builtins print and println, which write to stderr in the runtime's own formats.</summary>
internal static class Printing
{
    public static void Print(Stream stderr, Slot[] s, int first, int n, RType[] types, bool newline)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (newline && i > 0) sb.Append(' ');
            Append(sb, s[first + i], types[i]);
        }
        if (newline) sb.Append('\n');
        GoStrings.Write(stderr, sb.ToString());
        stderr.Flush();
    }

    public static void Append(StringBuilder sb, in Slot v, RType t)
    {
        switch (t.Kind)
        {
            case Kind.Bool: sb.Append(v.N != 0 ? "true" : "false"); break;
            case Kind.String: sb.Append(v.S); break;
            case Kind.Float32: case Kind.Float64: sb.Append(Float(v.F)); break;
            case Kind.Complex64: case Kind.Complex128:
            {
                var c = ((BoxedComplex)v.R!).Value;
                sb.Append('(').Append(Float(c.Real)).Append(Float(c.Imaginary)).Append("i)");
                break;
            }
            case Kind.Interface:
                sb.Append(v.R == null ? "(0x0,0x0)" : $"(0x{Address(Iface.TypeOf(v)):x},0x{Address(v.R):x})");
                break;
            case Kind.Pointer: case Kind.Map: case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
                sb.Append(v.R == null ? "0x0" : $"0x{Address(v.R):x}");
                break;
            case Kind.Slice:
            {
                var sl = (Slice?)v.R;
                sb.Append($"[{sl?.Length ?? 0}/{sl?.Capacity ?? 0}]0x{(sl == null ? 0 : Address(sl.Array)):x}");
                break;
            }
            default:
                if (t.Kind.IsUnsigned()) sb.Append(((ulong)v.N).ToString(CultureInfo.InvariantCulture));
                else if (t.Kind.IsInteger()) sb.Append(v.N.ToString(CultureInfo.InvariantCulture));
                else sb.Append('?');
                break;
        }
    }

    public static string FloatPair(in Slot v)
    {
        var c = ((BoxedComplex)v.R!).Value;
        return "(" + Float(c.Real) + Float(c.Imaginary) + "i)";
    }

    private static long Address(object? o) => o == null ? 0 : 0xc000000000L + (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o) & 0xffffff) * 8;

    /// <summary>runtime.printfloat: "+1.500000e+000".</summary>
    public static string Float(double v)
    {
        if (double.IsNaN(v)) return "NaN";
        if (double.IsPositiveInfinity(v)) return "+Inf";
        if (double.IsNegativeInfinity(v)) return "-Inf";
        const int digits = 7;
        var buf = new char[14];
        buf[0] = '+';
        int e = 0;
        if (v == 0) { if (double.IsNegative(v)) buf[0] = '-'; }
        else
        {
            if (v < 0) { v = -v; buf[0] = '-'; }
            while (v >= 10) { e++; v /= 10; }
            while (v < 1) { e--; v *= 10; }
            double h = 5.0;
            for (int i = 0; i < digits; i++) h /= 10;
            v += h;
            if (v >= 10) { e++; v /= 10; }
        }
        for (int i = 0; i < digits; i++)
        {
            int d = (int)v;
            buf[i + 2] = (char)(d + '0');
            v -= d;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[9] = 'e';
        buf[10] = '+';
        if (e < 0) { e = -e; buf[10] = '-'; }
        buf[11] = (char)(e / 100 + '0');
        buf[12] = (char)(e / 10 % 10 + '0');
        buf[13] = (char)(e % 10 + '0');
        return new string(buf);
    }
}
