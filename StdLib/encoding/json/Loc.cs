using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// An addressable location holding a value of type <see cref="Type"/> (reflect's addressable
/// Value): for an aggregate, its box (Index -1); otherwise element Index of Container (a
/// struct box, a heap cell or a backing array). Decoding stores through it, and both
/// directions take its address to call pointer methods. A default Loc (no Container) is
/// "not addressable" (for decoding: no value, Go's invalid reflect.Value). ReadOnly marks a
/// location that holds a value but cannot be assigned (the pointer passed to Unmarshal).
/// </summary>
internal readonly struct Loc(RType type, object container, int index, bool readOnly = false)
{
    public readonly RType Type = type;
    public readonly object Container = container;
    public readonly int Index = index;
    public readonly bool ReadOnly = readOnly;

    public bool CanAddr => Container != null;
    public bool IsValid => Container != null;

    /// <summary>Element i of a container holding values of type t (a struct box's field, an array's element).</summary>
    public static Loc At(RType t, object container, int i) =>
        t.IsAggregate ? new Loc(t, ((Slot[])container)[i].R!, -1) : new Loc(t, container, i);

    /// <summary>What a non-nil pointer of type ptrType points to.</summary>
    public static Loc Deref(RType ptrType, in Slot p)
    {
        var elem = ptrType.Elem!;
        return elem.IsAggregate ? new Loc(elem, p.R!, -1) : new Loc(elem, p.R!, (int)p.N);
    }

    /// <summary>The value stored (an aggregate: its box, shared).</summary>
    public Slot Get()
    {
        if (Index < 0) return new Slot(Container);
        var s = RType.ArrayGet(Container, Index);
        if (Type.Kind == Kind.Int8 && Container is byte[]) s.N = (sbyte)s.N;
        return s;
    }

    /// <summary>Stores v (an aggregate is copied into the box in place).</summary>
    public void Set(in Slot v)
    {
        if (Index < 0) Type.CopyInto(Container, v.R!);
        else RType.ArraySet(Container, Index, v);
    }

    /// <summary>The pointer to this location.</summary>
    public Slot Addr() => Index < 0 ? new Slot(Container) : new Slot(Index, Container);
}
