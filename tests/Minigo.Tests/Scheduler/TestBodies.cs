using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Scheduling;

/// <summary>The scheduler tests share the machine's cores and sysmon timing: they run one at a time.</summary>
[CollectionDefinition(nameof(SchedulerCollection), DisableParallelization = true)]
public sealed class SchedulerCollection;

/// <summary>A goroutine body from a function called once per slice; state lives in the closure.</summary>
internal sealed class FuncBody(Func<G, SliceResult> slice) : IGoroutineBody
{
    public SliceResult RunSlice(G g, int budget) => slice(g);
}

/// <summary>
/// A goroutine body as a list of steps: each slice resumes at the step it stopped at. A step
/// returns null to go on to the next step in the same slice, or a SliceResult to end the
/// slice (Parked and Yielded resume at the next step; Done ends the goroutine).
/// </summary>
internal sealed class StepBody(params Func<G, SliceResult?>[] steps) : IGoroutineBody
{
    private int next;

    public SliceResult RunSlice(G g, int budget)
    {
        while (next < steps.Length)
        {
            var r = steps[next++](g);
            if (r != null) return r.Value;
        }
        return SliceResult.Done;
    }
}

/// <summary>
/// A one-waiter semaphore on the scheduler's park/ready protocol, the way a channel uses it:
/// the waiter queues itself under a lock and parks with an unlock that releases it, so a
/// poster that finds the waiter finds it already Waiting.
/// </summary>
internal sealed class Signal(Minigo.Runtime.Scheduler sched)
{
    private readonly object mu = new();
    private int permits;
    private G? waiter;

    /// <summary>Takes a permit (true), or parks g until Post (false: end the slice with Parked).</summary>
    public bool WaitOrPark(G g, WaitReason reason = WaitReason.ChanReceive)
    {
        Monitor.Enter(mu);
        if (permits > 0)
        {
            permits--;
            Monitor.Exit(mu);
            return true;
        }
        waiter = g;
        sched.Park(g, reason, static o => Monitor.Exit(o!), mu);
        return false;
    }

    /// <summary>A step that waits: null if a permit was there, Parked otherwise.</summary>
    public SliceResult? Step(G g) => WaitOrPark(g) ? null : SliceResult.Parked;

    /// <summary>Readies the waiter, or leaves a permit. From a goroutine or any thread.</summary>
    public void Post()
    {
        G? w;
        lock (mu)
        {
            w = waiter;
            waiter = null;
            if (w == null) permits++;
        }
        if (w != null) sched.Ready(w);
    }
}

internal static class SchedulerTesting
{
    /// <summary>Runs main; a hang becomes a failure (Stopped) after the timeout instead of a stuck suite.</summary>
    public static ExitInfo RunWithTimeout(Minigo.Runtime.Scheduler s, G main, int seconds = 20)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var info = s.Run(main, cts.Token);
        Assert.False(info.Reason == ExitReason.Stopped, "the run timed out");
        if (info.Reason == ExitReason.InternalError) Assert.Fail(info.Message + info.Error);
        return info;
    }

    /// <summary>Spins until cond holds; false after the timeout. For waiting on another thread without sleeping a fixed time.</summary>
    public static bool SpinUntil(Func<bool> cond, int seconds = 10) => SpinWait.SpinUntil(cond, TimeSpan.FromSeconds(seconds));
}
