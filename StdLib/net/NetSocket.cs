using Minigo.Runtime;

using Errno = Minigo.StdLib.Syscall.Errno;

namespace Minigo.StdLib.Net;

/// <summary>
/// A socket as package net's natives see it: Go's sysfd with its poll descriptor. Every call
/// is non-blocking and returns an errno (0, or Errno.EAGAIN when it would block: the Go code
/// then waits on the poll descriptor and tries again). Two kinds: LinuxSocket (raw
/// descriptors, watched by epoll) and DotnetSocket (the fallback, whose would-block calls
/// start .NET asynchronous operations that notify the descriptor when they complete).
/// </summary>
internal abstract class NetSocket : IDisposable
{
    private PollWaiter? readWaiter, writeWaiter;

    /// <summary>The Go handle's number: never 0 (Go's code compares handles with 0).</summary>
    public abstract long Id { get; }

    /// <summary>Its poll descriptor, once registered (runtime_pollOpen).</summary>
    public PollDesc? Pd { get; private set; }

    /// <summary>The descriptor the poller watches (-1 for .NET sockets).</summary>
    protected abstract int PollFd { get; }

    /// <summary>poll_runtime_pollOpen: registers with the program's poller; an errno on failure.</summary>
    public int PollOpen(NetPoller poller)
    {
        Pd = poller.Open(PollFd, this, out int errno);
        if (Pd != null) Registered(Pd);
        return errno;
    }

    /// <summary>Just registered: an operation started before (a connect) may have completed already.</summary>
    protected virtual void Registered(PollDesc pd) { }

    /// <summary>poll_runtime_pollClose.</summary>
    public void PollClose()
    {
        if (Pd == null) return;
        Pd.Poller.Close(Pd);
        Pd = null;
    }

    /// <summary>The parked reader's or writer's resume state, made on the first wait.</summary>
    public PollWaiter Waiter(int mode) => mode == PollDesc.ModeRead
        ? readWaiter ??= new PollWaiter(Pd!, mode)
        : writeWaiter ??= new PollWaiter(Pd!, mode);

    public abstract int Bind(in SockAddr sa);
    public abstract int Listen(int backlog);
    /// <summary>Starts connecting: 0, EINPROGRESS (wait for writability, then ask SO_ERROR), or an error.</summary>
    public abstract int Connect(in SockAddr sa);
    public abstract int Accept(out NetSocket? accepted, out SockAddr peer);
    public abstract int Read(Span<byte> b, out int n);
    public abstract int Write(ReadOnlySpan<byte> b, out int n);
    public abstract int RecvFrom(Span<byte> b, out int n, out SockAddr from);
    public abstract int SendTo(ReadOnlySpan<byte> b, in SockAddr to, out int n);
    public abstract int Shutdown(int how);
    public abstract int SetsockoptInt(int level, int name, int value);
    public abstract int SetsockoptLinger(int onoff, int linger);
    public abstract int GetsockoptInt(int level, int name, out int value);
    public abstract int GetSockName(out SockAddr sa);
    public abstract int GetPeerName(out SockAddr sa);
    /// <summary>Closes the socket; the poll descriptor must be closed first.</summary>
    public abstract int Close();

    /// <summary>The program ended with the socket open.</summary>
    public void Dispose() => Close();
}
