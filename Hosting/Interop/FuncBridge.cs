using System.Reflection;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting.Interop;

/// <summary>
/// A .NET delegate as a Go func value: a closure over a native function that converts the
/// arguments, invokes the delegate on the calling goroutine, and converts the results back.
/// </summary>
internal static class FuncBridge
{
    public static Closure ToGo(object v, RType t, GoInstance? instance) => v switch
    {
        GoFunction f => f.Closure,
        Delegate d => new Closure(new Function("host." + d.Method.Name) { Native = Native(d, t, instance), NumParams = t.Params.Length, NumResults = t.Results.Length }, []),
        _ => throw new ArgumentException($"minigo: cannot use {v.GetType().Name} as Go {t}"),
    };

    /// <summary>The native calling d with Go arguments of t's parameter types.</summary>
    public static NativeFunc Native(Delegate d, RType t, GoInstance? instance)
    {
        var parameters = d.Method.GetParameters();
        if (parameters.Length != t.Params.Length)
            throw new ArgumentException($"minigo: a delegate of {parameters.Length} parameters cannot be Go {t}");
        return c => Invoke(c, d, parameters, t, instance);
    }

    private static void Invoke(NativeCall c, Delegate d, ParameterInfo[] parameters, RType t, GoInstance? instance)
    {
        var g = c.Ctx as Goroutine;
        var args = new object?[parameters.Length];
        for (int i = 0; i < args.Length; i++) args[i] = ValueConverter.ToDotNet(c[i], t.Params[i], parameters[i].ParameterType, instance, g);
        object? result;
        try
        {
            result = d.DynamicInvoke(args);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw HostErrors.ToPanic(inner);
        }
        HostErrors.WriteResults(c, result, t.Results, instance);
    }
}

/// <summary>What a host function's outcome becomes in Go.</summary>
internal static class HostErrors
{
    /// <summary>A .NET exception thrown by a host function: a Go panic with an error value (recoverable), its message Go's text.</summary>
    public static Exception ToPanic(Exception e) =>
        e is GoPanic or GoFatal or GoExit ? e : new GoPanic(Iface.Make(RuntimeErrors.PlainErrorType, new Slot("host: " + GoStrings.FromDotNet(e.Message))));

    /// <summary>Results over the arguments: none, one, or a tuple (ITuple) for several.</summary>
    public static void WriteResults(NativeCall c, object? result, RType[] results, GoInstance? instance)
    {
        if (results.Length == 1) c[0] = ValueConverter.ToGo(result, results[0], instance);
        else if (results.Length > 1)
        {
            var tuple = (System.Runtime.CompilerServices.ITuple)result!;
            var slots = new Slot[results.Length];
            for (int i = 0; i < results.Length; i++) slots[i] = ValueConverter.ToGo(tuple[i], results[i], instance);
            for (int i = 0; i < slots.Length; i++) c[i] = slots[i];
        }
    }
}
