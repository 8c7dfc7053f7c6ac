using System.Net;
using System.Net.Sockets;
using Minigo.Runtime;

using Errno = Minigo.StdLib.Syscall.Errno;

namespace Minigo.StdLib.Net;

/// <summary>
/// A socket for the completion fallback (no epoll): a non-blocking .NET Socket. A call that
/// would block starts a .NET asynchronous operation and returns EAGAIN; its completion, on a
/// .NET thread, notifies the poll descriptor through the CompletionPoller, and the retried
/// call then finds the result. So the Go code is the same as on epoll:
/// - stream reads: a zero-byte receive, which completes when data (or EOF) is there;
/// - accept, connect, datagram receives: the operation itself, whose result the retry takes
///   (an operation outlives a deadline: a later call takes its result; Close aborts it);
/// - writes that would block: the rest is copied and sent asynchronously, and counted as
///   written, as a kernel buffer would take it; the next write waits for that send, and
///   reports its error.
/// </summary>
internal sealed class DotnetSocket : NetSocket
{
    private static long nextId;

    private readonly long id = Interlocked.Increment(ref nextId);
    private readonly Socket socket;
    /// <summary>Guards the operation state below against the completions.</summary>
    private readonly Lock gate = new();
    private bool closed;

    private SocketAsyncEventArgs? readArgs, writeArgs;
    private bool readArmed, writeArmed;
    /// <summary>A completed accept, connect or datagram receive not yet taken (errno -1: none).</summary>
    private int readResult = -1;
    private NetSocket? accepted;
    private SockAddr resultAddr;
    private byte[]? datagram;
    private int datagramLength;
    private bool connecting;
    private int connectError;
    private int writeError;
    private byte[]? sendBuffer;

    private DotnetSocket(Socket socket)
    {
        this.socket = socket;
        socket.Blocking = false;
    }

    public override long Id => id;

    protected override int PollFd => -1;

    public static int Create(int family, int type, int proto, out NetSocket? s)
    {
        s = null;
        var af = family switch
        {
            Errno.AF_INET => AddressFamily.InterNetwork,
            Errno.AF_INET6 => AddressFamily.InterNetworkV6,
            _ => AddressFamily.Unknown,
        };
        var st = type switch
        {
            Errno.SOCK_STREAM => SocketType.Stream,
            Errno.SOCK_DGRAM => SocketType.Dgram,
            _ => SocketType.Unknown,
        };
        if (af == AddressFamily.Unknown) return Errno.EAFNOSUPPORT;
        if (st == SocketType.Unknown || proto != 0) return Errno.EPROTONOSUPPORT;
        try
        {
            s = new DotnetSocket(new Socket(af, st, st == SocketType.Stream ? ProtocolType.Tcp : ProtocolType.Udp));
            return 0;
        }
        catch (SocketException e)
        {
            return SocketErrors.ToErrno(e);
        }
    }

    private static int Call(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or ArgumentException)
        {
            return SocketErrors.ToErrno(e);
        }
    }

    private static IPEndPoint EndPoint(in SockAddr sa) =>
        sa.Family == Errno.AF_INET ? new IPEndPoint(new IPAddress(sa.Ip), sa.Port) : new IPEndPoint(new IPAddress(sa.Ip, sa.Zone), sa.Port);

    private static SockAddr FromEndPoint(EndPoint? ep)
    {
        if (ep is not IPEndPoint ip) return SockAddr.None;
        bool v4 = ip.AddressFamily == AddressFamily.InterNetwork;
        return new SockAddr(v4 ? Errno.AF_INET : Errno.AF_INET6, ip.Address.GetAddressBytes(), ip.Port, v4 ? 0 : (int)ip.Address.ScopeId);
    }

    public override int Bind(in SockAddr sa)
    {
        var ep = EndPoint(sa);
        return Call(() => socket.Bind(ep));
    }

    public override int Listen(int backlog) => Call(() => socket.Listen(backlog));

    /// <summary>
    /// As epoll reports a descriptor's current readiness when it is added, report it ready
    /// now: Go starts connecting before registering, and a completion that came first found
    /// no descriptor to notify. If nothing is ready, the retried call just waits again.
    /// </summary>
    protected override void Registered(PollDesc pd) =>
        ((CompletionPoller)pd.Poller).Complete(pd, PollDesc.ModeRead + PollDesc.ModeWrite);

    /// <summary>The descriptor is ready in mode: wake the goroutine waiting on it, if any.</summary>
    private void Notify(int mode)
    {
        if (Pd is { } pd) ((CompletionPoller)pd.Poller).Complete(pd, mode);
    }

    private SocketAsyncEventArgs Args(ref SocketAsyncEventArgs? args)
    {
        if (args != null) return args;
        args = new SocketAsyncEventArgs { UserToken = this };
        args.Completed += static (_, e) => ((DotnetSocket)e.UserToken!).Completed(e);
        return args;
    }

    /// <summary>An operation completed asynchronously: record its result, then notify.</summary>
    private void Completed(SocketAsyncEventArgs e)
    {
        lock (gate) Record(e);
        Notify(ModeOf(e));
    }

    private static int ModeOf(SocketAsyncEventArgs e) =>
        e.LastOperation is SocketAsyncOperation.Send or SocketAsyncOperation.SendTo or SocketAsyncOperation.Connect ? PollDesc.ModeWrite : PollDesc.ModeRead;

    /// <summary>Holding gate: the outcome of a finished operation, for the call that retries.</summary>
    private void Record(SocketAsyncEventArgs e)
    {
        int errno = SocketErrors.ToErrno(e.SocketError);
        switch (e.LastOperation)
        {
            case SocketAsyncOperation.Receive:
                readArmed = false;
                break;
            case SocketAsyncOperation.Accept:
                readArmed = false;
                if (errno == 0)
                {
                    var s = new DotnetSocket(e.AcceptSocket!);
                    e.AcceptSocket = null;
                    if (closed) s.Close();
                    else
                    {
                        accepted = s;
                        resultAddr = FromEndPoint(s.socket.RemoteEndPoint);
                    }
                }
                readResult = errno;
                break;
            case SocketAsyncOperation.ReceiveFrom:
                readArmed = false;
                datagramLength = e.BytesTransferred;
                resultAddr = FromEndPoint(e.RemoteEndPoint);
                readResult = errno;
                break;
            case SocketAsyncOperation.Connect:
                connecting = false;
                connectError = errno;
                break;
            case SocketAsyncOperation.Send or SocketAsyncOperation.SendTo:
                writeArmed = false;
                if (writeError == 0) writeError = errno;
                break;
        }
    }

    /// <summary>
    /// Starts an operation (start returns false if it completed at once, as .NET's *Async
    /// methods do); a synchronous completion is recorded and notified before returning, so a
    /// wait that follows finds the descriptor ready. False if the socket is closed.
    /// </summary>
    private bool Start(SocketAsyncEventArgs args, Func<Socket, SocketAsyncEventArgs, bool> start)
    {
        try
        {
            if (!start(socket, args))
            {
                Record(args);
                Notify(ModeOf(args));
            }
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public override int Connect(in SockAddr sa)
    {
        lock (gate)
        {
            var args = Args(ref writeArgs);
            args.RemoteEndPoint = EndPoint(sa);
            connecting = true;
            if (!Start(args, static (s, a) => s.ConnectAsync(a))) return Errno.EBADF;
            if (connecting) return Errno.EINPROGRESS;
            int e = connectError;
            connectError = 0;
            return e;
        }
    }

    public override int Accept(out NetSocket? ns, out SockAddr peer)
    {
        lock (gate)
        {
            ns = null;
            peer = SockAddr.None;
            if (readResult < 0 && !readArmed)
            {
                var args = Args(ref readArgs);
                args.AcceptSocket = null;
                readArmed = true;
                if (!Start(args, static (s, a) => s.AcceptAsync(a))) return Errno.EBADF;
            }
            if (readResult < 0) return Errno.EAGAIN;
            int errno = readResult;
            readResult = -1;
            ns = accepted;
            peer = resultAddr;
            accepted = null;
            return errno;
        }
    }

    public override int Read(Span<byte> b, out int n)
    {
        // A zero-byte receive is a readiness signal on streams only: on a datagram socket it
        // could take a datagram away. A connected UDP socket reads as it receives from.
        if (socket.SocketType == SocketType.Dgram) return RecvFrom(b, out n, out _);
        n = socket.Receive(b, SocketFlags.None, out var se);
        if (se != SocketError.WouldBlock) return SocketErrors.ToErrno(se);
        lock (gate)
        {
            if (readArmed) return Errno.EAGAIN;
            var args = Args(ref readArgs);
            args.SetBuffer(Memory<byte>.Empty);
            readArmed = true;
            if (!Start(args, static (s, a) => s.ReceiveAsync(a))) return Errno.EBADF;
        }
        // If the zero-byte receive completed at once, data came meanwhile: the wait that
        // follows returns at once and the read is tried again.
        return Errno.EAGAIN;
    }

    public override int RecvFrom(Span<byte> b, out int n, out SockAddr from)
    {
        lock (gate)
        {
            n = 0;
            from = SockAddr.None;
            if (readResult < 0 && !readArmed)
            {
                var args = Args(ref readArgs);
                datagram ??= new byte[65536];
                args.SetBuffer(datagram, 0, datagram.Length);
                args.RemoteEndPoint = socket.AddressFamily == AddressFamily.InterNetwork ? new IPEndPoint(IPAddress.Any, 0) : new IPEndPoint(IPAddress.IPv6Any, 0);
                readArmed = true;
                if (!Start(args, static (s, a) => s.ReceiveFromAsync(a))) return Errno.EBADF;
            }
            if (readResult < 0) return Errno.EAGAIN;
            int errno = readResult;
            readResult = -1;
            if (errno != 0) return errno;
            // A datagram longer than b is truncated, as recvfrom does.
            n = Math.Min(b.Length, datagramLength);
            datagram.AsSpan(0, n).CopyTo(b);
            from = resultAddr;
            return 0;
        }
    }

    public override int Write(ReadOnlySpan<byte> b, out int n) => Send(b, null, out n);

    public override int SendTo(ReadOnlySpan<byte> b, in SockAddr to, out int n) => Send(b, EndPoint(to), out n);

    /// <summary>
    /// Sends what the socket takes now; the rest, if it would block, goes to an asynchronous
    /// send of a copy and counts as written. EAGAIN while such a send is in flight.
    /// </summary>
    private int Send(ReadOnlySpan<byte> b, IPEndPoint? to, out int n)
    {
        n = 0;
        lock (gate)
        {
            if (writeArmed) return Errno.EAGAIN;
            if (writeError != 0)
            {
                int e = writeError;
                writeError = 0;
                return e;
            }
            SocketError se;
            if (to == null) n = socket.Send(b, SocketFlags.None, out se);
            else
            {
                try
                {
                    n = socket.SendTo(b, SocketFlags.None, to);
                    se = SocketError.Success;
                }
                catch (SocketException e)
                {
                    se = e.SocketErrorCode;
                }
                catch (ObjectDisposedException)
                {
                    se = SocketError.OperationAborted;
                }
            }
            if (se != SocketError.WouldBlock) return SocketErrors.ToErrno(se);
            if (sendBuffer == null || sendBuffer.Length < b.Length) sendBuffer = new byte[Math.Max(b.Length, 4096)];
            b.CopyTo(sendBuffer);
            var args = Args(ref writeArgs);
            args.SetBuffer(sendBuffer, 0, b.Length);
            writeArmed = true;
            bool started = to == null
                ? Start(args, static (s, a) => s.SendAsync(a))
                : Start(args, (s, a) =>
                {
                    a.RemoteEndPoint = to;
                    return s.SendToAsync(a);
                });
            if (!started) return Errno.EBADF;
            n = b.Length;
            return 0;
        }
    }

    public override int Shutdown(int how) => Call(() => socket.Shutdown(how switch
    {
        Errno.SHUT_RD => SocketShutdown.Receive,
        Errno.SHUT_WR => SocketShutdown.Send,
        _ => SocketShutdown.Both,
    }));

    public override int SetsockoptInt(int level, int name, int value)
    {
        // On Linux the option numbers are the kernel's: pass them through, since .NET's
        // ReuseAddress also sets SO_REUSEPORT (two listeners could share a port).
        if (OperatingSystem.IsLinux()) return Call(() => socket.SetRawSocketOption(level, name, BitConverter.GetBytes(value)));
        if (level == Errno.SOL_SOCKET && name == Errno.SO_REUSEADDR) return 0; // nowhere else does .NET set it alone
        if (Option(level, name) is not { } opt) return Errno.ENOPROTOOPT;
        return Call(() => socket.SetSocketOption(opt.Item1, opt.Item2, value));
    }

    public override int SetsockoptLinger(int onoff, int linger) => Call(() => socket.LingerState = new LingerOption(onoff != 0, linger));

    public override int GetsockoptInt(int level, int name, out int value)
    {
        value = 0;
        if (level == Errno.SOL_SOCKET && name == Errno.SO_ERROR)
        {
            // The pending error of a connect in progress, as the kernel's SO_ERROR.
            lock (gate)
            {
                value = connecting ? Errno.EINPROGRESS : connectError;
                if (!connecting) connectError = 0;
            }
            return 0;
        }
        int v = 0;
        int errno;
        if (OperatingSystem.IsLinux())
        {
            var buf = new byte[sizeof(int)];
            errno = Call(() => socket.GetRawSocketOption(level, name, buf));
            v = BitConverter.ToInt32(buf);
        }
        else if (Option(level, name) is { } opt) errno = Call(() => v = (int)socket.GetSocketOption(opt.Item1, opt.Item2)!);
        else errno = Errno.ENOPROTOOPT;
        value = v;
        return errno;
    }

    /// <summary>Linux's (level, name) of an option as .NET names it.</summary>
    private static (SocketOptionLevel, SocketOptionName)? Option(int level, int name) => (level, name) switch
    {
        (Errno.SOL_SOCKET, Errno.SO_REUSEADDR) => (SocketOptionLevel.Socket, SocketOptionName.ReuseAddress),
        (Errno.SOL_SOCKET, Errno.SO_KEEPALIVE) => (SocketOptionLevel.Socket, SocketOptionName.KeepAlive),
        (Errno.SOL_SOCKET, Errno.SO_BROADCAST) => (SocketOptionLevel.Socket, SocketOptionName.Broadcast),
        (Errno.SOL_SOCKET, Errno.SO_RCVBUF) => (SocketOptionLevel.Socket, SocketOptionName.ReceiveBuffer),
        (Errno.SOL_SOCKET, Errno.SO_SNDBUF) => (SocketOptionLevel.Socket, SocketOptionName.SendBuffer),
        (Errno.IPPROTO_TCP, Errno.TCP_NODELAY) => (SocketOptionLevel.Tcp, SocketOptionName.NoDelay),
        (Errno.IPPROTO_TCP, Errno.TCP_KEEPIDLE) => (SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime),
        (Errno.IPPROTO_TCP, Errno.TCP_KEEPINTVL) => (SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval),
        (Errno.IPPROTO_TCP, Errno.TCP_KEEPCNT) => (SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount),
        (Errno.IPPROTO_IPV6, Errno.IPV6_V6ONLY) => (SocketOptionLevel.IPv6, SocketOptionName.IPv6Only),
        _ => null,
    };

    public override int GetSockName(out SockAddr sa)
    {
        var r = SockAddr.None;
        int errno = Call(() => r = FromEndPoint(socket.LocalEndPoint));
        sa = r;
        return errno;
    }

    public override int GetPeerName(out SockAddr sa)
    {
        var r = SockAddr.None;
        int errno = Call(() => r = FromEndPoint(socket.RemoteEndPoint));
        sa = r;
        return errno != 0 ? errno : r.Family == 0 ? Errno.ENOTCONN : 0;
    }

    public override int Close()
    {
        NetSocket? pending;
        lock (gate)
        {
            if (closed) return Errno.EBADF;
            closed = true;
            pending = accepted;
            accepted = null;
        }
        pending?.Close();
        // .NET closes a socket with operations pending abortively (a reset), where close(2)
        // would send what is buffered and a FIN: shut it down first, which ends them.
        if (socket.Connected)
        {
            try { socket.Shutdown(SocketShutdown.Both); }
            catch (SocketException) { }
        }
        socket.Dispose();
        return 0;
    }
}
