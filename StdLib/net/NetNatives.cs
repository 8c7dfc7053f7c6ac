using Minigo.Runtime;
using Minigo.StdLib.Support;
using Minigo.StdLib.Sync;

namespace Minigo.StdLib.Net;

/// <summary>
/// The natives of package net: the socket calls (sys.go), the runtime's poller
/// (runtime_poll*, fd_poll.go), fdMutex's semaphores and name resolution. A socket handle is
/// a Go uintptr whose slot holds the NetSocket (and its Id, so that Go's "!= 0" holds). The
/// first socket of a program creates its poller (Scheduler.NetpollInit); its kind decides the
/// kind of socket: raw descriptors for epoll, .NET sockets for the completion fallback.
/// </summary>
public static class NetNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("sysSocketNative", Socket);
        t.Add("sysClose", c => c.SetInt(0, Sock(c).Close()));
        t.Add("sysBind", c => c.SetInt(0, Sock(c).Bind(Addr(c, 1))));
        t.Add("sysListen", c => c.SetInt(0, Sock(c).Listen((int)c.Int(1))));
        t.Add("sysConnect", c => c.SetInt(0, Sock(c).Connect(Addr(c, 1))));
        t.Add("sysAccept", Accept);
        t.Add("sysRead", c =>
        {
            int errno = Sock(c).Read(GoSlices.Bytes(c.SliceArg(1)), out int n);
            c.SetInt(0, n);
            c.SetInt(1, errno);
        });
        t.Add("sysWrite", c =>
        {
            int errno = Sock(c).Write(GoSlices.Bytes(c.SliceArg(1)), out int n);
            c.SetInt(0, n);
            c.SetInt(1, errno);
        });
        t.Add("sysRecvfrom", c =>
        {
            int errno = Sock(c).RecvFrom(GoSlices.Bytes(c.SliceArg(1)), out int n, out var from);
            c.SetInt(0, n);
            SetAddr(c, 1, from);
            c.SetInt(5, errno);
        });
        t.Add("sysSendto", c =>
        {
            var s = Sock(c);
            var to = Addr(c, 2);
            int errno = s.SendTo(GoSlices.Bytes(c.SliceArg(1)), to, out int n);
            c.SetInt(0, n);
            c.SetInt(1, errno);
        });
        t.Add("sysShutdown", c => c.SetInt(0, Sock(c).Shutdown((int)c.Int(1))));
        t.Add("sysSetsockoptInt", c => c.SetInt(0, Sock(c).SetsockoptInt((int)c.Int(1), (int)c.Int(2), (int)c.Int(3))));
        t.Add("sysSetsockoptLinger", c => c.SetInt(0, Sock(c).SetsockoptLinger((int)c.Int(1), (int)c.Int(2))));
        t.Add("sysGetsockoptInt", c =>
        {
            int errno = Sock(c).GetsockoptInt((int)c.Int(1), (int)c.Int(2), out int value);
            c.SetInt(0, value);
            c.SetInt(1, errno);
        });
        t.Add("sysGetsockname", c =>
        {
            int errno = Sock(c).GetSockName(out var sa);
            SetAddr(c, 0, sa);
            c.SetInt(4, errno);
        });
        t.Add("sysGetpeername", c =>
        {
            int errno = Sock(c).GetPeerName(out var sa);
            SetAddr(c, 0, sa);
            c.SetInt(4, errno);
        });

        t.Add("runtime_pollOpen", c => c.SetInt(0, Sock(c).PollOpen(c.Ctx.Scheduler.NetpollInit())));
        t.Add("runtime_pollClose", c => Sock(c).PollClose());
        t.Add("runtime_pollWait", c => PollWaiter.Wait(c, Sock(c), (int)c.Int(1)));
        t.Add("runtime_pollReset", c => c.SetInt(0, Pd(c).Reset((int)c.Int(1))));
        t.Add("runtime_pollSetDeadline", c => Pd(c).SetDeadline(c.Int(1), (int)c.Int(2)));
        t.Add("runtime_pollUnblock", c => Pd(c).Evict());

        t.Add("runtime_Semacquire", Semacquire);
        t.Add("runtime_Semrelease", c =>
        {
            var p = c[0];
            SyncNatives.Table(c).Release(p.R ?? throw RuntimeErrors.NilDeref(), (int)p.N, handoff: false);
        });

        t.Add("lookupHostNative", Resolver.LookupHost);
        t.Add("lookupServiceNative", Resolver.LookupService);
    }

    private static NetSocket Sock(NativeCall c) =>
        c[0].R as NetSocket ?? throw new InvalidOperationException("net: a socket handle without its socket");

    private static PollDesc Pd(NativeCall c) =>
        Sock(c).Pd ?? throw new InvalidOperationException("net: a socket not registered with the poller");

    /// <summary>sysSocketNative(family, sotype, proto int) (s uintptr, errno int).</summary>
    private static void Socket(NativeCall c)
    {
        int family = (int)c.Int(0), type = (int)c.Int(1), proto = (int)c.Int(2);
        var poller = c.Ctx.Scheduler.NetpollInit();
        int errno = poller is EpollPoller
            ? LinuxSocket.Create(family, type, proto, out var s)
            : DotnetSocket.Create(family, type, proto, out s);
        c[0] = s == null ? new Slot(0L) : new Slot(s.Id, s);
        c.SetInt(1, errno);
    }

    /// <summary>sysAccept(s uintptr) (ns uintptr, family int, ip []byte, port, zone int, errno int).</summary>
    private static void Accept(NativeCall c)
    {
        int errno = Sock(c).Accept(out var ns, out var peer);
        c[0] = ns == null ? new Slot(0L) : new Slot(ns.Id, ns);
        SetAddr(c, 1, peer);
        c.SetInt(5, errno);
    }

    /// <summary>The address passed as (family int, ip []byte, port, zone int) from argument i.</summary>
    private static SockAddr Addr(NativeCall c, int i) =>
        new((int)c.Int(i), GoSlices.Bytes(c.SliceArg(i + 1)).ToArray(), (int)c.Int(i + 2), (int)c.Int(i + 3));

    /// <summary>An address as the results (family int, ip []byte, port, zone int) from result i.</summary>
    private static void SetAddr(NativeCall c, int i, in SockAddr sa)
    {
        c.SetInt(i, sa.Family);
        c.SetRef(i + 1, sa.Family == 0 ? null : new Slice(sa.Ip, 0, sa.Ip.Length, sa.Ip.Length));
        c.SetInt(i + 2, sa.Port);
        c.SetInt(i + 3, sa.Zone);
    }

    /// <summary>runtime_Semacquire(sema *uint32): fdMutex's wait, on sync's semaphore table.</summary>
    private static void Semacquire(NativeCall c)
    {
        var p = c[0];
        var table = SyncNatives.Table(c);
        var g = c.Ctx.G;
        if (table.Acquire(g, p.R ?? throw RuntimeErrors.NilDeref(), (int)p.N, WaitReason.Semacquire, lifo: false) == ChanOpResult.Parked)
            c.Ctx.ParkAfterReturn(() => table.CompleteAcquire(g) != ChanOpResult.Parked);
    }
}
