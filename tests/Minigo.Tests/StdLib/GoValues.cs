using Minigo.Runtime;
using Minigo.StdLib;

namespace Minigo.Tests.StdLib;

/// <summary>Building run-time types and values by hand, the way the compiler would.</summary>
public static class GoValues
{
    public static readonly RType Any = new(Kind.Interface) { Id = "interface {}" };
    public static readonly RType StringSig = new(Kind.Func) { Results = [BasicTypes.String] };
    public static readonly RType Error = new(Kind.Interface) { Name = "error", Methods = [new RMethod("Error", StringSig, null)] };

    public static RType SliceOf(RType elem) => new(Kind.Slice) { Elem = elem };
    public static RType ArrayOf(int n, RType elem) => new(Kind.Array) { Elem = elem, Len = n };
    public static RType PtrTo(RType elem) => new(Kind.Pointer) { Elem = elem };
    public static RType MapOf(RType key, RType elem) => new(Kind.Map) { Key = key, Elem = elem };

    public static RType Struct(string? name, params (string Name, RType Type)[] fields) => new(Kind.Struct)
    {
        Name = name,
        Fields = fields.Select(f => new RField(f.Name, f.Type, false, "", char.IsUpper(f.Name[0]))).ToArray(),
    };

    public static RMethod Method(string name, NativeFunc fn, RType? sig = null) => new(name, sig ?? StringSig, fn);

    /// <summary>An interface slot holding v of type t.</summary>
    public static Slot Box(RType t, Slot v) => Iface.Make(t, v);
    public static Slot Int(long v) => Box(BasicTypes.Int, new Slot(v));
    public static Slot Str(string s) => Box(BasicTypes.String, new Slot(s));
    public static Slot Float(double f) => Box(BasicTypes.Float64, Slot.FromFloat(f));
    public static Slot Bool(bool b) => Box(BasicTypes.Bool, Slot.FromBool(b));

    public static Slot StructValue(params Slot[] fields) => new(fields);

    public static Slice Slice(params Slot[] elems) => new(elems, 0, elems.Length, elems.Length);
    public static Slice IntSlice(params long[] elems) => new(elems, 0, elems.Length, elems.Length);
    public static Slice ByteSlice(params byte[] elems) => new(elems, 0, elems.Length, elems.Length);
    public static Slice StrSlice(params string[] elems) => Slice(elems.Select(s => new Slot(s)).ToArray());

    public static NativeFunc Native(string pkg, string name) =>
        StdLibrary.Instance.GetNative(pkg, name) ?? throw new InvalidOperationException($"no native {pkg}.{name}");

    /// <summary>A Go byte string from .NET text (UTF-8 encoded).</summary>
    public static string G(string s) => GoStrings.FromDotNet(s);
}
