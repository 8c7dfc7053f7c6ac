using System.Runtime.InteropServices;

namespace Minigo.Runtime;

/// <summary>
/// Go's netpoll_epoll.go: one epoll instance per program. Descriptors are registered once,
/// edge-triggered for reading and writing (EPOLLIN|EPOLLOUT|EPOLLRDHUP|EPOLLET), so the
/// kernel reports each transition to ready once and nothing needs re-arming: a reader that
/// gets EAGAIN parks, and the next transition wakes it. An eventfd breaks a blocking wait.
/// </summary>
public sealed unsafe class EpollPoller : NetPoller
{
    /// <summary>The event data of the eventfd: no descriptor's token has generation 0.</summary>
    private const ulong BreakToken = 0;
    private const int MaxEvents = 128;

    private readonly int epfd;
    private readonly int breakfd;
    /// <summary>Go's netpollWakeSig: a break is pending, so further ones need not write.</summary>
    private int wakeSig;
    /// <summary>The descriptors are closed: an M that outlived the run must not wait on a number since reused.</summary>
    private volatile bool closed;

    public EpollPoller()
    {
        epfd = Epoll.epoll_create1(Epoll.EPOLL_CLOEXEC);
        if (epfd < 0) throw new InvalidOperationException($"runtime: epollcreate failed with {Marshal.GetLastPInvokeError()}");
        breakfd = Epoll.eventfd(0, Epoll.EFD_CLOEXEC | Epoll.EFD_NONBLOCK);
        if (breakfd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            Epoll.close(epfd);
            throw new InvalidOperationException($"runtime: eventfd failed with {errno}");
        }
        // Level-triggered: a pending break is seen by every poll until a blocking one consumes it.
        int e = Epoll.Ctl(epfd, Epoll.EPOLL_CTL_ADD, breakfd, Epoll.EPOLLIN, BreakToken);
        if (e != 0) throw new InvalidOperationException($"runtime: epollctl failed with {e}");
    }

    protected override int Arm(PollDesc pd) =>
        Epoll.Ctl(epfd, Epoll.EPOLL_CTL_ADD, pd.Fd, Epoll.EPOLLIN | Epoll.EPOLLOUT | Epoll.EPOLLRDHUP | Epoll.EPOLLET, Token(pd));

    protected override void Disarm(PollDesc pd) => Epoll.Ctl(epfd, Epoll.EPOLL_CTL_DEL, pd.Fd, 0, 0);

    public override void Break()
    {
        if (closed || Interlocked.CompareExchange(ref wakeSig, 1, 0) != 0) return;
        ulong one = 1;
        while (true)
        {
            if (Epoll.write(breakfd, (byte*)&one, 8) == 8) return;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Epoll.EINTR) continue;
            // EAGAIN: the counter is full, so a wake-up is pending anyway.
            if (errno == Epoll.EAGAIN) return;
            throw new InvalidOperationException($"runtime: netpollBreak write failed with {errno}");
        }
    }

    /// <summary>netpoll: waits for events (delay &lt; 0 for ever, 0 not at all, else at most delay ns, rounded up to ms).</summary>
    public override void Poll(long delayNanos, List<G> ready)
    {
        if (closed) return;
        int waitms = delayNanos < 0 ? -1 : delayNanos == 0 ? 0 : Clock.MillisecondsCeiling(Math.Min(delayNanos, 1_000_000_000_000_000));
        // Each polling thread has its own buffer: the non-blocking form may run beside a blocking one.
        byte* events = stackalloc byte[MaxEvents * Epoll.EventSize];
        int n;
        while ((n = Epoll.epoll_wait(epfd, events, MaxEvents, waitms)) < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != Epoll.EINTR) throw new InvalidOperationException($"runtime: epollwait on fd {epfd} failed with {errno}");
            // A timed sleep that was interrupted returns, so that the caller recomputes it.
            if (waitms > 0) return;
        }
        for (int i = 0; i < n; i++)
        {
            byte* ev = events + i * Epoll.EventSize;
            uint bits = Epoll.Events(ev);
            if (bits == 0) continue;
            ulong token = Epoll.Data(ev);
            if (token == BreakToken)
            {
                // A non-blocking poll may see the break; only a blocking one consumes it.
                if (delayNanos != 0)
                {
                    ulong counter;
                    Epoll.read(breakfd, (byte*)&counter, 8);
                    Volatile.Write(ref wakeSig, 0);
                }
                continue;
            }
            int mode = 0;
            if ((bits & (Epoll.EPOLLIN | Epoll.EPOLLRDHUP | Epoll.EPOLLHUP | Epoll.EPOLLERR)) != 0) mode += PollDesc.ModeRead;
            if ((bits & (Epoll.EPOLLOUT | Epoll.EPOLLHUP | Epoll.EPOLLERR)) != 0) mode += PollDesc.ModeWrite;
            if (mode == 0 || Lookup(token) is not { } pd) continue;
            pd.SetEventErr(bits == Epoll.EPOLLERR);
            pd.Notify(mode, ready);
        }
    }

    protected override void DisposePlatform()
    {
        closed = true;
        Epoll.close(breakfd);
        Epoll.close(epfd);
    }
}
