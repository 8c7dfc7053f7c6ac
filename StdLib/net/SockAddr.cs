namespace Minigo.StdLib.Net;

/// <summary>
/// A socket address as package net's natives pass it (Go's syscall.SockaddrInet4/6 in one):
/// family AF_INET or AF_INET6 (0: none), the address's 4 or 16 bytes, port, IPv6 scope id.
/// </summary>
internal readonly record struct SockAddr(int Family, byte[] Ip, int Port, int Zone)
{
    public static readonly SockAddr None = new(0, [], 0, 0);
}
