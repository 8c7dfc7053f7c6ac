using System.Runtime.InteropServices;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// The Linux system calls package syscall makes, through libc. Each returns -1 (or null) on
/// failure with errno in Marshal.GetLastPInvokeError. Paths are NUL-terminated byte strings:
/// a Go string's bytes, unchanged.
/// </summary>
internal static unsafe partial class Libc
{
    private const string Lib = "libc";

    [LibraryImport(Lib, EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte* path, int flags, uint mode);

    [LibraryImport(Lib, EntryPoint = "openat", SetLastError = true)]
    public static partial int Openat(int dirfd, byte* path, int flags, uint mode);

    [LibraryImport(Lib, EntryPoint = "unlinkat", SetLastError = true)]
    public static partial int Unlinkat(int dirfd, byte* path, int flags);

    [LibraryImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buf, nint count);

    [LibraryImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buf, nint count);

    [LibraryImport(Lib, EntryPoint = "pread64", SetLastError = true)]
    public static partial nint Pread(int fd, byte* buf, nint count, long offset);

    [LibraryImport(Lib, EntryPoint = "pwrite64", SetLastError = true)]
    public static partial nint Pwrite(int fd, byte* buf, nint count, long offset);

    [LibraryImport(Lib, EntryPoint = "lseek64", SetLastError = true)]
    public static partial long Lseek(int fd, long offset, int whence);

    [LibraryImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    [LibraryImport(Lib, EntryPoint = "ftruncate64", SetLastError = true)]
    public static partial int Ftruncate(int fd, long length);

    [LibraryImport(Lib, EntryPoint = "truncate64", SetLastError = true)]
    public static partial int Truncate(byte* path, long length);

    [LibraryImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);

    [LibraryImport(Lib, EntryPoint = "pipe2", SetLastError = true)]
    public static partial int Pipe2(int* fds, int flags);

    [LibraryImport(Lib, EntryPoint = "mkdir", SetLastError = true)]
    public static partial int Mkdir(byte* path, uint mode);

    [LibraryImport(Lib, EntryPoint = "rmdir", SetLastError = true)]
    public static partial int Rmdir(byte* path);

    [LibraryImport(Lib, EntryPoint = "unlink", SetLastError = true)]
    public static partial int Unlink(byte* path);

    [LibraryImport(Lib, EntryPoint = "rename", SetLastError = true)]
    public static partial int Rename(byte* from, byte* to);

    [LibraryImport(Lib, EntryPoint = "link", SetLastError = true)]
    public static partial int Link(byte* from, byte* to);

    [LibraryImport(Lib, EntryPoint = "symlink", SetLastError = true)]
    public static partial int Symlink(byte* target, byte* linkpath);

    [LibraryImport(Lib, EntryPoint = "readlink", SetLastError = true)]
    public static partial nint Readlink(byte* path, byte* buf, nint size);

    [LibraryImport(Lib, EntryPoint = "chmod", SetLastError = true)]
    public static partial int Chmod(byte* path, uint mode);

    [LibraryImport(Lib, EntryPoint = "fchmod", SetLastError = true)]
    public static partial int Fchmod(int fd, uint mode);

    [LibraryImport(Lib, EntryPoint = "chown", SetLastError = true)]
    public static partial int Chown(byte* path, int uid, int gid);

    [LibraryImport(Lib, EntryPoint = "lchown", SetLastError = true)]
    public static partial int Lchown(byte* path, int uid, int gid);

    [LibraryImport(Lib, EntryPoint = "fchown", SetLastError = true)]
    public static partial int Fchown(int fd, int uid, int gid);

    [LibraryImport(Lib, EntryPoint = "utimensat", SetLastError = true)]
    public static partial int Utimensat(int dirfd, byte* path, long* times, int flags);

    [LibraryImport(Lib, EntryPoint = "access", SetLastError = true)]
    public static partial int Access(byte* path, int mode);

    /// <summary>statx: one layout on every Linux architecture (struct stat's differs).</summary>
    [LibraryImport(Lib, EntryPoint = "statx", SetLastError = true)]
    public static partial int Statx(int dirfd, byte* path, int flags, uint mask, byte* buf);

    [LibraryImport(Lib, EntryPoint = "getdents64", SetLastError = true)]
    public static partial nint Getdents64(int fd, byte* buf, nint count);

    [LibraryImport(Lib, EntryPoint = "realpath", SetLastError = true)]
    public static partial byte* Realpath(byte* path, byte* resolved);

    [LibraryImport(Lib, EntryPoint = "free")]
    public static partial void Free(byte* p);

    [LibraryImport(Lib, EntryPoint = "getpid")]
    public static partial int Getpid();

    [LibraryImport(Lib, EntryPoint = "getppid")]
    public static partial int Getppid();

    [LibraryImport(Lib, EntryPoint = "getuid")]
    public static partial int Getuid();

    [LibraryImport(Lib, EntryPoint = "geteuid")]
    public static partial int Geteuid();

    [LibraryImport(Lib, EntryPoint = "getgid")]
    public static partial int Getgid();

    [LibraryImport(Lib, EntryPoint = "getegid")]
    public static partial int Getegid();

    [LibraryImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int sig);

    [LibraryImport(Lib, EntryPoint = "umask")]
    public static partial uint Umask(uint mask);

    public static int Errno => Marshal.GetLastPInvokeError();
}
