using System.Net;
using System.Net.Sockets;
using Minigo.Runtime;
using Minigo.StdLib.Net;
using Xunit;

using Errno = Minigo.StdLib.Syscall.Errno;

namespace Minigo.Tests.StdLib.Misc;

/// <summary>package net's two socket kinds, each under its poller.</summary>
public class NetSocketTests
{
    public static TheoryData<NetPollKind> Kinds()
    {
        var kinds = new TheoryData<NetPollKind> { NetPollKind.Fallback };
        if (OperatingSystem.IsLinux()) kinds.Add(NetPollKind.Epoll);
        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AConnectThatCompletedBeforeRegistrationIsReportedAtRegistration(NetPollKind kind)
    {
        // Go starts connecting before it registers the socket, then waits for writability:
        // the poller must report what happened before (epoll does so when a descriptor is added).
        using var poller = NetPoller.Create(kind);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int errno = kind == NetPollKind.Epoll
            ? LinuxSocket.Create(Errno.AF_INET, Errno.SOCK_STREAM, 0, out var s)
            : DotnetSocket.Create(Errno.AF_INET, Errno.SOCK_STREAM, 0, out s);
        Assert.Equal(0, errno);
        using var _ = s!;
        var to = new SockAddr(Errno.AF_INET, [127, 0, 0, 1], ((IPEndPoint)listener.LocalEndpoint).Port, 0);
        Assert.Contains(s!.Connect(to), new[] { 0, Errno.EINPROGRESS });
        using var peer = listener.AcceptSocket();
        Assert.True(SpinWait.SpinUntil(() => s.GetsockoptInt(Errno.SOL_SOCKET, Errno.SO_ERROR, out int e) == 0 && e == 0, TimeSpan.FromSeconds(10)));

        Assert.Equal(0, s.PollOpen(poller));
        poller.Poll(0, []);
        // Ready: the wait returns at once instead of parking (which needs a scheduler).
        Assert.Equal(PollDesc.NoError, s.Pd!.Wait(new G(1, null!), PollDesc.ModeWrite, out bool parked));
        Assert.False(parked);
        s.Pd.Evict();
        s.PollClose();
    }
}
