using System.Runtime.InteropServices;

using Errno = Minigo.StdLib.Syscall.Errno;

namespace Minigo.StdLib.Net;

/// <summary>
/// The socket system calls Go's syscall package makes on Linux, through libc, and the
/// sockaddr_in/sockaddr_in6 layouts they take. Each returns -1 and sets errno on failure.
/// </summary>
internal static unsafe partial class LinuxSyscalls
{
    public const int SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    /// <summary>sizeof(struct sockaddr_in6), the larger of the two.</summary>
    public const int MaxSockaddr = 28;

    /// <summary>The errno of the call that just failed.</summary>
    public static int Errno() => Marshal.GetLastPInvokeError();

    /// <summary>Writes sa as a sockaddr_in or sockaddr_in6 into buf; its length.</summary>
    public static int Encode(in SockAddr sa, byte* buf)
    {
        new Span<byte>(buf, MaxSockaddr).Clear();
        *(ushort*)buf = (ushort)sa.Family;
        buf[2] = (byte)(sa.Port >> 8);
        buf[3] = (byte)sa.Port;
        if (sa.Family == Syscall.Errno.AF_INET)
        {
            sa.Ip.AsSpan(0, 4).CopyTo(new Span<byte>(buf + 4, 4));
            return 16;
        }
        sa.Ip.AsSpan(0, 16).CopyTo(new Span<byte>(buf + 8, 16));
        *(uint*)(buf + 24) = (uint)sa.Zone;
        return 28;
    }

    /// <summary>Reads a sockaddr the kernel wrote (an unknown family gives SockAddr.None).</summary>
    public static SockAddr Decode(byte* buf)
    {
        int family = *(ushort*)buf;
        int port = buf[2] << 8 | buf[3];
        return family switch
        {
            Syscall.Errno.AF_INET => new SockAddr(family, new Span<byte>(buf + 4, 4).ToArray(), port, 0),
            Syscall.Errno.AF_INET6 => new SockAddr(family, new Span<byte>(buf + 8, 16).ToArray(), port, (int)*(uint*)(buf + 24)),
            _ => SockAddr.None,
        };
    }

    [LibraryImport("libc", SetLastError = true)]
    public static partial int socket(int domain, int type, int protocol);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int bind(int fd, byte* addr, int len);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int listen(int fd, int backlog);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int connect(int fd, byte* addr, int len);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int accept4(int fd, byte* addr, int* len, int flags);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint read(int fd, byte* buf, nint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint write(int fd, byte* buf, nint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint recvfrom(int fd, byte* buf, nint len, int flags, byte* addr, int* addrlen);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint sendto(int fd, byte* buf, nint len, int flags, byte* addr, int addrlen);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int shutdown(int fd, int how);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int setsockopt(int fd, int level, int name, void* value, int len);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int getsockopt(int fd, int level, int name, void* value, int* len);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int getsockname(int fd, byte* addr, int* len);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int getpeername(int fd, byte* addr, int* len);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int close(int fd);
}
