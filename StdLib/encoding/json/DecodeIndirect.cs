using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// Where Indirect ends: an UnmarshalJSON or UnmarshalText method to call on Recv, or the
/// location a value of a basic or composite kind is stored in.
/// </summary>
internal readonly struct Target(RMethod? unmarshaler, RMethod? textUnmarshaler, RType? recvType, Slot recv, Loc value)
{
    public readonly RMethod? Unmarshaler = unmarshaler;
    public readonly RMethod? TextUnmarshaler = textUnmarshaler;
    public readonly RType? RecvType = recvType;
    public readonly Slot Recv = recv;
    public readonly Loc Value = value;
}

internal sealed partial class DecodeState
{
    /// <summary>
    /// Go's indirect: walks down v through pointers, allocating nil ones, and through
    /// interfaces holding non-nil pointers, to a location of a non-pointer type. It stops
    /// early at a type (or its pointer type, v being addressable) with UnmarshalJSON, or with
    /// UnmarshalText unless decoding null. When decodingNull, it stops at the last settable
    /// pointer, so that null can clear it.
    /// </summary>
    private Target Indirect(in Loc v0, bool decodingNull)
    {
        // The current value: its type, the value, and its location when it has a settable one.
        RType t;
        Slot cur;
        Loc loc;
        bool settable;
        bool haveAddr = false;
        // A named type's location: start with its address, so that pointer methods are found.
        if (v0.Type.Kind != Kind.Pointer && v0.Type.Name != null && v0.Type.PtrToThis != null)
        {
            haveAddr = true;
            (t, cur, loc, settable) = (v0.Type.PtrToThis, v0.Addr(), default, false);
        }
        else
        {
            if (v0.Type.Kind is not (Kind.Pointer or Kind.Interface) && v0.Type.Methods.Length > 0)
            {
                // No *T in the program: *T's methods are T's own.
                var m = Methods.Of(v0.Type, p);
                if (m.UnmarshalJSON != null) return new Target(m.UnmarshalJSON, null, v0.Type, v0.Get(), default);
                if (!decodingNull && m.UnmarshalText != null) return new Target(null, m.UnmarshalText, v0.Type, v0.Get(), default);
            }
            (t, cur, loc, settable) = (v0.Type, v0.Get(), v0, !v0.ReadOnly);
        }

        while (true)
        {
            // Load value from interface, but only if the result will be usefully addressable.
            if (t.Kind == Kind.Interface && cur.R != null)
            {
                var et = Iface.TypeOf(cur)!;
                var e = Iface.ValueOf(cur);
                if (et.Kind == Kind.Pointer && e.R != null && (!decodingNull || et.Elem!.Kind == Kind.Pointer))
                {
                    haveAddr = false;
                    (t, cur, loc, settable) = (et, e, default, false);
                    continue;
                }
            }
            if (t.Kind != Kind.Pointer) break;
            if (decodingNull && settable) break;

            // Prevent infinite loop if v is an interface pointing to its own address:
            //     var v any
            //     v = &v
            if (t.Elem!.Kind == Kind.Interface && cur.R != null)
            {
                var inner = Loc.Deref(t, cur);
                var iv = inner.Get();
                if (ReferenceEquals(Iface.TypeOf(iv), t) && Iface.ValueOf(iv) is var ip && ReferenceEquals(ip.R, cur.R) && ip.N == cur.N)
                {
                    loc = inner;
                    break;
                }
            }
            if (cur.R == null)
            {
                cur = NewPointer(t.Elem);
                loc.Set(cur);
            }
            if (t.Methods.Length > 0)
            {
                var m = Methods.Of(t, p);
                if (m.UnmarshalJSON != null) return new Target(m.UnmarshalJSON, null, t, cur, default);
                if (!decodingNull && m.UnmarshalText != null) return new Target(null, m.UnmarshalText, t, cur, default);
            }
            if (haveAddr)
            {
                // Back to the original value after the round trip through its address.
                (t, cur, loc, settable) = (v0.Type, v0.Get(), v0, !v0.ReadOnly);
                haveAddr = false;
            }
            else
            {
                loc = Loc.Deref(t, cur);
                (t, cur, settable) = (loc.Type, loc.Get(), true);
            }
        }
        return new Target(null, null, null, default, loc);
    }
}
