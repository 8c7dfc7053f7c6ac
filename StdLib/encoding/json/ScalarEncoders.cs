using System.Globalization;
using Minigo.Runtime;
using Minigo.StdLib.Strconv;

namespace Minigo.StdLib.Json;

internal sealed class BoolEncoder : Encoder
{
    public static readonly BoolEncoder Instance = new();

    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        if (quoted) e.Buf.Append((byte)'"');
        e.Buf.Append(v.N != 0 ? "true" : "false");
        if (quoted) e.Buf.Append((byte)'"');
    }
}

internal sealed class IntEncoder(bool signed) : Encoder
{
    public static readonly IntEncoder Signed = new(true), Unsigned = new(false);

    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        Span<byte> digits = stackalloc byte[20];
        int n;
        if (signed) v.N.TryFormat(digits, out n, default, CultureInfo.InvariantCulture);
        else ((ulong)v.N).TryFormat(digits, out n, default, CultureInfo.InvariantCulture);
        if (quoted) e.Buf.Append((byte)'"');
        e.Buf.Append(digits[..n]);
        if (quoted) e.Buf.Append((byte)'"');
    }
}

/// <summary>
/// Floats as ES6 formats numbers: shortest representation, 'f' format from 1e-6 to 1e21,
/// 'e' outside with a one-digit exponent where possible (1e-7, not 1e-07).
/// </summary>
internal sealed class FloatEncoder(int bits) : Encoder
{
    public static readonly FloatEncoder Float32 = new(32), Float64 = new(64);

    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        double f = v.F;
        if (double.IsInfinity(f) || double.IsNaN(f))
            throw EncodeState.Fail(new JsonError { Kind = JsonError.Kinds.UnsupportedValue, A = FloatFormat.Format(f, (byte)'g', -1, bits) });
        double abs = Math.Abs(f);
        byte fmt = (byte)'f';
        if (abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && ((float)abs < 1e-6f || (float)abs >= 1e21f)))
            fmt = (byte)'e';
        if (quoted) e.Buf.Append((byte)'"');
        var buf = e.Buf;
        FloatFormat.Append(buf, f, fmt, -1, bits);
        if (fmt == 'e')
        {
            // clean up e-09 to e-9
            int n = buf.Length;
            if (n >= 4 && buf.Data[n - 4] == 'e' && buf.Data[n - 3] == '-' && buf.Data[n - 2] == '0')
            {
                buf.Data[n - 2] = buf.Data[n - 1];
                buf.Length--;
            }
        }
        if (quoted) e.Buf.Append((byte)'"');
    }
}

internal sealed class StringEncoder(bool number) : Encoder
{
    public static readonly StringEncoder Plain = new(false), Number = new(true);

    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        string s = v.S;
        if (number)
        {
            // json.Number: the literal itself; the zero value is 0.
            if (s == "") s = "0";
            if (!NumberParsing.IsJsonNumber(s))
                throw EncodeState.Fail(JsonError.Message("json: invalid number literal " + Quote.QuoteString(s, (byte)'"', QuoteMode.Printable)));
            if (quoted) e.Buf.Append((byte)'"');
            e.Buf.Append(s);
            if (quoted) e.Buf.Append((byte)'"');
            return;
        }
        if (quoted)
        {
            // The string's JSON encoding, itself encoded as a JSON string.
            int start = e.Buf.Length;
            e.String(s, e.EscapeHTML);
            string inner = e.Buf.ToString(start);
            e.Buf.Length = start;
            e.String(inner, false);
            return;
        }
        e.String(s, e.EscapeHTML);
    }
}

internal sealed class InterfaceEncoder : Encoder
{
    public static readonly InterfaceEncoder Instance = new();

    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        var t = Iface.TypeOf(v);
        if (t == null)
        {
            e.Buf.Append("null");
            return;
        }
        // The dynamic value is not addressable.
        TypeEncoders.For(t, e.Program).Encode(e, Iface.ValueOf(v), default, quoted);
    }
}

/// <summary>Channels, functions, complex numbers and maps with other keys: *UnsupportedTypeError.</summary>
internal sealed class UnsupportedTypeEncoder(RType t) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted) =>
        throw EncodeState.Fail(new JsonError { Kind = JsonError.Kinds.UnsupportedType, A = t.ToString() });
}
