using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Minigo.Runtime;

/// <summary>A struct field as the runtime sees it.</summary>
public sealed record RField(string Name, RType Type, bool Embedded, string Tag, bool Exported);

/// <summary>
/// A method of a concrete type, or of an interface (then Fn is null). <see cref="Fn"/> is
/// the VM's callable (a compiled function or a native); its first parameter is the
/// receiver, of exactly the type that owns this entry (the compiler makes wrappers for
/// promoted methods and for value methods called through pointers).
/// </summary>
public sealed class RMethod(string name, RType? signature, object? fn)
{
    public string Name { get; } = name;
    public RType? Signature { get; set; } = signature;
    public object? Fn { get; set; } = fn;
}

/// <summary>
/// The run-time description of a Go type: what interfaces, fmt, maps and type switches
/// need. Created by the compiler from its checked types; identical types share one RType
/// (the compiler interns them), so type identity is reference equality.
/// </summary>
public sealed class RType
{
    public Kind Kind { get; }
    /// <summary>For named types: "main.Point", "int", "error"; null for type literals.</summary>
    public string? Name { get; set; }
    public RType? Elem { get; set; }
    public RType? Key { get; set; }
    public int Len { get; set; }
    public RField[] Fields { get; set; } = [];
    public RType[] Params { get; set; } = [];
    public RType[] Results { get; set; } = [];
    public bool Variadic { get; set; }
    public int ChanDir { get; set; } // 0 both, 1 send-only, 2 recv-only
    /// <summary>Interfaces: the method set (sorted by name). Concrete types: methods with Fn.</summary>
    public RMethod[] Methods { get; set; } = [];
    /// <summary>The type-checker's identity string, used to intern types.</summary>
    public string? Id { get; set; }
    /// <summary>
    /// The pointer type *T when the program has it (reflect's ptrToThis): the compiler also maps
    /// it for named types whose pointer methods an interface of the program declares, so
    /// natives that call methods of addressable values (encoding/json's UnmarshalJSON) find
    /// *T's method table.
    /// </summary>
    public RType? PtrToThis { get; set; }

    private Dictionary<string, RMethod>? methodsByName;
    private string? text;

    public RType(Kind kind) { Kind = kind; }

    public Storage ElemStorage => Elem!.Kind.StorageOf();
    public bool IsAggregate => Kind is Kind.Struct or Kind.Array;
    public bool IsNamed => Name != null;

    public RMethod? FindMethod(string name)
    {
        if (Methods.Length == 0) return null;
        methodsByName ??= Methods.ToDictionary(m => m.Name);
        return methodsByName.GetValueOrDefault(name);
    }

    public void ResetMethodCache() => methodsByName = null;

    // ---- Type strings, as Go's %T and panic messages print them ----

    public override string ToString() => text ??= BuildString();

    private string BuildString()
    {
        if (Name != null) return Name;
        switch (Kind)
        {
            case Kind.Pointer: return "*" + Elem;
            case Kind.Slice: return "[]" + Elem;
            case Kind.Array: return $"[{Len}]{Elem}";
            case Kind.Map: return $"map[{Key}]{Elem}";
            case Kind.Chan:
                return ChanDir switch { 1 => "chan<- ", 2 => "<-chan ", _ => Elem!.Kind == Kind.Chan && Elem.ChanDir == 2 ? "chan (" : "chan " }
                       + Elem + (ChanDir == 0 && Elem!.Kind == Kind.Chan && Elem.ChanDir == 2 ? ")" : "");
            case Kind.Func: return "func" + SignatureString();
            case Kind.Interface:
                if (Methods.Length == 0) return "interface {}";
                return "interface { " + string.Join("; ", Methods.Select(m => m.Name + m.Signature!.SignatureString())) + " }";
            case Kind.Struct:
                if (Fields.Length == 0) return "struct {}";
                var sb = new StringBuilder("struct { ");
                for (int i = 0; i < Fields.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    var f = Fields[i];
                    if (f.Embedded) sb.Append(f.Type);
                    else sb.Append(f.Name).Append(' ').Append(f.Type);
                    if (f.Tag.Length > 0) sb.Append(' ').Append(Quote(f.Tag));
                }
                return sb.Append(" }").ToString();
            default: return Kind.ToString().ToLowerInvariant();
        }
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public string SignatureString()
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < Params.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (Variadic && i == Params.Length - 1) sb.Append("...").Append(Params[i].Elem);
            else sb.Append(Params[i]);
        }
        sb.Append(')');
        if (Results.Length == 1) sb.Append(' ').Append(Results[0]);
        else if (Results.Length > 1) sb.Append(" (").Append(string.Join(", ", Results.Select(r => r.ToString()))).Append(')');
        return sb.ToString();
    }

    // ---- Go's memory layout on amd64 (used where Go's behaviour depends on it: append's capacity rounding) ----

    private long size = -1;
    public long Size => size >= 0 ? size : size = ComputeSize();
    public int Align => Kind switch
    {
        Kind.Bool or Kind.Int8 or Kind.Uint8 => 1,
        Kind.Int16 or Kind.Uint16 => 2,
        Kind.Int32 or Kind.Uint32 or Kind.Float32 or Kind.Complex64 => 4,
        Kind.Array => Elem!.Align,
        Kind.Struct => Fields.Length == 0 ? 1 : Fields.Max(f => f.Type.Align),
        _ => 8,
    };

    private long ComputeSize()
    {
        switch (Kind)
        {
            case Kind.Bool: case Kind.Int8: case Kind.Uint8: return 1;
            case Kind.Int16: case Kind.Uint16: return 2;
            case Kind.Int32: case Kind.Uint32: case Kind.Float32: return 4;
            case Kind.Complex64: return 8;
            case Kind.Complex128: case Kind.String: case Kind.Interface: return 16;
            case Kind.Slice: return 24;
            case Kind.Array: return Len * Elem!.Size;
            case Kind.Struct:
                long off = 0;
                foreach (var f in Fields)
                {
                    int a = f.Type.Align;
                    off = (off + a - 1) / a * a + f.Type.Size;
                }
                int al = Align;
                return (off + al - 1) / al * al;
            default: return 8;
        }
    }

    // ---- Values of this type ----

    /// <summary>The zero value. Aggregates get a fresh box; strings are "".</summary>
    public Slot Zero()
    {
        switch (Kind)
        {
            case Kind.String: return new Slot("");
            case Kind.Struct:
                var box = new Slot[Fields.Length];
                for (int i = 0; i < box.Length; i++)
                {
                    var ft = Fields[i].Type;
                    if (ft.NeedsInit) box[i] = ft.Zero();
                }
                return new Slot(box);
            case Kind.Array: return new Slot(NewArray(Elem!, Len));
            case Kind.Complex64: case Kind.Complex128: return new Slot(BoxedComplex.Zero);
            default: return default;
        }
    }

    /// <summary>True when the zero value is not default(Slot).</summary>
    public bool NeedsInit => Kind is Kind.String or Kind.Struct or Kind.Array or Kind.Complex64 or Kind.Complex128;

    /// <summary>A zeroed backing array for n elements of type elem.</summary>
    public static Array NewArray(RType elem, int n)
    {
        switch (elem.Kind.StorageOf())
        {
            case Storage.Byte: return new byte[n];
            case Storage.Word: return new long[n];
            default:
                var a = new Slot[n];
                if (elem.NeedsInit) for (int i = 0; i < n; i++) a[i] = elem.Zero();
                return a;
        }
    }

    /// <summary>A deep copy of an aggregate value (nested structs and arrays copied too).</summary>
    public object CloneBox(object box)
    {
        if (Kind == Kind.Struct)
        {
            var src = (Slot[])box;
            var dst = (Slot[])src.Clone();
            for (int i = 0; i < dst.Length; i++)
                if (Fields[i].Type.IsAggregate) dst[i].R = Fields[i].Type.CloneBox(dst[i].R!);
            return dst;
        }
        var arr = (Array)((Array)box).Clone();
        if (Elem!.IsAggregate)
        {
            var slots = (Slot[])arr;
            for (int i = 0; i < slots.Length; i++) slots[i].R = Elem.CloneBox(slots[i].R!);
        }
        return arr;
    }

    public Slot Clone(in Slot v) => IsAggregate ? new Slot(CloneBox(v.R!)) : v;

    /// <summary>Assignment into an existing aggregate location: copies src's contents into dst in place.</summary>
    public void CopyInto(object dst, object src)
    {
        if (ReferenceEquals(dst, src)) return;
        if (Kind == Kind.Struct)
        {
            var d = (Slot[])dst; var s = (Slot[])src;
            for (int i = 0; i < d.Length; i++)
            {
                var ft = Fields[i].Type;
                if (ft.IsAggregate) ft.CopyInto(d[i].R!, s[i].R!);
                else d[i] = s[i];
            }
            return;
        }
        if (Elem!.IsAggregate)
        {
            var d = (Slot[])dst; var s = (Slot[])src;
            for (int i = 0; i < d.Length; i++) Elem.CopyInto(d[i].R!, s[i].R!);
            return;
        }
        Array.Copy((Array)src, (Array)dst, Len);
    }

    // ---- Comparison and hashing (==, map keys, interface comparison) ----

    /// <summary>Go's == for two values of this type. Panics for incomparable dynamic types.</summary>
    public bool ValueEquals(in Slot a, in Slot b)
    {
        switch (Kind)
        {
            case Kind.Float32: case Kind.Float64: return a.F == b.F;
            case Kind.String: return string.Equals(a.S, b.S, StringComparison.Ordinal);
            case Kind.Complex64: case Kind.Complex128: return ((BoxedComplex)a.R!).Value == ((BoxedComplex)b.R!).Value;
            case Kind.Pointer: return ReferenceEquals(a.R, b.R) && a.N == b.N;
            case Kind.Chan: case Kind.UnsafePointer: return ReferenceEquals(a.R, b.R);
            case Kind.Interface: return Iface.Equal(a, b);
            case Kind.Struct:
            {
                var x = (Slot[])a.R!; var y = (Slot[])b.R!;
                for (int i = 0; i < Fields.Length; i++)
                    if (Fields[i].Name != "_" && !Fields[i].Type.ValueEquals(x[i], y[i])) return false;
                return true;
            }
            case Kind.Array:
                for (int i = 0; i < Len; i++)
                    if (!Elem!.ValueEquals(ArrayGet(a.R!, i), ArrayGet(b.R!, i))) return false;
                return true;
            case Kind.Slice: case Kind.Map: case Kind.Func:
                throw new GoPanic(RuntimeErrors.Make("comparing uncomparable type " + this));
            default: return a.N == b.N;
        }
    }

    public int ValueHash(in Slot v)
    {
        switch (Kind)
        {
            case Kind.Float32: case Kind.Float64: { var d = v.F; return d == 0 ? 0 : d.GetHashCode(); }
            case Kind.String: return string.GetHashCode(v.S.AsSpan());
            case Kind.Complex64: case Kind.Complex128: return ((BoxedComplex)v.R!).Value.GetHashCode();
            case Kind.Pointer: case Kind.Chan: return v.R == null ? 0 : RuntimeHelpers.GetHashCode(v.R) ^ (int)v.N;
            case Kind.Interface: return Iface.Hash(v);
            case Kind.Struct:
            {
                var x = (Slot[])v.R!; int h = 17;
                for (int i = 0; i < Fields.Length; i++) h = h * 31 + Fields[i].Type.ValueHash(x[i]);
                return h;
            }
            case Kind.Array:
            {
                int h = 19;
                for (int i = 0; i < Len; i++) h = h * 31 + Elem!.ValueHash(ArrayGet(v.R!, i));
                return h;
            }
            case Kind.Slice: case Kind.Map: case Kind.Func:
                throw new GoPanic(RuntimeErrors.Make("hash of unhashable type " + this));
            default: return v.N.GetHashCode();
        }
    }

    /// <summary>True if == is defined on this type (statically; interfaces may still panic).</summary>
    public bool Comparable => Kind switch
    {
        Kind.Slice or Kind.Map or Kind.Func => false,
        Kind.Struct => Fields.All(f => f.Type.Comparable),
        Kind.Array => Elem!.Comparable,
        _ => true,
    };

    /// <summary>Reads element i of a typed array box as a Slot.</summary>
    public static Slot ArrayGet(object box, int i) => box switch
    {
        long[] l => new Slot(l[i]),
        byte[] b => new Slot(b[i]),
        _ => ((Slot[])box)[i],
    };

    /// <summary>Reads element i of a byte array as the kind's value (int8 is signed).</summary>
    public static void ArraySet(object box, int i, in Slot v)
    {
        switch (box)
        {
            case long[] l: l[i] = v.N; break;
            case byte[] b: b[i] = (byte)v.N; break;
            default: ((Slot[])box)[i] = v; break;
        }
    }

    /// <summary>Element read that restores int8 sign from byte storage.</summary>
    public Slot ElemGet(object box, int i)
    {
        var s = ArrayGet(box, i);
        if (Elem!.Kind == Kind.Int8) s.N = (sbyte)s.N;
        return s;
    }
}

/// <summary>A complex number stored in Slot.R (immutable).</summary>
public sealed class BoxedComplex(Complex value)
{
    public static readonly BoxedComplex Zero = new(Complex.Zero);
    public readonly Complex Value = value;
}
