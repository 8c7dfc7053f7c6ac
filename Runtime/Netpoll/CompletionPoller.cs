using System.Collections.Concurrent;

namespace Minigo.Runtime;

/// <summary>
/// The poller where there is no epoll (or MINIGO_NETPOLL=fallback): the sockets' own code
/// starts .NET asynchronous operations when an attempt would block, and their completions,
/// on .NET's threads, notify the descriptor here (as Go's Windows poller gets completions
/// from its I/O completion port). The goroutines readied are queued for Poll, which the
/// scheduler calls as it calls epoll's; a blocking Poll sleeps until a completion or Break.
/// </summary>
public sealed class CompletionPoller : NetPoller
{
    private readonly ConcurrentQueue<G> completed = new();
    private readonly object gate = new();
    private bool broken;
    private readonly List<G> scratch = [];

    /// <summary>
    /// netpollready from a completion: the descriptor is ready in mode ('r' or 'w'). Any
    /// thread. A goroutine parked on it is handed to the scheduler at its next poll.
    /// </summary>
    public void Complete(PollDesc pd, int mode)
    {
        lock (gate)
        {
            scratch.Clear();
            pd.Notify(mode, scratch);
            if (scratch.Count == 0) return;
            foreach (var g in scratch) completed.Enqueue(g);
            Monitor.Pulse(gate);
        }
    }

    protected override int Arm(PollDesc pd) => 0;

    protected override void Disarm(PollDesc pd) { }

    public override void Poll(long delayNanos, List<G> ready)
    {
        Drain(ready);
        if (ready.Count > 0 || delayNanos == 0) return;
        long deadline = delayNanos > 0 ? Scheduler.Nanotime() + delayNanos : long.MaxValue;
        lock (gate)
        {
            while (!broken && completed.IsEmpty)
            {
                if (delayNanos < 0) Monitor.Wait(gate);
                else
                {
                    long left = deadline - Scheduler.Nanotime();
                    if (left <= 0) break;
                    Monitor.Wait(gate, Clock.MillisecondsCeiling(left));
                }
            }
            broken = false;
        }
        Drain(ready);
    }

    private void Drain(List<G> ready)
    {
        while (completed.TryDequeue(out var g)) ready.Add(g);
    }

    public override void Break()
    {
        lock (gate)
        {
            broken = true;
            Monitor.Pulse(gate);
        }
    }

    protected override void DisposePlatform() { }
}
