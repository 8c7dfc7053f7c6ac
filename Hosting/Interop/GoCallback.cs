using System.Collections.Concurrent;
using System.Linq.Expressions;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting.Interop;

/// <summary>
/// A Go func value handed to .NET as a delegate (a host function's Func&lt;long, long&gt;
/// parameter). Called on the goroutine that called the host function, it runs there, nested
/// (as fmt calls String methods); called from elsewhere, it runs on a goroutine of its
/// instance, if it has one.
/// </summary>
internal sealed class GoCallback(Closure closure, RType type, Type returnType, GoInstance? instance, Goroutine? owner)
{
    private static readonly ConcurrentDictionary<Type, Func<GoCallback, Delegate>> Factories = new();

    public static Delegate ToDelegate(Closure c, RType t, Type delegateType, GoInstance? instance, Goroutine? g)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        return Factories.GetOrAdd(delegateType, MakeFactory)(new GoCallback(c, t, invoke.ReturnType, instance, g));
    }

    /// <summary>Compiled once per delegate type: (callback) => (a, b) => (R)callback.Invoke(new object[] { a, b }).</summary>
    private static Func<GoCallback, Delegate> MakeFactory(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        var cb = Expression.Parameter(typeof(GoCallback));
        var ps = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
        Expression body = Expression.Call(cb, typeof(GoCallback).GetMethod(nameof(Invoke))!,
            Expression.NewArrayInit(typeof(object), ps.Select(p => Expression.Convert(p, typeof(object)))));
        body = invoke.ReturnType == typeof(void) ? Expression.Block(body, Expression.Empty()) : Expression.Convert(body, invoke.ReturnType);
        return Expression.Lambda<Func<GoCallback, Delegate>>(Expression.Lambda(delegateType, body, ps), cb).Compile();
    }

    public object? Invoke(object?[] args)
    {
        if (owner?.G is { } g && Scheduler.Current == g) return InvokeNested(owner, g, args);
        if (instance != null) return instance.Invoke(closure, type, args, returnType == typeof(void) ? typeof(object) : returnType);
        throw new InvalidOperationException("minigo: this Go func can only be called while the host function that received it runs");
    }

    /// <summary>On the goroutine itself: a nested call; out of a blocking host function's syscall state meanwhile.</summary>
    private object? InvokeNested(Goroutine owner, G g, object?[] args)
    {
        var slots = new Slot[args.Length];
        for (int i = 0; i < args.Length; i++) slots[i] = ValueConverter.ToGo(args[i], type.Params[i], instance);
        var results = new Slot[type.Results.Length];
        var sched = owner.Machine.Scheduler!;
        bool inSyscall = g.Status == GStatus.Syscall;
        if (inSyscall) sched.ExitSyscall(g);
        try
        {
            owner.Call(closure, slots, results);
        }
        finally
        {
            if (inSyscall) sched.EnterSyscall(g);
        }
        return results.Length == 0 || returnType == typeof(void) ? null : ValueConverter.ToDotNet(results[0], type.Results[0], returnType, instance, owner);
    }
}
