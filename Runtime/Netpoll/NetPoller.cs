namespace Minigo.Runtime;

/// <summary>Which network poller a program gets.</summary>
public enum NetPollKind : byte
{
    /// <summary>MINIGO_NETPOLL=epoll|fallback if set, else epoll on Linux and the fallback elsewhere.</summary>
    Auto,
    /// <summary>Linux epoll through P/Invoke (EpollPoller).</summary>
    Epoll,
    /// <summary>.NET's asynchronous socket operations (CompletionPoller).</summary>
    Fallback,
}

/// <summary>
/// The platform-independent part of Go's netpoll.go: the poll descriptors of a program's
/// sockets and the count of goroutines parked on them, under the scheduler's INetPoller
/// interface. A platform part (netpollinit/netpollopen/netpollclose/netpoll/netpollBreak)
/// arms descriptors and delivers readiness through PollDesc.Notify. Created on first socket
/// use by Scheduler.NetpollInit; closes whatever sockets the program left open when it ends.
/// </summary>
public abstract class NetPoller : INetPoller, IDisposable
{
    public const string EnvironmentVariable = "MINIGO_NETPOLL";

    private Scheduler? scheduler;
    /// <summary>Go's netpollWaiters: goroutines parked on a descriptor; while any, the program is not deadlocked.</summary>
    private int waiters;

    // The registry: the poller's event data names a descriptor by slot and generation, since
    // an event may be read after its descriptor was closed and the slot reused.
    private readonly Lock registryLock = new();
    private volatile PollDesc?[] descs = new PollDesc?[64];
    private readonly Stack<int> freeSlots = new();
    private int used;
    private uint generation;
    private bool disposed;

    /// <summary>The poller the environment asks for (MINIGO_NETPOLL), or the platform's.</summary>
    public static NetPoller Create(NetPollKind kind = NetPollKind.Auto)
    {
        if (kind == NetPollKind.Auto)
        {
            kind = Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim().ToLowerInvariant() switch
            {
                "fallback" => NetPollKind.Fallback,
                "epoll" => NetPollKind.Epoll,
                _ => OperatingSystem.IsLinux() ? NetPollKind.Epoll : NetPollKind.Fallback,
            };
        }
        return kind == NetPollKind.Epoll ? new EpollPoller() : new CompletionPoller();
    }

    /// <summary>The scheduler whose goroutines park on this poller's descriptors.</summary>
    public Scheduler Scheduler => scheduler ?? throw new InvalidOperationException("netpoll: the poller is not attached to a scheduler");

    internal void Attach(Scheduler s)
    {
        if (scheduler != null && scheduler != s) throw new InvalidOperationException("netpoll: the poller belongs to another scheduler");
        scheduler = s;
    }

    public bool HasWaiters => Volatile.Read(ref waiters) > 0;

    /// <summary>Parked goroutines, for tests.</summary>
    internal int Waiters => Volatile.Read(ref waiters);

    internal void AddWaiter() => Interlocked.Increment(ref waiters);

    /// <summary>
    /// A waiter is gone. If it was the last, an M may be asleep in Poll for ever on its
    /// account, counted by checkdead as running: the scheduler wakes it to look again.
    /// </summary>
    internal void RemoveWaiter()
    {
        if (Interlocked.Decrement(ref waiters) == 0) scheduler?.netpollWaitersGone();
    }

    /// <summary>
    /// poll_runtime_pollOpen: a descriptor for fd (or -1 when the platform part watches
    /// something else, as the fallback's .NET sockets), armed for edge-triggered readiness.
    /// owner is the socket: disposed by the poller if the program ends with it open. Returns
    /// null and the errno if the platform part refuses the descriptor.
    /// </summary>
    public PollDesc? Open(int fd, object? owner, out int errno)
    {
        var pd = new PollDesc(this, fd, owner);
        lock (registryLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            int slot;
            if (freeSlots.Count > 0) slot = freeSlots.Pop();
            else
            {
                if (used == descs.Length)
                {
                    var bigger = new PollDesc?[used * 2];
                    Array.Copy(descs, bigger, used);
                    descs = bigger;
                }
                slot = used++;
            }
            pd.Slot = slot;
            do generation = unchecked(generation + 1);
            while (generation == 0); // 0 names no descriptor (EpollPoller's break token)
            pd.Generation = generation;
            descs[slot] = pd;
        }
        errno = Arm(pd);
        if (errno == 0) return pd;
        Release(pd);
        return null;
    }

    /// <summary>poll_runtime_pollClose: after Evict, when nobody waits any more; the caller then closes the socket.</summary>
    public void Close(PollDesc pd)
    {
        pd.CheckClosable();
        Disarm(pd);
        Release(pd);
    }

    private void Release(PollDesc pd)
    {
        lock (registryLock)
        {
            if (pd.Slot < 0 || descs[pd.Slot] != pd) return;
            descs[pd.Slot] = null;
            freeSlots.Push(pd.Slot);
            pd.Slot = -1;
        }
    }

    /// <summary>The event data naming pd: its slot and generation.</summary>
    protected static ulong Token(PollDesc pd) => (ulong)pd.Generation << 32 | (uint)pd.Slot;

    /// <summary>The descriptor an event's data names, or null if it was closed since.</summary>
    protected PollDesc? Lookup(ulong token)
    {
        var all = descs;
        int slot = (int)(uint)token;
        if ((uint)slot >= (uint)all.Length) return null;
        var pd = all[slot];
        return pd != null && pd.Generation == (uint)(token >> 32) ? pd : null;
    }

    /// <summary>netpollopen: arm pd's descriptor; an errno on failure.</summary>
    protected abstract int Arm(PollDesc pd);

    /// <summary>netpollclose.</summary>
    protected abstract void Disarm(PollDesc pd);

    public abstract void Poll(long delayNanos, List<G> ready);

    public abstract void Break();

    /// <summary>
    /// The program ended: close the sockets it left open (Go's process exit would), then the
    /// platform part. The scheduler's threads have stopped by now.
    /// </summary>
    public void Dispose()
    {
        PollDesc?[] left;
        lock (registryLock)
        {
            if (disposed) return;
            disposed = true;
            left = descs[..used];
        }
        foreach (var pd in left)
            if (pd?.Owner is IDisposable socket)
            {
                try { socket.Dispose(); }
                catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
            }
        DisposePlatform();
        GC.SuppressFinalize(this);
    }

    protected abstract void DisposePlatform();
}
