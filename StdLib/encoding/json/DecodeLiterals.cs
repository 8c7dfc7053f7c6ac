using System.Text;
using Minigo.Runtime;
using Minigo.StdLib.Strconv;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

internal sealed partial class DecodeState
{
    /// <summary>Go's fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, type).</summary>
    private static JsonError InvalidStringTag(ReadOnlySpan<byte> item, RType t) =>
        JsonError.Message("json: invalid use of ,string struct tag, trying to unmarshal " + QuoteBytes(item) + " into " + t);

    /// <summary>%q of a []byte.</summary>
    private static string QuoteBytes(ReadOnlySpan<byte> b) => Quote.QuoteString(Encoding.Latin1.GetString(b), (byte)'"', QuoteMode.Printable);

    /// <summary>
    /// A field with the `,string` option: the value must be a string holding the encoded
    /// value (or null), which is decoded in turn (Go's valueQuoted and the destring case).
    /// </summary>
    private void DecodeQuoted(in Loc subv)
    {
        switch (opcode)
        {
            case Scanner.BeginArray: case Scanner.BeginObject:
                Skip();
                ScanNext();
                break;
            case Scanner.BeginLiteral:
                var lit = LiteralInterface();
                if (lit.R == null)
                {
                    LiteralStore(ItemBytes.Of("null"), subv, false);
                    return;
                }
                if (ReferenceEquals(Iface.TypeOf(lit), BasicTypes.String))
                {
                    LiteralStore(ItemBytes.Of(Iface.ValueOf(lit).S), subv, true);
                    return;
                }
                break;
            default:
                throw new InvalidOperationException(PhasePanicMsg);
        }
        SaveError(JsonError.Message("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + subv.Type));
    }

    /// <summary>Stores the literal item (null, a bool, a string or a number) into v.</summary>
    private void LiteralStore(in ItemBytes item, in Loc v, bool fromQuoted)
    {
        var span = item.Span;
        // Check for unmarshaler.
        if (span.Length == 0)
        {
            // Empty string given.
            SaveError(InvalidStringTag(span, v.Type));
            return;
        }
        bool isNull = span[0] == 'n'; // null
        var target = Indirect(v, isNull);
        if (target.Unmarshaler != null)
        {
            CallUnmarshaler(target, target.Unmarshaler, item);
            return;
        }
        if (target.TextUnmarshaler != null)
        {
            if (span[0] != '"')
            {
                if (fromQuoted)
                {
                    SaveError(InvalidStringTag(span, v.Type));
                    return;
                }
                string val = span[0] switch { (byte)'n' => "null", (byte)'t' or (byte)'f' => "bool", _ => "number" };
                SaveError(JsonError.UnmarshalType(val, v.Type, ReadIndex));
                return;
            }
            if (!Unquote(span, out string text))
            {
                if (fromQuoted) throw Abort(InvalidStringTag(span, v.Type));
                throw new InvalidOperationException(PhasePanicMsg);
            }
            CallUnmarshaler(target, target.TextUnmarshaler, ItemBytes.Of(text));
            return;
        }

        var pv = target.Value;
        var t = pv.Type;
        byte c = span[0];
        switch (c)
        {
            case (byte)'n': // null
                // The main parser checks that only true and false can reach here, but if
                // this was a quoted string input, it could be anything.
                if (fromQuoted && !span.SequenceEqual("null"u8))
                {
                    SaveError(InvalidStringTag(span, pv.Type));
                    break;
                }
                if (t.Kind is Kind.Interface or Kind.Pointer or Kind.Map or Kind.Slice) pv.Set(default);
                // otherwise, ignore null for primitives/string
                break;
            case (byte)'t': case (byte)'f': // true, false
                bool value = c == 't';
                if (fromQuoted && !span.SequenceEqual("true"u8) && !span.SequenceEqual("false"u8))
                {
                    SaveError(InvalidStringTag(span, pv.Type));
                    break;
                }
                if (t.Kind == Kind.Bool) pv.Set(new Slot(value ? 1 : 0));
                else if (t.Kind == Kind.Interface && t.Methods.Length == 0) pv.Set(Iface.Make(BasicTypes.Bool, new Slot(value ? 1 : 0)));
                else if (fromQuoted && t.Kind != Kind.Interface) SaveError(InvalidStringTag(span, pv.Type));
                else SaveError(JsonError.UnmarshalType("bool", t, ReadIndex));
                break;
            case (byte)'"': // string
                if (!Unquote(span, out string s))
                {
                    if (fromQuoted) throw Abort(InvalidStringTag(span, pv.Type));
                    throw new InvalidOperationException(PhasePanicMsg);
                }
                StoreString(pv, s, span);
                break;
            default: // number
                if (c != '-' && c is < (byte)'0' or > (byte)'9')
                {
                    if (fromQuoted) throw Abort(InvalidStringTag(span, pv.Type));
                    throw new InvalidOperationException(PhasePanicMsg);
                }
                StoreNumber(pv, span, fromQuoted);
                break;
        }
    }

    private void StoreString(in Loc v, string s, ReadOnlySpan<byte> item)
    {
        var t = v.Type;
        switch (t.Kind)
        {
            case Kind.Slice when t.Elem!.Kind == Kind.Uint8:
            {
                var b = new byte[Base64Decoding.DecodedLen(s.Length)];
                int n = Base64Decoding.Decode(b, GoStrings.ToBytes(s), out long errAt);
                if (n < 0)
                {
                    SaveError(JsonError.Message("illegal base64 data at input byte " + errAt));
                    break;
                }
                v.Set(new Slot(new Slice(b, 0, n, b.Length)));
                break;
            }
            case Kind.String:
                if (ReferenceEquals(t, p.Number) && !NumberParsing.IsJsonNumber(s))
                    throw Abort(JsonError.Message("json: invalid number literal, trying to unmarshal " + QuoteBytes(item) + " into Number"));
                v.Set(new Slot(s));
                break;
            case Kind.Interface when t.Methods.Length == 0:
                v.Set(Iface.Make(BasicTypes.String, new Slot(s)));
                break;
            default:
                SaveError(JsonError.UnmarshalType("string", t, ReadIndex));
                break;
        }
    }

    private void StoreNumber(in Loc v, ReadOnlySpan<byte> item, bool fromQuoted)
    {
        var t = v.Type;
        var k = t.Kind;
        if (k == Kind.Interface)
        {
            if (!ConvertNumber(item, out var n, out var err))
            {
                SaveError(err!);
                return;
            }
            if (t.Methods.Length != 0)
            {
                SaveError(JsonError.UnmarshalType("number", t, ReadIndex));
                return;
            }
            v.Set(n);
        }
        else if (k.IsInteger())
        {
            bool unsigned = k.IsUnsigned();
            if (!NumberParsing.ParseInteger(item, unsigned, out long n) || Overflows(t, n, unsigned))
                SaveError(JsonError.UnmarshalType("number " + Encoding.Latin1.GetString(item), t, ReadIndex));
            else v.Set(new Slot(n));
        }
        else if (k.IsFloat())
        {
            int bits = k == Kind.Float32 ? 32 : 64;
            if (!NumberParsing.ParseFloat(item, bits, out double f) || (bits == 32 && Math.Abs(f) > float.MaxValue))
                SaveError(JsonError.UnmarshalType("number " + Encoding.Latin1.GetString(item), t, ReadIndex));
            else v.Set(Slot.FromFloat(f));
        }
        else if (k == Kind.String && ReferenceEquals(t, p.Number)) v.Set(new Slot(Encoding.Latin1.GetString(item)));
        else if (fromQuoted) throw Abort(InvalidStringTag(item, t));
        else SaveError(JsonError.UnmarshalType("number", t, ReadIndex));
    }

    /// <summary>A number for an interface: a float64, or a Number with UseNumber.</summary>
    private bool ConvertNumber(ReadOnlySpan<byte> s, out Slot value, out JsonError? err)
    {
        err = null;
        if (useNumber)
        {
            value = Iface.Make(p.Number, new Slot(Encoding.Latin1.GetString(s)));
            return true;
        }
        if (!NumberParsing.ParseFloat(s, 64, out double f))
        {
            value = default;
            err = JsonError.UnmarshalType("number " + Encoding.Latin1.GetString(s), BasicTypes.Float64, off);
            return false;
        }
        value = Iface.Make(BasicTypes.Float64, Slot.FromFloat(f));
        return true;
    }
}
