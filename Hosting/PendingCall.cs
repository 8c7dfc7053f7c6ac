using Minigo.Hosting.Interop;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting;

/// <summary>
/// A host's call into Go, waiting for its goroutine: the results are converted on the M that
/// ran it, as it ends (Error() methods can still run there), then the host thread is woken.
/// </summary>
internal sealed class PendingCall(GoInstance instance, RType? type, Type target) : IGoroutineCompletion
{
    public readonly ManualResetEventSlim Done = new(false);
    public object? Result;
    public Exception? Error;
    /// <summary>Counted among the instance's calls (it ran, or goes on, as an ordinary goroutine): its end uncounts it.</summary>
    public volatile bool Counted;

    public void Ended(Goroutine g, PanicRecord? panic)
    {
        try
        {
            if (panic == null) Result = type == null ? null : Results(g);
            else if (panic.Goexit) Error = new GoException("minigo: runtime.Goexit called in a function called by the host");
            else Error = PanicErrors.FromReport(instance.Machine.PanicReport(new UnrecoveredPanic(g, panic)), panic, instance);
        }
        catch (Exception e)
        {
            Error = e;
        }
        if (Counted) instance.CallEnded();
        Done.Set();
    }

    public void Fail(Exception e)
    {
        if (Done.IsSet) return;
        Error ??= e is GoException or OperationCanceledException ? e : new GoInstanceEndedException(e.Message, e);
        Done.Set();
    }

    /// <summary>Results sit at the bottom of the goroutine's stack. A trailing error is thrown when non-nil, unless all results were asked for.</summary>
    private object? Results(Goroutine g)
    {
        var results = type!.Results;
        var stack = g.Stack;
        if (target == typeof(object?[]))
        {
            var all = new object?[results.Length];
            for (int i = 0; i < results.Length; i++) all[i] = ValueConverter.ToDotNet(stack[i], results[i], typeof(object), instance, g);
            return all;
        }
        int n = results.Length;
        if (n > 0 && IsError(results[n - 1]))
        {
            if (stack[n - 1].R != null) throw new GoErrorException(GoStrings.ToDotNet(Machine.PanicValueText(g, stack[n - 1])));
            n--;
        }
        if (n == 0) return null;
        if (n == 1) return ValueConverter.ToDotNet(stack[0], results[0], target, instance, g);
        var values = new object?[n];
        for (int i = 0; i < n; i++) values[i] = ValueConverter.ToDotNet(stack[i], results[i], typeof(object), instance, g);
        return values;
    }

    private static bool IsError(RType t) => t.Kind == Kind.Interface && t.Name == "error";
}

/// <summary>
/// An instance's main goroutine: it starts the initialisers as a call, then waits forever, as
/// `select {}` would; the program lives until the host stops it.
/// </summary>
internal sealed class HostMainBody(GoInstance instance, PendingCall init) : IGoroutineBody
{
    public SliceResult RunSlice(G g, int budget)
    {
        instance.Machine.Spawn(instance.Machine.Program.Init, [], init);
        instance.Run.Scheduler.Park(g, WaitReason.SelectNoCases);
        return SliceResult.Parked;
    }
}
