using System.Buffers.Text;
using System.Globalization;
using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>Structs as objects of their JSON fields (see StructFields), skipping omitempty fields that are empty.</summary>
internal sealed class StructEncoder(RType t, StructFields fields, Encoder[] encoders) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        byte next = (byte)'{';
        var list = fields.List;
        for (int i = 0; i < list.Length; i++)
        {
            var f = list[i];
            if (!FieldValue(t, v, addr.CanAddr, f.Index, out var ft, out var fv, out var floc)) continue;
            if (f.OmitEmpty && IsEmpty(ft, fv)) continue;
            e.Buf.Append(next);
            next = (byte)',';
            e.Buf.Append(e.EscapeHTML ? f.NameEscHtml : f.NameNonEsc);
            encoders[i].Encode(e, fv, floc, f.Quoted);
        }
        if (next == '{') e.Buf.Append("{}");
        else e.Buf.Append((byte)'}');
    }

    /// <summary>
    /// Follows a field's index path from struct value v: false if it goes through a nil
    /// embedded pointer. Fields are addressable if the struct is, or through a pointer.
    /// </summary>
    private static bool FieldValue(RType t, in Slot v, bool canAddr, int[] index, out RType ft, out Slot fv, out Loc floc)
    {
        ft = t;
        fv = v;
        floc = default;
        foreach (int k in index)
        {
            if (ft.Kind == Kind.Pointer)
            {
                if (fv.R == null) return false;
                ft = ft.Elem!;
                canAddr = true;
            }
            var box = (Slot[])fv.R!;
            ft = ft.Fields[k].Type;
            fv = box[k];
            floc = canAddr ? Loc.At(ft, box, k) : default;
        }
        return true;
    }

    /// <summary>Go's isEmptyValue, for omitempty.</summary>
    private static bool IsEmpty(RType t, in Slot v) => t.Kind switch
    {
        Kind.Array => t.Len == 0,
        Kind.Map => v.R == null || ((Map)v.R).Count == 0,
        Kind.Slice => v.R == null || ((Slice)v.R).Length == 0,
        Kind.String => v.S.Length == 0,
        Kind.Float32 or Kind.Float64 => v.F == 0,
        Kind.Interface or Kind.Pointer => v.R == null,
        _ when t.Kind.IsScalar() => v.N == 0,
        _ => false,
    };
}

/// <summary>
/// Maps as objects: keys are strings, integers in decimal, or MarshalText's text; sorted
/// bytewise by that text.
/// </summary>
internal sealed class MapEncoder(RType t, Encoder elem, RMethod? keyMarshalText) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        if (v.R == null)
        {
            e.Buf.Append("null");
            return;
        }
        var map = (Map)v.R;
        bool tracked = e.Enter(map, 0, 0, t);
        e.Buf.Append((byte)'{');
        var entries = new (string Key, Slot Value)[map.Count];
        int n = 0;
        foreach (var (k, val) in map.Entries) entries[n++] = (KeyString(e, k), val);
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (int i = 0; i < entries.Length; i++)
        {
            if (i > 0) e.Buf.Append((byte)',');
            e.String(entries[i].Key, e.EscapeHTML);
            e.Buf.Append((byte)':');
            elem.Encode(e, entries[i].Value, default, quoted);
        }
        e.Buf.Append((byte)'}');
        e.Leave(map, 0, 0, tracked);
    }

    /// <summary>Go's reflectWithString.resolve.</summary>
    private string KeyString(EncodeState e, in Slot k)
    {
        var kt = t.Key!;
        if (kt.Kind == Kind.String) return k.S;
        if (keyMarshalText != null)
        {
            if (kt.Kind == Kind.Pointer && k.R == null) return "";
            var (bytes, err) = Methods.CallMarshal(e.Ctx, keyMarshalText, kt, k);
            if (err.R != null) throw EncodeState.Fail(new JsonError { Kind = JsonError.Kinds.MapKey, A = t.ToString(), Err = err });
            return GoSlices.ToGoString(bytes);
        }
        return kt.Kind.IsUnsigned() ? ((ulong)k.N).ToString(CultureInfo.InvariantCulture) : k.N.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>[]byte as a base64 string (standard encoding, padded).</summary>
internal sealed class ByteSliceEncoder : Encoder
{
    public static readonly ByteSliceEncoder Instance = new();

    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        if (v.R == null)
        {
            e.Buf.Append("null");
            return;
        }
        var src = GoSlices.Bytes((Slice)v.R);
        var encoded = new byte[Base64.GetMaxEncodedToUtf8Length(src.Length)];
        Base64.EncodeToUtf8(src, encoded, out _, out int written);
        e.Buf.Append((byte)'"');
        e.Buf.Append(encoded.AsSpan(0, written));
        e.Buf.Append((byte)'"');
    }
}

/// <summary>Slices and arrays as JSON arrays (a nil slice is null). Slice elements are addressable.</summary>
internal sealed class ListEncoder(RType t, Encoder elem) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        Array arr;
        int off, len;
        bool canAddr, tracked = false;
        if (t.Kind == Kind.Slice)
        {
            if (v.R == null)
            {
                e.Buf.Append("null");
                return;
            }
            var s = (Slice)v.R;
            (arr, off, len, canAddr) = (s.Array, s.Offset, s.Length, true);
            tracked = e.Enter(arr, off, len, t);
        }
        else (arr, off, len, canAddr) = ((Array)v.R!, 0, t.Len, addr.CanAddr);
        var et = t.Elem!;
        e.Buf.Append((byte)'[');
        for (int i = 0; i < len; i++)
        {
            if (i > 0) e.Buf.Append((byte)',');
            var loc = canAddr ? Loc.At(et, arr, off + i) : default;
            elem.Encode(e, t.ElemGet(arr, off + i), loc, quoted);
        }
        e.Buf.Append((byte)']');
        if (t.Kind == Kind.Slice) e.Leave(arr, off, len, tracked);
    }
}

internal sealed class PtrEncoder(RType t, Encoder elem) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        if (v.R == null)
        {
            e.Buf.Append("null");
            return;
        }
        bool tracked = e.Enter(v.R, v.N, 0, t);
        var target = Loc.Deref(t, v);
        elem.Encode(e, target.Get(), target, quoted);
        e.Leave(v.R, v.N, 0, tracked);
    }
}
