using System.Collections.Concurrent;
using Minigo.Runtime;

namespace Minigo.Hosting.Host;

/// <summary>The Go type of a .NET type in a host function's signature: its text for the package's source, and its RType for conversions.</summary>
internal static class ClrTypes
{
    private static readonly ConcurrentDictionary<Type, (string Go, RType Rt)> Cache = new();

    public static string GoText(Type t) => Of(t).Go;
    public static RType RType(Type t) => Of(t).Rt;

    private static (string Go, RType Rt) Of(Type t) => Cache.GetOrAdd(t, Map);

    private static (string, RType) Map(Type t)
    {
        if (t == typeof(int)) return ("int", BasicTypes.Int);
        if (t == typeof(long)) return ("int64", BasicTypes.Int64);
        if (t == typeof(short)) return ("int16", BasicTypes.Int16);
        if (t == typeof(sbyte)) return ("int8", BasicTypes.Int8);
        if (t == typeof(byte)) return ("byte", BasicTypes.Uint8);
        if (t == typeof(ushort)) return ("uint16", BasicTypes.Uint16);
        if (t == typeof(uint)) return ("uint32", BasicTypes.Uint32);
        if (t == typeof(ulong)) return ("uint64", BasicTypes.Uint64);
        if (t == typeof(char)) return ("rune", BasicTypes.Int32);
        if (t == typeof(float)) return ("float32", BasicTypes.Float32);
        if (t == typeof(double)) return ("float64", BasicTypes.Float64);
        if (t == typeof(bool)) return ("bool", BasicTypes.Bool);
        if (t == typeof(string)) return ("string", BasicTypes.String);
        if (t == typeof(object)) return ("any", new RType(Kind.Interface) { Id = "interface {}" });
        if (t.IsArray && t.GetArrayRank() == 1) return Slice(t.GetElementType()!);
        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            var a = t.GetGenericArguments();
            if (def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>) || def == typeof(IEnumerable<>)) return Slice(a[0]);
            if (def == typeof(Dictionary<,>) || def == typeof(IDictionary<,>) || def == typeof(IReadOnlyDictionary<,>))
                return ($"map[{GoText(a[0])}]{GoText(a[1])}", new RType(Kind.Map) { Key = RType(a[0]), Elem = RType(a[1]) });
        }
        if (typeof(Delegate).IsAssignableFrom(t) && t.GetMethod("Invoke") is { } invoke)
        {
            var sig = HostSignature.Of(invoke);
            return ("func" + sig.GoText, sig.Type);
        }
        throw new ArgumentException($"minigo: a host function cannot take or return {t.Name} (see the type table in Hosting/README.md)");
    }

    private static (string, RType) Slice(Type elem) => ("[]" + GoText(elem), new RType(Kind.Slice) { Elem = RType(elem) });
}
