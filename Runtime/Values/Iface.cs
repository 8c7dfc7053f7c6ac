using System.Runtime.CompilerServices;

namespace Minigo.Runtime;

/// <summary>
/// A non-scalar value held in an interface: its dynamic type and its value. Immutable once
/// made; an aggregate inside is a private copy, so interface values can be shared freely.
/// </summary>
public sealed class Boxed(RType type, Slot value)
{
    public readonly RType Type = type;
    public readonly Slot Value = value;
}

/// <summary>
/// Interface values. In a Slot: R == null is the nil interface; R is an RType when the
/// dynamic type is scalar (the value is in N, so ints and bools box without allocating);
/// otherwise R is a <see cref="Boxed"/>.
/// </summary>
public static class Iface
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Slot Make(RType t, in Slot v)
    {
        if (t.Kind.IsScalar()) return new Slot(v.N, t);
        return new Slot(new Boxed(t, v));
    }

    /// <summary>Boxes a value whose aggregate box must not be shared (copies it).</summary>
    public static Slot MakeCopy(RType t, in Slot v) => Make(t, t.IsAggregate ? t.Clone(v) : v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RType? TypeOf(in Slot i) => i.R switch
    {
        null => null,
        RType t => t,
        _ => Unsafe.As<Boxed>(i.R).Type,
    };

    /// <summary>The dynamic value (aggregates: the shared box; clone before mutating).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Slot ValueOf(in Slot i) => i.R is Boxed b ? b.Value : new Slot(i.N);

    public static bool IsNil(in Slot i) => i.R == null;

    public static bool Equal(in Slot a, in Slot b)
    {
        var ta = TypeOf(a); var tb = TypeOf(b);
        if (ta == null || tb == null) return ta == tb;
        if (!ReferenceEquals(ta, tb)) return false;
        if (!ta.Comparable) throw new GoPanic(RuntimeErrors.Make("comparing uncomparable type " + ta));
        return ta.ValueEquals(ValueOf(a), ValueOf(b));
    }

    public static int Hash(in Slot i)
    {
        var t = TypeOf(i);
        if (t == null) return 0;
        if (!t.Comparable) throw new GoPanic(RuntimeErrors.Make("hash of unhashable type " + t));
        return RuntimeHelpers.GetHashCode(t) ^ t.ValueHash(ValueOf(i));
    }
}
