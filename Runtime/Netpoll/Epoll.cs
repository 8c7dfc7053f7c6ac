using System.Runtime.InteropServices;

namespace Minigo.Runtime;

/// <summary>
/// The Linux calls the epoll poller makes (Go's netpoll_epoll.go syscalls), through libc.
/// An epoll_event is {u32 events; u64 data}, packed (12 bytes) on x86 and naturally aligned
/// (16 bytes) elsewhere, so events are read from raw memory at the layout's offsets.
/// </summary>
internal static unsafe partial class Epoll
{
    public const uint EPOLLIN = 0x1, EPOLLOUT = 0x4, EPOLLERR = 0x8, EPOLLHUP = 0x10, EPOLLRDHUP = 0x2000, EPOLLET = 1u << 31;
    public const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2;
    public const int EPOLL_CLOEXEC = 0x80000;
    public const int EFD_CLOEXEC = 0x80000, EFD_NONBLOCK = 0x800;
    public const int EINTR = 4, EAGAIN = 11;

    public static readonly int EventSize = RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 ? 12 : 16;
    private static readonly int DataOffset = EventSize == 12 ? 4 : 8;

    public static uint Events(byte* ev) => *(uint*)ev;

    public static ulong Data(byte* ev) => *(ulong*)(ev + DataOffset);

    /// <summary>epoll_ctl(op) with one event; the errno, or 0.</summary>
    public static int Ctl(int epfd, int op, int fd, uint events, ulong data)
    {
        byte* ev = stackalloc byte[16];
        *(uint*)ev = events;
        *(ulong*)(ev + DataOffset) = data;
        return epoll_ctl(epfd, op, fd, ev) < 0 ? Marshal.GetLastPInvokeError() : 0;
    }

    [LibraryImport("libc", SetLastError = true)]
    public static partial int epoll_create1(int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int epoll_ctl(int epfd, int op, int fd, byte* ev);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int epoll_wait(int epfd, byte* events, int maxevents, int timeout);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int eventfd(uint initval, int flags);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint read(int fd, byte* buf, nint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint write(int fd, byte* buf, nint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int close(int fd);
}
