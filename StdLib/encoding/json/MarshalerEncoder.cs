using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// Values of a type with MarshalJSON (or MarshalText: text) in its method set, or in its
/// pointer type's (viaAddr: the method is called on the value's address). MarshalJSON's
/// output is checked and compacted; MarshalText's is encoded as a string.
/// </summary>
internal sealed class MarshalerEncoder(RType t, RMethod method, bool text, bool viaAddr) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        RType recvType = t;
        Slot recv = v;
        var m = method;
        if (viaAddr)
        {
            recvType = t.PtrToThis!;
            recv = addr.Addr();
        }
        else if (t.Kind == Kind.Pointer && v.R == null)
        {
            e.Buf.Append("null");
            return;
        }
        else if (t.Kind == Kind.Interface)
        {
            // An interface whose method set has the method: call the dynamic value's.
            var dyn = Iface.TypeOf(v);
            if (dyn == null)
            {
                e.Buf.Append("null");
                return;
            }
            recvType = dyn;
            recv = Iface.ValueOf(v);
            var dm = Methods.Of(dyn, e.Program);
            m = (text ? dm.MarshalText : dm.MarshalJSON)!;
        }
        var (bytes, err) = Methods.CallMarshal(e.Ctx, m, recvType, recv);
        string source = text ? "MarshalText" : "MarshalJSON";
        if (err.R != null) throw EncodeState.Fail(new JsonError { Kind = JsonError.Kinds.Marshaler, A = t.ToString(), B = source, Err = err });
        if (text)
        {
            e.StringBytes(bytes, e.EscapeHTML);
            return;
        }
        var scan = e.Scanner;
        if (!Layout.Compact(e.Buf, Support.GoSlices.Bytes(bytes), e.EscapeHTML, scan))
            throw EncodeState.Fail(new JsonError
            {
                Kind = JsonError.Kinds.Marshaler, A = t.ToString(), B = source, Inner = JsonError.Syntax(scan.Err!, scan.ErrOffset),
            });
    }
}

/// <summary>Go's condAddrEncoder: the first encoder for addressable values, the second otherwise.</summary>
internal sealed class CondAddrEncoder(Encoder canAddr, Encoder other) : Encoder
{
    public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted)
    {
        if (addr.CanAddr) canAddr.Encode(e, v, addr, quoted);
        else other.Encode(e, v, addr, quoted);
    }
}
