using System.Collections.Concurrent;
using Minigo.Runtime;

namespace Minigo.Tests.Channels;

/// <summary>
/// A parker for race tests: every goroutine is a real thread, and Park blocks it until Ready.
/// It plays the scheduler's part of the protocol in the same order (mark Waiting, then
/// unlock, then sleep) and records any Ready of a goroutine that is not waiting.
/// </summary>
public sealed class ThreadParker : IParker
{
    private long lastId;
    private readonly List<Thread> threads = [];
    private readonly ManualResetEventSlim gate = new();
    private long parks;
    public ConcurrentQueue<string> Violations { get; } = new();
    public ConcurrentQueue<Exception> Failures { get; } = new();

    public void Park(G g, WaitReason reason, Action? unlock)
    {
        g.WaitReason = reason;
        g.Status = GStatus.Waiting;
        Interlocked.Increment(ref parks);
        unlock?.Invoke();
        ((ThreadBody)g.Body).Wake.Wait();
        g.Status = GStatus.Running;
    }

    public void Ready(G g)
    {
        var status = g.Status;
        if (status != GStatus.Waiting) Violations.Enqueue($"Ready of goroutine {g.Id} in status {status} {Environment.StackTrace}");
        g.Status = GStatus.Runnable;
        ((ThreadBody)g.Body).Wake.Release();
    }

    /// <summary>How many times goroutines parked.</summary>
    public long Parks => Interlocked.Read(ref parks);

    /// <summary>
    /// Starts a goroutine on its own thread. The body calls an operation, and Complete* after
    /// Parked. All bodies wait at a gate that JoinAll opens, so that they really overlap.
    /// </summary>
    public G Go(Action<G> body)
    {
        var g = new G(Interlocked.Increment(ref lastId), new ThreadBody());
        g.Status = GStatus.Running;
        var t = new Thread(() =>
        {
            gate.Wait();
            try { body(g); }
            catch (Exception e) { Failures.Enqueue(e); }
            g.Status = GStatus.Dead;
        }) { IsBackground = true };
        threads.Add(t);
        t.Start();
        return g;
    }

    /// <summary>Waits for every goroutine to finish; false on timeout (a lost wake-up).</summary>
    public bool JoinAll(TimeSpan timeout)
    {
        gate.Set();
        var deadline = DateTime.UtcNow + timeout;
        foreach (var t in threads)
        {
            var left = deadline - DateTime.UtcNow;
            if (left < TimeSpan.Zero || !t.Join(left)) return false;
        }
        return true;
    }

    private sealed class ThreadBody : IGoroutineBody
    {
        public readonly SemaphoreSlim Wake = new(0);
        public SliceResult RunSlice(G g, int budget) => throw new InvalidOperationException("threaded goroutines run on their own thread");
    }
}
