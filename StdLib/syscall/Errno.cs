namespace Minigo.StdLib.Syscall;

/// <summary>The Linux errno values the natives produce themselves (the rest come from libc).</summary>
internal static class Errno
{
    public const int EINTR = 4;
    public const int EBADF = 9;
    public const int ENOTDIR = 20;
    public const int EINVAL = 22;
    public const int ENOSYS = 38;
}
