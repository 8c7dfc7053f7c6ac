namespace Minigo.StdLib.Syscall;

/// <summary>
/// Linux's values of package syscall that the natives produce or interpret themselves (the
/// rest come from libc): error numbers, and the socket constants of package net's calls. They
/// are the common currency of every host, since syscall's error table (and so every message)
/// is Linux's: net's .NET fallback maps its socket errors to these.
/// </summary>
internal static class Errno
{
    public const int EINTR = 4, EBADF = 9, EAGAIN = 11, EACCES = 13, EFAULT = 14, ENOTDIR = 20, EINVAL = 22, EMFILE = 24, EPIPE = 32;
    public const int ENOSYS = 38;
    public const int EDESTADDRREQ = 89, EMSGSIZE = 90, ENOPROTOOPT = 92, EPROTONOSUPPORT = 93, EOPNOTSUPP = 95, EAFNOSUPPORT = 97;
    public const int EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETDOWN = 100, ENETUNREACH = 101, ECONNABORTED = 103, ECONNRESET = 104;
    public const int ENOBUFS = 105, EISCONN = 106, ENOTCONN = 107, ESHUTDOWN = 108, ETIMEDOUT = 110, ECONNREFUSED = 111;
    public const int EHOSTDOWN = 112, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115;

    // The socket constants (syscall/consts_linux.go) net's natives interpret.
    public const int AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2;
    public const int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_LINGER = 13;
    public const int IPPROTO_TCP = 6, IPPROTO_IPV6 = 41, TCP_NODELAY = 1, TCP_KEEPIDLE = 4, TCP_KEEPINTVL = 5, TCP_KEEPCNT = 6, IPV6_V6ONLY = 26;
    public const int SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;
}
