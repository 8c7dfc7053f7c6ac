using System.Linq.Expressions;
using System.Reflection;
using Minigo.Hosting.Interop;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting.Host;

/// <summary>One host function: its Go signature and the native that calls the delegate.</summary>
internal sealed class HostFunction
{
    public readonly string Name;
    public readonly HostSignature Signature;
    public readonly NativeFunc Native;
    private readonly Func<object?[], object?> invoke;
    private readonly ParameterInfo[] parameters;
    private readonly bool blocking;

    public HostFunction(string name, Delegate function, bool blocking)
    {
        Name = name;
        invoke = CompiledInvoker(function);
        this.blocking = blocking;
        parameters = function.Method.GetParameters();
        Signature = HostSignature.Of(function.Method);
        Native = Call;
    }

    private void Call(NativeCall c)
    {
        var g = c.Ctx as Goroutine;
        var args = new object?[parameters.Length];
        for (int i = 0; i < args.Length; i++) args[i] = ValueConverter.ToDotNet(c[i], Signature.Type.Params[i], parameters[i].ParameterType, null, g);
        object? result = Invoke(c, args);
        if (Signature.IsAsync) Await(c, (Task)(result is ValueTask vt ? vt.AsTask() : result!));
        else HostErrors.WriteResults(c, result, Signature.Type.Results, null);
    }

    private object? Invoke(NativeCall c, object?[] args)
    {
        var sched = c.Ctx.Scheduler;
        var g = c.Ctx.G;
        if (blocking) sched.EnterSyscall(g);
        try
        {
            return invoke(args);
        }
        catch (Exception e) when (e is not (GoPanic or GoFatal or GoExit))
        {
            throw HostErrors.ToPanic(e);
        }
        finally
        {
            if (blocking) sched.ExitSyscall(g);
        }
    }

    /// <summary>args => (object)d((T0)args[0], (T1)args[1]...), compiled once: DynamicInvoke's reflection costs more than most host functions.</summary>
    private static Func<object?[], object?> CompiledInvoker(Delegate d)
    {
        var args = Expression.Parameter(typeof(object?[]));
        var ps = d.Method.GetParameters();
        var call = Expression.Invoke(Expression.Constant(d),
            ps.Select((p, i) => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType)));
        Expression body = d.Method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?[], object?>>(body, args).Compile();
    }

    /// <summary>
    /// A task still running parks the goroutine: the continuation readies it (after it is
    /// Waiting: it is registered in Park's unlock), and while it runs the program is not
    /// deadlocked (an external wait). No thread waits for the task.
    /// </summary>
    private void Await(NativeCall c, Task task)
    {
        if (task.IsCompleted)
        {
            WriteTaskResult(c, task);
            return;
        }
        var sched = c.Ctx.Scheduler;
        var g = c.Ctx.G;
        sched.BeginExternalWait();
        sched.Park(g, WaitReason.Syscall, () => task.ContinueWith(_ =>
        {
            sched.Ready(g);
            sched.EndExternalWait();
        }, TaskContinuationOptions.ExecuteSynchronously));
        c.Ctx.ParkAfterReturn(() =>
        {
            WriteTaskResult(c, task);
            return true;
        });
    }

    private void WriteTaskResult(NativeCall c, Task task)
    {
        if (task.IsFaulted) throw HostErrors.ToPanic(task.Exception!.InnerException ?? task.Exception);
        if (task.IsCanceled) throw HostErrors.ToPanic(new TaskCanceledException());
        object? result = Signature.Type.Results.Length == 0 ? null : task.GetType().GetProperty("Result")!.GetValue(task);
        HostErrors.WriteResults(c, result, Signature.Type.Results, null);
    }
}
