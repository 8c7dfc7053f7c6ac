using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Fmt;

/// <summary>
/// Printing one operand (Go's printArg and printValue): nil, %T and %p first, then the
/// Error/String/GoString/Format methods, then the value by kind, recursively for composites.
/// </summary>
internal sealed partial class Printer
{
    /// <summary>The operand being printed, which a bad verb reports as %!verb(type=value).</summary>
    private RType? curType;
    private Slot curValue;

    /// <summary>Prints an operand held in an interface slot (an element of Print's ...any).</summary>
    public void PrintArg(in Slot arg, int verb)
    {
        var t = Iface.TypeOf(arg);
        if (t == null)
        {
            curType = null;
            curValue = default;
            if (verb == 'T' || verb == 'v') PadString("<nil>");
            else BadVerb(verb);
            return;
        }
        var v = Iface.ValueOf(arg);
        curType = t;
        curValue = v;
        switch (verb)
        {
            case 'T':
                FmtS(t.ToString());
                return;
            case 'p':
                FmtPointer(t, v, 'p');
                return;
        }
        if ((t.Methods.Length > 0 || verb == 'w') && HandleMethods(t, v, verb)) return;
        // Exactly []byte prints its type as Go spells it in source.
        if (t.Name == null && t.Kind == Kind.Slice && t.Elem!.Kind == Kind.Uint8 && t.Elem.Name == "uint8")
        {
            FmtBytes(t, v, verb, "[]byte");
            return;
        }
        PrintValue(t, v, verb, 0, false);
    }

    /// <summary>
    /// Prints a value of static type t. readOnly marks values reached through unexported struct
    /// fields: Go cannot call their methods (reflect's CanInterface), so neither do we.
    /// </summary>
    private void PrintValue(RType t, in Slot v, int verb, int depth, bool readOnly)
    {
        curType = t;
        curValue = v;
        // Methods at the top level were handled by PrintArg.
        if (depth > 0 && !readOnly && t.Methods.Length > 0 && t.Kind != Kind.Interface && HandleMethods(t, v, verb)) return;
        curType = t;
        curValue = v;
        switch (t.Kind)
        {
            case Kind.Bool:
                FmtBool(v.N != 0, verb);
                return;
            case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
                FmtIntegerVerb((ulong)v.N, true, verb);
                return;
            case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
                FmtIntegerVerb((ulong)v.N, false, verb);
                return;
            case Kind.Float32:
                FmtFloatVerb(v.F, 32, verb);
                return;
            case Kind.Float64:
                FmtFloatVerb(v.F, 64, verb);
                return;
            case Kind.Complex64: case Kind.Complex128:
                FmtComplexVerb((v.R as BoxedComplex)?.Value ?? default, t.Kind == Kind.Complex64 ? 64 : 128, verb);
                return;
            case Kind.String:
                FmtString(v.S, verb);
                return;
            case Kind.Map:
                PrintMap(t, v, verb, depth, readOnly);
                return;
            case Kind.Struct:
                PrintStruct(t, v, verb, depth, readOnly);
                return;
            case Kind.Interface:
                if (v.R == null)
                {
                    if (sharpV)
                    {
                        Buf.Append(t.ToString());
                        Buf.Append("(nil)");
                    }
                    else Buf.Append("<nil>");
                }
                else PrintValue(Iface.TypeOf(v)!, Iface.ValueOf(v), verb, depth + 1, readOnly);
                return;
            case Kind.Array: case Kind.Slice:
                PrintList(t, v, verb, depth, readOnly);
                return;
            case Kind.Pointer:
                // A pointer to a composite prints as &{...} at the top level only (deeper, it could loop).
                if (depth == 0 && v.R != null && t.Elem!.Kind is Kind.Array or Kind.Slice or Kind.Struct or Kind.Map)
                {
                    Buf.Append((byte)'&');
                    PrintValue(t.Elem, Deref(t.Elem, v), verb, depth + 1, readOnly);
                    return;
                }
                FmtPointer(t, v, verb);
                return;
            default:
                FmtPointer(t, v, verb);
                return;
        }
    }

    /// <summary>The value a non-nil pointer points to (aggregates: the box itself).</summary>
    private static Slot Deref(RType elem, in Slot p)
    {
        if (elem.IsAggregate) return new Slot(p.R);
        var s = RType.ArrayGet(p.R!, (int)p.N);
        if (elem.Kind == Kind.Int8) s.N = (sbyte)s.N;
        return s;
    }

    private static Slot ElemAt(RType elem, Array arr, int i)
    {
        switch (arr)
        {
            case long[] l: return new Slot(l[i]);
            case byte[] b: return new Slot(elem.Kind == Kind.Int8 ? (sbyte)b[i] : b[i]);
            default: return ((Slot[])arr)[i];
        }
    }

    private void PrintList(RType t, in Slot v, int verb, int depth, bool readOnly)
    {
        var elem = t.Elem!;
        // Byte slices and arrays print as text for %s, %q, %x and %X.
        if (verb is 's' or 'q' or 'x' or 'X' && elem.Kind == Kind.Uint8)
        {
            FmtBytes(t, v, verb, t.ToString());
            return;
        }
        Array? arr;
        int off, len;
        if (t.Kind == Kind.Array)
        {
            arr = (Array)v.R!;
            off = 0;
            len = t.Len;
        }
        else
        {
            var s = (Slice?)v.R;
            arr = s?.Array;
            off = s?.Offset ?? 0;
            len = s?.Length ?? 0;
        }
        if (sharpV)
        {
            Buf.Append(t.ToString());
            if (t.Kind == Kind.Slice && v.R == null)
            {
                Buf.Append("(nil)");
                return;
            }
            Buf.Append((byte)'{');
            for (int i = 0; i < len; i++)
            {
                if (i > 0) Buf.Append(", ");
                PrintValue(elem, ElemAt(elem, arr!, off + i), verb, depth + 1, readOnly);
            }
            Buf.Append((byte)'}');
            return;
        }
        Buf.Append((byte)'[');
        for (int i = 0; i < len; i++)
        {
            if (i > 0) Buf.Append((byte)' ');
            PrintValue(elem, ElemAt(elem, arr!, off + i), verb, depth + 1, readOnly);
        }
        Buf.Append((byte)']');
    }

    private void PrintStruct(RType t, in Slot v, int verb, int depth, bool readOnly)
    {
        if (sharpV) Buf.Append(t.ToString());
        Buf.Append((byte)'{');
        var box = (Slot[])v.R!;
        var fields = t.Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                if (sharpV) Buf.Append(", ");
                else Buf.Append((byte)' ');
            }
            var f = fields[i];
            if ((plusV || sharpV) && f.Name.Length > 0)
            {
                Buf.Append(f.Name);
                Buf.Append((byte)':');
            }
            bool ro = readOnly || !f.Exported;
            var fv = box[i];
            // A non-nil interface field prints as its dynamic value (Go's getField).
            if (f.Type.Kind == Kind.Interface && fv.R != null) PrintValue(Iface.TypeOf(fv)!, Iface.ValueOf(fv), verb, depth + 1, ro);
            else PrintValue(f.Type, fv, verb, depth + 1, ro);
        }
        Buf.Append((byte)'}');
    }

    private void PrintMap(RType t, in Slot v, int verb, int depth, bool readOnly)
    {
        var map = (Map?)v.R;
        if (sharpV)
        {
            Buf.Append(t.ToString());
            if (map == null)
            {
                Buf.Append("(nil)");
                return;
            }
            Buf.Append((byte)'{');
        }
        else Buf.Append("map[");
        if (map != null && map.Count > 0)
        {
            var entries = MapKeyOrder.SortedEntries(map, t.Key!);
            for (int i = 0; i < entries.Length; i++)
            {
                if (i > 0)
                {
                    if (sharpV) Buf.Append(", ");
                    else Buf.Append((byte)' ');
                }
                PrintValue(t.Key!, entries[i].Key, verb, depth + 1, readOnly);
                Buf.Append((byte)':');
                PrintValue(t.Elem!, entries[i].Value, verb, depth + 1, readOnly);
            }
        }
        Buf.Append(sharpV ? (byte)'}' : (byte)']');
    }

    private void BadVerb(int verb)
    {
        erroring = true;
        Buf.Append("%!");
        Buf.AppendRune(verb);
        Buf.Append((byte)'(');
        if (curType != null)
        {
            var t = curType;
            var v = curValue;
            Buf.Append(t.ToString());
            Buf.Append((byte)'=');
            PrintValue(t, v, 'v', 0, false);
        }
        else Buf.Append("<nil>");
        Buf.Append((byte)')');
        erroring = false;
    }

    private void FmtBool(bool v, int verb)
    {
        if (verb == 't' || verb == 'v') FmtBoolean(v);
        else BadVerb(verb);
    }

    /// <summary>%x with or without a leading 0x, whatever the # flag says (pointers, %#v of unsigned).</summary>
    private void Fmt0x64(ulong v, bool leading0x)
    {
        bool old = sharp;
        sharp = leading0x;
        FmtInteger(v, 16, false, 'v', LDigits);
        sharp = old;
    }

    private void FmtIntegerVerb(ulong v, bool isSigned, int verb)
    {
        switch (verb)
        {
            case 'v':
                if (sharpV && !isSigned) Fmt0x64(v, true);
                else FmtInteger(v, 10, isSigned, verb, LDigits);
                break;
            case 'd': FmtInteger(v, 10, isSigned, verb, LDigits); break;
            case 'b': FmtInteger(v, 2, isSigned, verb, LDigits); break;
            case 'o': case 'O': FmtInteger(v, 8, isSigned, verb, LDigits); break;
            case 'x': FmtInteger(v, 16, isSigned, verb, LDigits); break;
            case 'X': FmtInteger(v, 16, isSigned, verb, UDigits); break;
            case 'c': FmtC(v); break;
            case 'q': FmtQc(v); break;
            case 'U': FmtUnicode(v); break;
            default: BadVerb(verb); break;
        }
    }

    private void FmtFloatVerb(double v, int size, int verb)
    {
        switch (verb)
        {
            case 'v': FmtFloat(v, size, 'g', -1); break;
            case 'b': case 'g': case 'G': case 'x': case 'X': FmtFloat(v, size, verb, -1); break;
            case 'f': case 'e': case 'E': FmtFloat(v, size, verb, 6); break;
            case 'F': FmtFloat(v, size, 'f', 6); break;
            default: BadVerb(verb); break;
        }
    }

    private void FmtComplexVerb(System.Numerics.Complex v, int size, int verb)
    {
        switch (verb)
        {
            case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E':
                bool oldPlus = plus;
                Buf.Append((byte)'(');
                FmtFloatVerb(v.Real, size / 2, verb);
                // The imaginary part always has a sign.
                plus = true;
                FmtFloatVerb(v.Imaginary, size / 2, verb);
                Buf.Append("i)");
                plus = oldPlus;
                break;
            default:
                BadVerb(verb);
                break;
        }
    }

    private void FmtString(string v, int verb)
    {
        switch (verb)
        {
            case 'v':
                if (sharpV) FmtQ(v);
                else FmtS(v);
                break;
            case 's': FmtS(v); break;
            case 'x': FmtSbx(v, default, LDigits); break;
            case 'X': FmtSbx(v, default, UDigits); break;
            case 'q': FmtQ(v); break;
            default: BadVerb(verb); break;
        }
    }

    /// <summary>A byte slice or array (v holds a Slice or a byte[] box).</summary>
    private void FmtBytes(RType t, in Slot v, int verb, string typeString)
    {
        bool isNil;
        ReadOnlySpan<byte> b;
        if (t.Kind == Kind.Array)
        {
            b = ((byte[])v.R!).AsSpan(0, t.Len);
            isNil = false;
        }
        else
        {
            b = GoSlices.Bytes((Slice?)v.R);
            isNil = v.R == null;
        }
        switch (verb)
        {
            case 'v': case 'd':
                if (sharpV)
                {
                    Buf.Append(typeString);
                    if (isNil)
                    {
                        Buf.Append("(nil)");
                        return;
                    }
                    Buf.Append((byte)'{');
                    for (int i = 0; i < b.Length; i++)
                    {
                        if (i > 0) Buf.Append(", ");
                        Fmt0x64(b[i], true);
                    }
                    Buf.Append((byte)'}');
                }
                else
                {
                    Buf.Append((byte)'[');
                    for (int i = 0; i < b.Length; i++)
                    {
                        if (i > 0) Buf.Append((byte)' ');
                        FmtInteger(b[i], 10, false, verb, LDigits);
                    }
                    Buf.Append((byte)']');
                }
                return;
            case 's': FmtBs(b); return;
            case 'x': FmtSbx(null, b, LDigits); return;
            case 'X': FmtSbx(null, b, UDigits); return;
            case 'q': FmtQ(System.Text.Encoding.Latin1.GetString(b)); return;
            default:
                PrintList(t, v, verb, 0, false);
                return;
        }
    }

    private void FmtPointer(RType t, in Slot v, int verb)
    {
        ulong u;
        switch (t.Kind)
        {
            case Kind.Pointer:
                u = v.R == null ? 0 : t.Elem!.IsAggregate ? Addresses.Of(v.R) : Addresses.Of(v.R, v.N);
                break;
            case Kind.Slice:
            {
                var s = (Slice?)v.R;
                u = s == null ? 0 : Addresses.Of(s.Array, s.Offset, t.Elem!.Size);
                break;
            }
            case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.UnsafePointer:
                u = Addresses.Of(v.R);
                break;
            default:
                BadVerb(verb);
                return;
        }
        switch (verb)
        {
            case 'v':
                if (sharpV)
                {
                    Buf.Append((byte)'(');
                    Buf.Append(t.ToString());
                    Buf.Append(")(");
                    if (u == 0) Buf.Append("nil");
                    else Fmt0x64(u, true);
                    Buf.Append((byte)')');
                }
                else if (u == 0) PadString("<nil>");
                else Fmt0x64(u, !sharp);
                break;
            case 'p':
                Fmt0x64(u, !sharp);
                break;
            case 'b': case 'o': case 'd': case 'x': case 'X':
                FmtIntegerVerb(u, false, verb);
                break;
            default:
                BadVerb(verb);
                break;
        }
    }
}
