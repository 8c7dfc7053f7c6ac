using System.Runtime.CompilerServices;
using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>
/// The methods json calls (MarshalJSON, MarshalText, UnmarshalJSON, UnmarshalText) when a
/// type implements the interface that declares them, found once per type; and calling them
/// from native code.
/// </summary>
internal sealed class Methods
{
    public RMethod? MarshalJSON, MarshalText, UnmarshalJSON, UnmarshalText;

    private static readonly Methods None = new();
    private static readonly ConditionalWeakTable<RType, Methods> Cache = new();

    /// <summary>The methods of t's method set that implement json's interfaces.</summary>
    public static Methods Of(RType t, JsonProgram p)
    {
        if (t.Methods.Length == 0) return None;
        if (Cache.TryGetValue(t, out var found)) return found;
        return Cache.GetValue(t, _ => new Methods
        {
            MarshalJSON = Implementing(t, p.Marshaler),
            MarshalText = Implementing(t, p.TextMarshaler),
            UnmarshalJSON = Implementing(t, p.Unmarshaler),
            UnmarshalText = Implementing(t, p.TextUnmarshaler),
        });
    }

    /// <summary>The methods of *t (reflect.PointerTo(t)); without *t in the program, t's own (then *t has no more).</summary>
    public static Methods OfPointerTo(RType t, JsonProgram p) => Of(t.PtrToThis ?? t, p);

    /// <summary>The method of iface (a one-method interface) if t implements it.</summary>
    private static RMethod? Implementing(RType t, RType iface)
    {
        var im = iface.Methods[0];
        var m = t.FindMethod(im.Name);
        if (m == null) return null;
        if (t.Kind == Kind.Interface)
            return m.Signature == null || im.Signature == null || m.Signature.ToString() == im.Signature.ToString() ? m : null;
        return Types.Implements(t, iface) ? m : null;
    }

    /// <summary>Calls MarshalJSON or MarshalText: (bytes, error).</summary>
    public static (Slice? Bytes, Slot Err) CallMarshal(IGoContext ctx, RMethod m, RType recvType, in Slot recv)
    {
        Span<Slot> args = [Receiver(recvType, recv)];
        Span<Slot> results = [default, default];
        ctx.Call(m, args, results);
        return ((Slice?)results[0].R, results[1]);
    }

    /// <summary>Calls UnmarshalJSON or UnmarshalText with data; returns the error.</summary>
    public static Slot CallUnmarshal(IGoContext ctx, RMethod m, RType recvType, in Slot recv, Slice data)
    {
        Span<Slot> args = [Receiver(recvType, recv), new(data)];
        Span<Slot> results = [default];
        ctx.Call(m, args, results);
        return results[0];
    }

    /// <summary>A value receiver gets its own copy of an aggregate.</summary>
    private static Slot Receiver(RType t, in Slot v) => t.IsAggregate ? t.Clone(v) : v;
}
