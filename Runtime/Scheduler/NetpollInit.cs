namespace Minigo.Runtime;

// Go's netpollGenericInit: the program's network poller comes into being with its first
// socket. Until then the scheduler sleeps in the stub, which costs no descriptors.
public sealed partial class Scheduler
{
    /// <summary>
    /// The program's network poller, created on first use (of the kind the options ask for) and
    /// attached: from then on idle M's sleep in it, findRunnable and sysmon poll it, and
    /// checkdead asks it whether goroutines wait on I/O. An M already asleep in the stub is woken
    /// to come back to the new poller.
    /// </summary>
    public NetPoller NetpollInit()
    {
        if (poller is NetPoller existing) return existing;
        lock (netpollInitLock)
        {
            if (poller is NetPoller again) return again;
            if (options.NetPoller != null) throw new InvalidOperationException("netpoll: the scheduler's INetPoller cannot open sockets");
            var created = NetPoller.Create(options.NetPollKind);
            created.Attach(this);
            var stub = poller;
            ownPoller = created;
            poller = created;
            haveNetPoller = true;
            stub.Break();
            return created;
        }
    }

    /// <summary>
    /// The poller's last waiter is gone (readied, or its park undone). An M that went to sleep
    /// in the poller while it waited, with no timer to wake it, would sleep for ever and, counted
    /// as running, keep checkdead from ever reporting a deadlock: wake it. findRunnable takes
    /// the poller (lastpoll = 0), then looks at the waiters again; this runs after the count
    /// dropped, then looks at lastpoll: one of the two sees the other (both are full fences).
    /// </summary>
    internal void netpollWaitersGone()
    {
        if (Volatile.Read(ref lastpoll) == 0 && Volatile.Read(ref pollUntil) == 0) poller.Break();
    }

    /// <summary>After the run: the poller the scheduler created closes what the program left open.</summary>
    private void disposeNetPoller()
    {
        lock (netpollInitLock) ownPoller?.Dispose();
    }
}
