namespace Minigo.Runtime;

/// <summary>
/// The network poller as the scheduler drives it (Go's netpoll, netpollBreak,
/// netpollAnyWaiters). Goroutines blocked on I/O are parked (WaitReason.IOWait) and stay
/// Waiting; Poll hands back the ones whose descriptors became ready and the scheduler makes
/// them runnable. An idle M blocks in Poll with the next timer as its timeout.
/// </summary>
public interface INetPoller
{
    /// <summary>
    /// Appends to <paramref name="ready"/> the goroutines whose I/O is ready. delayNanos &lt; 0
    /// blocks until there is some or Break is called; 0 does not block; &gt; 0 blocks at most
    /// that long. Called by one thread at a time, except the non-blocking form.
    /// </summary>
    void Poll(long delayNanos, List<G> ready);

    /// <summary>
    /// Wakes a Poll blocked in another thread, or makes the next one return at once if none is
    /// blocked yet: a break must never be lost (an eventfd behaves so).
    /// </summary>
    void Break();

    /// <summary>Some goroutine is parked waiting for I/O, so the program is not deadlocked.</summary>
    bool HasWaiters { get; }
}

/// <summary>
/// Go's netpoll_stub.go: the poller used when there is none. There is no I/O to watch, only
/// a wait that timers and Break cut short: the idle M sleeps here until the next timer.
/// </summary>
internal sealed class NetpollStub : INetPoller
{
    private readonly object gate = new();
    private bool broken;

    public bool HasWaiters => false;

    public void Poll(long delayNanos, List<G> ready)
    {
        if (delayNanos == 0) return;
        lock (gate)
        {
            if (!broken)
            {
                if (delayNanos < 0) Monitor.Wait(gate);
                else Monitor.Wait(gate, Clock.MillisecondsCeiling(delayNanos));
            }
            broken = false;
        }
    }

    public void Break()
    {
        lock (gate)
        {
            broken = true;
            Monitor.Pulse(gate);
        }
    }
}
