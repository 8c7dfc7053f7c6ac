using System.Reflection;
using System.Runtime.CompilerServices;
using Minigo.Runtime;

namespace Minigo.Hosting.Host;

/// <summary>
/// A .NET method's signature as Go's: parameters in order; the return type void (no result),
/// T, a ValueTuple (several results), Task (async, no result) or Task&lt;T&gt; (async).
/// </summary>
internal sealed record HostSignature(string GoText, RType Type, bool IsAsync)
{
    public static HostSignature Of(MethodInfo m)
    {
        var ps = m.GetParameters().Select(p => p.ParameterType).ToArray();
        var ret = m.ReturnType;
        bool isAsync = false;
        if (ret == typeof(Task) || ret == typeof(ValueTask)) { ret = typeof(void); isAsync = true; }
        else if (ret.IsGenericType && ret.GetGenericTypeDefinition() == typeof(Task<>)) { ret = ret.GetGenericArguments()[0]; isAsync = true; }
        Type[] results = ret == typeof(void) ? []
            : typeof(ITuple).IsAssignableFrom(ret) && ret.IsValueType ? ret.GetGenericArguments()
            : [ret];
        var paramText = string.Join(", ", ps.Select((p, i) => $"p{i} {ClrTypes.GoText(p)}"));
        var resultText = results.Length switch
        {
            0 => "",
            1 => " " + ClrTypes.GoText(results[0]),
            _ => " (" + string.Join(", ", results.Select(ClrTypes.GoText)) + ")",
        };
        var type = new RType(Kind.Func) { Params = ps.Select(ClrTypes.RType).ToArray(), Results = results.Select(ClrTypes.RType).ToArray() };
        return new HostSignature($"({paramText}){resultText}", type, isAsync);
    }
}
