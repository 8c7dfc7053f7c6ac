using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// What the natives need from the running program, handed over by json's init (setup in
/// json.go): the Go function that builds error values, and the types of the values decoding
/// creates (map[string]any, []any, Number) or looks for (the Marshaler interfaces). Types
/// are the program's own RTypes, so that type assertions on decoded values work.
/// </summary>
internal sealed class JsonProgram
{
    public const string Key = "encoding/json";

    public required object NewError;
    public required RType MapStringAny;
    public required RType SliceAny;
    public required RType Number;
    public required RType Marshaler;
    public required RType Unmarshaler;
    public required RType TextMarshaler;
    public required RType TextUnmarshaler;
    /// <summary>*UnmarshalTypeError, which decoding completes with the field path when an UnmarshalJSON method returns one.</summary>
    public required RType UnmarshalTypeErrorPtr;

    public static JsonProgram Of(IGoContext ctx) =>
        ctx.PackageState.TryGetValue(Key, out var p) ? (JsonProgram)p : throw new InvalidOperationException("encoding/json: package not initialised");

    /// <summary>setup(newError, samples...): the samples are a value of each type, in json.go's order.</summary>
    public static void Setup(NativeCall c)
    {
        var samples = (Slice)c.Ref(1)!;
        var s = (Slot[])samples.Array;
        RType Sample(int i) => Iface.TypeOf(s[samples.Offset + i])!;
        c.Ctx.PackageState[Key] = new JsonProgram
        {
            NewError = c.Ref(0)!,
            MapStringAny = Sample(0),
            SliceAny = Sample(1),
            Number = Sample(2),
            // The interfaces come as nil pointers to them.
            Marshaler = Sample(3).Elem!,
            Unmarshaler = Sample(4).Elem!,
            TextMarshaler = Sample(5).Elem!,
            TextUnmarshaler = Sample(6).Elem!,
            UnmarshalTypeErrorPtr = Sample(7),
        };
    }
}
