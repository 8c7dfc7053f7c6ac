using static Minigo.StdLib.Net.LinuxSyscalls;

using Errno = Minigo.StdLib.Syscall.Errno;

namespace Minigo.StdLib.Net;

/// <summary>
/// A socket on Linux, as Go has it: a raw non-blocking descriptor used through libc's
/// system calls and registered once with the program's epoll. Raw calls rather than
/// System.Net.Sockets.Socket: errno comes back as Go sees it (so its messages are Go's),
/// accept4 and connect report EAGAIN/EINPROGRESS as values instead of exceptions, and no
/// .NET socket engine registers the descriptor in an epoll of its own.
/// </summary>
internal sealed unsafe class LinuxSocket : NetSocket
{
    private int fd;
    private readonly long id;

    private LinuxSocket(int fd)
    {
        this.fd = fd;
        id = fd + 1L;
    }

    public override long Id => id;

    protected override int PollFd => fd;

    /// <summary>socket(2), non-blocking and close-on-exec from the start.</summary>
    public static int Create(int family, int type, int proto, out NetSocket? s)
    {
        int fd = socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, proto);
        s = fd < 0 ? null : new LinuxSocket(fd);
        return fd < 0 ? Errno() : 0;
    }

    private static int Result(long r) => r < 0 ? Errno() : 0;

    public override int Bind(in SockAddr sa)
    {
        byte* buf = stackalloc byte[MaxSockaddr];
        return Result(bind(fd, buf, Encode(sa, buf)));
    }

    public override int Listen(int backlog) => Result(listen(fd, backlog));

    public override int Connect(in SockAddr sa)
    {
        byte* buf = stackalloc byte[MaxSockaddr];
        return Result(connect(fd, buf, Encode(sa, buf)));
    }

    public override int Accept(out NetSocket? accepted, out SockAddr peer)
    {
        byte* buf = stackalloc byte[MaxSockaddr];
        int len = MaxSockaddr;
        int ns = accept4(fd, buf, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (ns < 0)
        {
            accepted = null;
            peer = SockAddr.None;
            return Errno();
        }
        accepted = new LinuxSocket(ns);
        peer = Decode(buf);
        return 0;
    }

    public override int Read(Span<byte> b, out int n)
    {
        fixed (byte* p = b)
        {
            long r = read(fd, p, b.Length);
            n = r < 0 ? 0 : (int)r;
            return Result(r);
        }
    }

    public override int Write(ReadOnlySpan<byte> b, out int n)
    {
        fixed (byte* p = b)
        {
            long r = write(fd, p, b.Length);
            n = r < 0 ? 0 : (int)r;
            return Result(r);
        }
    }

    public override int RecvFrom(Span<byte> b, out int n, out SockAddr from)
    {
        byte* buf = stackalloc byte[MaxSockaddr];
        int len = MaxSockaddr;
        fixed (byte* p = b)
        {
            long r = recvfrom(fd, p, b.Length, 0, buf, &len);
            n = r < 0 ? 0 : (int)r;
            from = r < 0 ? SockAddr.None : Decode(buf);
            return Result(r);
        }
    }

    public override int SendTo(ReadOnlySpan<byte> b, in SockAddr to, out int n)
    {
        byte* buf = stackalloc byte[MaxSockaddr];
        int len = Encode(to, buf);
        fixed (byte* p = b)
        {
            long r = sendto(fd, p, b.Length, 0, buf, len);
            n = r < 0 ? 0 : (int)r;
            return Result(r);
        }
    }

    public override int Shutdown(int how) => Result(shutdown(fd, how));

    public override int SetsockoptInt(int level, int name, int value) => Result(setsockopt(fd, level, name, &value, sizeof(int)));

    public override int SetsockoptLinger(int onoff, int linger)
    {
        int* l = stackalloc int[2] { onoff, linger };
        return Result(setsockopt(fd, Syscall.Errno.SOL_SOCKET, Syscall.Errno.SO_LINGER, l, 2 * sizeof(int)));
    }

    public override int GetsockoptInt(int level, int name, out int value)
    {
        int v = 0, len = sizeof(int);
        int r = getsockopt(fd, level, name, &v, &len);
        value = v;
        return Result(r);
    }

    public override int GetSockName(out SockAddr sa) => Name(&getsockname, out sa);

    public override int GetPeerName(out SockAddr sa) => Name(&getpeername, out sa);

    /// <summary>getsockname or getpeername.</summary>
    private int Name(delegate*<int, byte*, int*, int> call, out SockAddr sa)
    {
        byte* buf = stackalloc byte[MaxSockaddr];
        int len = MaxSockaddr;
        int r = call(fd, buf, &len);
        sa = r < 0 ? SockAddr.None : Decode(buf);
        return Result(r);
    }

    public override int Close()
    {
        int old = Interlocked.Exchange(ref fd, -1);
        return old < 0 ? Syscall.Errno.EBADF : Result(close(old));
    }
}
