using System.Collections;
using System.Numerics;
using System.Reflection;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting.Interop;

/// <summary>
/// Go values (a Slot and its RType) to .NET objects and back, by the table in Hosting/README.md.
/// `target` typeof(object) asks for the natural .NET type (Go int → long, []string → string[],
/// map → Dictionary, struct → Dictionary&lt;string, object?&gt;); another target converts to it
/// (int, List&lt;T&gt;, a record...). `g` is the goroutine to run Error() on, when there is one.
/// </summary>
internal static class ValueConverter
{
    // ---- .NET to Go ----

    public static Slot ToGo(object? v, RType t, GoInstance? instance)
    {
        switch (t.Kind)
        {
            case Kind.Bool: return Slot.FromBool(Convert.ToBoolean(v));
            case Kind.Int: case Kind.Int64: return new Slot(Convert.ToInt64(v));
            case Kind.Int8: return new Slot(Convert.ToSByte(v));
            case Kind.Int16: return new Slot(Convert.ToInt16(v));
            case Kind.Int32: return new Slot(v is char ch ? ch : Convert.ToInt32(v));
            case Kind.Uint8: return new Slot(Convert.ToByte(v));
            case Kind.Uint16: return new Slot(Convert.ToUInt16(v));
            case Kind.Uint32: return new Slot(Convert.ToUInt32(v));
            case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return new Slot(unchecked((long)Convert.ToUInt64(v)));
            case Kind.Float32: return Slot.FromFloat(Convert.ToSingle(v));
            case Kind.Float64: return Slot.FromFloat(Convert.ToDouble(v));
            case Kind.Complex64: case Kind.Complex128: return new Slot(new BoxedComplex(v is Complex c ? c : new Complex(Convert.ToDouble(v), 0)));
            case Kind.String: return new Slot(GoStrings.FromDotNet(v as string ?? Convert.ToString(v) ?? ""));
            case Kind.Slice: return v == null ? default : new Slot(ToSlice(v, t, instance));
            case Kind.Array: return new Slot(ToArrayBox(v, t, instance));
            case Kind.Map: return v == null ? default : new Slot(ToMap(v, t, instance));
            case Kind.Struct: return new Slot(ToStructBox(v, t, instance));
            case Kind.Pointer when t.Elem!.Kind == Kind.Struct: return v == null ? default : new Slot(ToStructBox(v, t.Elem, instance));
            case Kind.Func: return v == null ? default : new Slot(FuncBridge.ToGo(v, t, instance));
            case Kind.Chan: return v switch { null => default, GoChannel gc => new Slot(gc.Chan), _ => throw Unsupported(v, t) };
            case Kind.Interface: return v == null ? default : ToInterface(v, t, instance);
        }
        throw Unsupported(v, t);
    }

    private static ArgumentException Unsupported(object? v, RType t) =>
        new($"minigo: cannot use {v?.GetType().Name ?? "null"} as Go {t}");

    private static Slice ToSlice(object v, RType t, GoInstance? instance)
    {
        if (v is byte[] bytes && t.Elem!.Kind == Kind.Uint8) return new Slice((byte[])bytes.Clone(), 0, bytes.Length, bytes.Length);
        if (v is string s && t.Elem!.Kind == Kind.Uint8) { var b = GoStrings.ToBytes(GoStrings.FromDotNet(s)); return new Slice(b, 0, b.Length, b.Length); }
        var items = Items(v, t);
        var array = RType.NewArray(t.Elem!, items.Count);
        for (int i = 0; i < items.Count; i++) RType.ArraySet(array, i, ToGo(items[i], t.Elem!, instance));
        return new Slice(array, 0, items.Count, items.Count);
    }

    private static object ToArrayBox(object? v, RType t, GoInstance? instance)
    {
        var array = RType.NewArray(t.Elem!, t.Len);
        if (v == null) return array;
        var items = Items(v, t);
        if (items.Count != t.Len) throw new ArgumentException($"minigo: {items.Count} elements for Go {t}");
        for (int i = 0; i < items.Count; i++) RType.ArraySet(array, i, ToGo(items[i], t.Elem!, instance));
        return array;
    }

    private static List<object?> Items(object v, RType t) =>
        v is IEnumerable e and not string and not IDictionary ? e.Cast<object?>().ToList() : throw Unsupported(v, t);

    private static Map ToMap(object v, RType t, GoInstance? instance)
    {
        if (v is not IDictionary d) throw Unsupported(v, t);
        var m = new Map(t.Key!, t.Elem!, d.Count);
        foreach (DictionaryEntry e in d) m.Entries[ToGo(e.Key, t.Key!, instance)] = ToGo(e.Value, t.Elem!, instance);
        return m;
    }

    /// <summary>A struct from a dictionary (field name → value) or an object's public properties, matched ignoring case.</summary>
    private static Slot[] ToStructBox(object? v, RType t, GoInstance? instance)
    {
        var box = (Slot[])t.Zero().R!;
        if (v == null) return box;
        IEnumerable<(string Name, object? Value)> members = v is IDictionary d
            ? Entries(d)
            : v.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.GetValue(v)));
        foreach (var (name, value) in members)
        {
            int i = Array.FindIndex(t.Fields, f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (i < 0) throw new ArgumentException($"minigo: Go {t} has no field {name}");
            box[i] = ToGo(value, t.Fields[i].Type, instance);
        }
        return box;
    }

    private static List<(string, object?)> Entries(IDictionary d)
    {
        var list = new List<(string, object?)>();
        foreach (DictionaryEntry e in d) list.Add((Convert.ToString(e.Key) ?? "", e.Value));
        return list;
    }

    /// <summary>A .NET value in an interface: its natural Go type (long → int, double → float64...).</summary>
    private static Slot ToInterface(object v, RType t, GoInstance? instance)
    {
        RType? dyn = v switch
        {
            bool => BasicTypes.Bool, long or int or short or sbyte => BasicTypes.Int, byte => BasicTypes.Uint8,
            ulong or uint or ushort => BasicTypes.Uint, double => BasicTypes.Float64, float => BasicTypes.Float32,
            string => BasicTypes.String, _ => null,
        };
        if (dyn == null || t.Methods.Length > 0) throw Unsupported(v, t);
        return Iface.Make(dyn, ToGo(v, dyn, instance));
    }

    // ---- Go to .NET ----

    public static object? ToDotNet(in Slot s, RType t, Type target, GoInstance? instance, Goroutine? g = null)
    {
        if (target == typeof(Slot)) return s;
        object? natural = Natural(s, t, target, instance, g);
        if (natural == null || target == typeof(object) || target.IsInstanceOfType(natural)) return natural;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (natural is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying)) return Convert.ChangeType(natural, underlying);
        throw new InvalidCastException($"minigo: cannot convert Go {t} to {target.Name}");
    }

    private static object? Natural(in Slot s, RType t, Type target, GoInstance? instance, Goroutine? g)
    {
        switch (t.Kind)
        {
            case Kind.Bool: return s.N != 0;
            case Kind.Int: case Kind.Int64: return s.N;
            case Kind.Int8: return (sbyte)s.N;
            case Kind.Int16: return (short)s.N;
            case Kind.Int32: return (int)s.N;
            case Kind.Uint8: return (byte)s.N;
            case Kind.Uint16: return (ushort)s.N;
            case Kind.Uint32: return (uint)s.N;
            case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return unchecked((ulong)s.N);
            case Kind.Float32: return (float)s.F;
            case Kind.Float64: return s.F;
            case Kind.Complex64: case Kind.Complex128: return (s.R as BoxedComplex)?.Value ?? Complex.Zero;
            case Kind.String: return GoStrings.ToDotNet(s.S);
            case Kind.Slice: return FromSequence(s.R as Slice, t, target, instance, g);
            case Kind.Array: return FromSequence(new Slice((Array)s.R!, 0, t.Len, t.Len), t, target, instance, g);
            case Kind.Map: return s.R is Map m ? FromMap(m, t, target, instance, g) : null;
            case Kind.Struct: return FromStruct((Slot[])s.R!, t, target, instance, g);
            case Kind.Pointer when t.Elem!.Kind == Kind.Struct: return s.R is Slot[] box ? FromStruct(box, t.Elem, target, instance, g) : null;
            case Kind.Func when typeof(Delegate).IsAssignableFrom(target) && target != typeof(Delegate):
                return s.R is Closure d ? GoCallback.ToDelegate(d, t, target, instance, g) : null;
            case Kind.Func: return s.R is Closure c && instance != null ? new GoFunction(instance, c, t) : null;
            case Kind.Chan: return s.R is Chan ch && instance != null ? new GoChannel(instance, ch) : null;
            case Kind.Interface: return FromInterface(s, t, target, instance, g);
        }
        throw new InvalidCastException($"minigo: Go {t} has no .NET form");
    }

    private static object? FromSequence(Slice? slice, RType t, Type target, GoInstance? instance, Goroutine? g)
    {
        if (slice == null) return null;
        var elem = t.Elem!;
        if (elem.Kind == Kind.Uint8 && (target == typeof(object) || target == typeof(byte[])))
            return ((byte[])slice.Array).AsSpan(slice.Offset, slice.Length).ToArray();
        Type elemTarget = ElementTarget(target) ?? NaturalType(elem);
        var array = Array.CreateInstance(elemTarget, slice.Length);
        for (int i = 0; i < slice.Length; i++) array.SetValue(ToDotNet(t.ElemGet(slice.Array, slice.Offset + i), elem, elemTarget, instance, g), i);
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
            return Activator.CreateInstance(typeof(List<>).MakeGenericType(elemTarget), array);
        return array;
    }

    private static Type? ElementTarget(Type target) =>
        target.IsArray ? target.GetElementType() : target.IsGenericType && target.GetGenericArguments().Length == 1 ? target.GetGenericArguments()[0] : null;

    private static object FromMap(Map m, RType t, Type target, GoInstance? instance, Goroutine? g)
    {
        var args = target.IsGenericType && target.GetGenericArguments().Length == 2 ? target.GetGenericArguments() : [NaturalType(t.Key!), NaturalType(t.Elem!)];
        var d = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
        foreach (var (k, v) in m.Snapshot(randomStart: false)) d[ToDotNet(k, t.Key!, args[0], instance, g)!] = ToDotNet(v, t.Elem!, args[1], instance, g);
        return d;
    }

    /// <summary>A struct as the target type (a record's constructor, or settable properties) or a Dictionary&lt;string, object?&gt;.</summary>
    private static object FromStruct(Slot[] box, RType t, Type target, GoInstance? instance, Goroutine? g)
    {
        if (target == typeof(object) || target.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            var d = new Dictionary<string, object?>();
            for (int i = 0; i < t.Fields.Length; i++)
                if (t.Fields[i].Exported) d[t.Fields[i].Name] = ToDotNet(box[i], t.Fields[i].Type, typeof(object), instance, g);
            return d;
        }
        object? FieldAs(string name, Type type)
        {
            int i = Array.FindIndex(t.Fields, f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            return i < 0 ? (type.IsValueType ? Activator.CreateInstance(type) : null) : ToDotNet(box[i], t.Fields[i].Type, type, instance, g);
        }
        var ctor = target.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var result = ctor.Invoke(ctor.GetParameters().Select(p => FieldAs(p.Name!, p.ParameterType)).ToArray());
        foreach (var p in target.GetProperties().Where(p => p.CanWrite && p.SetMethod!.IsPublic && ctor.GetParameters().All(a => !string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            if (Array.Exists(t.Fields, f => string.Equals(f.Name, p.Name, StringComparison.OrdinalIgnoreCase))) p.SetValue(result, FieldAs(p.Name, p.PropertyType));
        return result;
    }

    /// <summary>An interface by its dynamic type; an error as a GoErrorException value (its Error() text), not thrown.</summary>
    private static object? FromInterface(in Slot s, RType t, Type target, GoInstance? instance, Goroutine? g)
    {
        var dyn = Iface.TypeOf(s);
        if (dyn == null) return null;
        if (dyn.FindMethod("Error") != null && (t.Methods.Length > 0 || typeof(Exception).IsAssignableFrom(target)))
            return new GoErrorException(g != null ? GoStrings.ToDotNet(Machine.PanicValueText(g, s)) : dyn.ToString());
        return ToDotNet(Iface.ValueOf(s), dyn, target, instance, g);
    }

    /// <summary>The .NET type a Go value of type t converts to by default.</summary>
    public static Type NaturalType(RType t) => t.Kind switch
    {
        Kind.Bool => typeof(bool),
        Kind.Int or Kind.Int64 => typeof(long),
        Kind.Int8 => typeof(sbyte), Kind.Int16 => typeof(short), Kind.Int32 => typeof(int),
        Kind.Uint8 => typeof(byte), Kind.Uint16 => typeof(ushort), Kind.Uint32 => typeof(uint),
        Kind.Uint or Kind.Uint64 or Kind.Uintptr => typeof(ulong),
        Kind.Float32 => typeof(float), Kind.Float64 => typeof(double),
        Kind.Complex64 or Kind.Complex128 => typeof(Complex),
        Kind.String => typeof(string),
        Kind.Slice when t.Elem!.Kind == Kind.Uint8 => typeof(byte[]),
        Kind.Slice or Kind.Array => NaturalType(t.Elem!).MakeArrayType(),
        Kind.Map => typeof(Dictionary<,>).MakeGenericType(NaturalType(t.Key!), NaturalType(t.Elem!)),
        Kind.Struct => typeof(Dictionary<string, object?>),
        Kind.Pointer when t.Elem!.Kind == Kind.Struct => typeof(Dictionary<string, object?>),
        Kind.Func => typeof(GoFunction),
        Kind.Chan => typeof(GoChannel),
        _ => typeof(object),
    };
}
