using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting;

/// <summary>A Go func value (or an exported function) callable from .NET: each Invoke runs it on a goroutine of its instance.</summary>
public sealed class GoFunction
{
    private readonly GoInstance instance;
    internal readonly Closure Closure;
    internal readonly RType Type;

    internal GoFunction(GoInstance instance, Closure closure, RType type)
    {
        this.instance = instance;
        Closure = closure;
        Type = type;
    }

    /// <summary>Calls it; the result as Call gives it (a trailing non-nil error is thrown).</summary>
    public object? Invoke(params object?[] args) => instance.Invoke(Closure, Type, args, typeof(object));

    public T Invoke<T>(params object?[] args) => (T)instance.Invoke(Closure, Type, args, typeof(T))!;

    public override string ToString() => Type.ToString();
}
