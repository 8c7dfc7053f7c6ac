using System.Runtime.CompilerServices;
using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// Encodes values of one type (Go's encoderFunc): v is the value, addr its location when it
/// is addressable (then pointer methods can be called), quoted the `,string` option.
/// </summary>
internal abstract class Encoder
{
    public abstract void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted);
}

/// <summary>
/// The encoder of each type, built once (Go's typeEncoder and newTypeEncoder): methods
/// first (MarshalJSON, then MarshalText, each through the address when only the pointer
/// type has it), then by kind.
/// </summary>
internal static class TypeEncoders
{
    private static readonly ConditionalWeakTable<RType, Encoder> Cache = new();

    public static Encoder For(RType t, JsonProgram p)
    {
        if (Cache.TryGetValue(t, out var enc)) return enc;
        // Types being built by this call, so recursive types refer to themselves; published when complete.
        var building = new Dictionary<RType, Encoder>(ReferenceEqualityComparer.Instance);
        enc = Get(t, p, building);
        foreach (var (bt, be) in building) Cache.TryAdd(bt, be);
        return enc;
    }

    private static Encoder Get(RType t, JsonProgram p, Dictionary<RType, Encoder> building)
    {
        if (Cache.TryGetValue(t, out var enc)) return enc;
        if (building.TryGetValue(t, out enc)) return enc;
        var indirect = new IndirectEncoder();
        building[t] = indirect;
        var real = New(t, p, true, building);
        indirect.Target = real;
        building[t] = real;
        return real;
    }

    private static Encoder New(RType t, JsonProgram p, bool allowAddr, Dictionary<RType, Encoder> building)
    {
        var ptrMethods = t.Kind != Kind.Pointer && allowAddr && t.PtrToThis != null ? Methods.Of(t.PtrToThis, p) : null;
        var methods = Methods.Of(t, p);
        if (ptrMethods?.MarshalJSON is { } pm)
            return new CondAddrEncoder(new MarshalerEncoder(t, pm, text: false, viaAddr: true), New(t, p, false, building));
        if (methods.MarshalJSON is { } m) return new MarshalerEncoder(t, m, text: false, viaAddr: false);
        if (ptrMethods?.MarshalText is { } ptm)
            return new CondAddrEncoder(new MarshalerEncoder(t, ptm, text: true, viaAddr: true), New(t, p, false, building));
        if (methods.MarshalText is { } tm) return new MarshalerEncoder(t, tm, text: true, viaAddr: false);

        switch (t.Kind)
        {
            case Kind.Bool: return BoolEncoder.Instance;
            case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
                return IntEncoder.Signed;
            case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
                return IntEncoder.Unsigned;
            case Kind.Float32: return FloatEncoder.Float32;
            case Kind.Float64: return FloatEncoder.Float64;
            case Kind.String: return ReferenceEquals(t, p.Number) ? StringEncoder.Number : StringEncoder.Plain;
            case Kind.Interface: return InterfaceEncoder.Instance;
            case Kind.Struct:
            {
                var fields = StructFields.For(t);
                var encoders = new Encoder[fields.List.Length];
                var se = new StructEncoder(t, fields, encoders);
                for (int i = 0; i < encoders.Length; i++) encoders[i] = Get(StructFields.TypeByIndex(t, fields.List[i].Index), p, building);
                return se;
            }
            case Kind.Map:
            {
                var key = t.Key!;
                if (!(key.Kind == Kind.String || key.Kind.IsInteger()) && Methods.Of(key, p).MarshalText == null)
                    return new UnsupportedTypeEncoder(t);
                return new MapEncoder(t, Get(t.Elem!, p, building), Methods.Of(key, p).MarshalText);
            }
            case Kind.Slice:
            {
                // []byte encodes as base64, unless its elements marshal themselves.
                if (t.Elem!.Kind == Kind.Uint8)
                {
                    var em = Methods.Of(t.Elem.PtrToThis ?? t.Elem, p);
                    if (em.MarshalJSON == null && em.MarshalText == null) return ByteSliceEncoder.Instance;
                }
                return new ListEncoder(t, Get(t.Elem, p, building));
            }
            case Kind.Array: return new ListEncoder(t, Get(t.Elem!, p, building));
            case Kind.Pointer: return new PtrEncoder(t, Get(t.Elem!, p, building));
            default: return new UnsupportedTypeEncoder(t);
        }
    }

    /// <summary>Stands for a type whose encoder is being built (a recursive type refers to itself).</summary>
    private sealed class IndirectEncoder : Encoder
    {
        public Encoder? Target;

        public override void Encode(EncodeState e, in Slot v, in Loc addr, bool quoted) => Target!.Encode(e, v, addr, quoted);
    }
}
