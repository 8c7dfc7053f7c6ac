using System.Runtime.InteropServices;
using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// syscall's calls on descriptors: open, close, read, write, seek, stat... Every one that may
/// block runs under Blocking; EINTR is retried as Go's wrappers do. A descriptor the program
/// did not open is EBADF (the host's own descriptors are out of reach); 0, 1 and 2 are the
/// program's standard streams (StdStreams).
/// </summary>
internal static unsafe class FileNatives
{
    // The open(2) flags whose values differ between amd64 (syscall's constants) and arm64.
    private const int AmdDirect = 0x4000, AmdDirectory = 0x10000, AmdNofollow = 0x20000;
    private const int ArmDirectory = 0x4000, ArmNofollow = 0x8000, ArmDirect = 0x10000;
    private const int FDupfdCloexec = 1030;

    public static void Register(NativeTable t)
    {
        t.Add("openat", Openat);
        t.Add("closeFd", Close);
        t.Add("read", c => ReadWrite(c, write: false));
        t.Add("write", c => ReadWrite(c, write: true));
        t.Add("pread", c => ReadWriteAt(c, write: false));
        t.Add("pwrite", c => ReadWriteAt(c, write: true));
        t.Add("seek", Seek);
        t.Add("fsync", c => OnFd(c, fd => Libc.Fsync(fd)));
        t.Add("ftruncate", c => { long size = c.Int(1); OnFd(c, fd => Libc.Ftruncate(fd, size)); });
        t.Add("fchmod", c => { uint mode = (uint)c.Int(1); OnFd(c, fd => Libc.Fchmod(fd, mode)); });
        t.Add("fchown", c => { int uid = (int)c.Int(1), gid = (int)c.Int(2); OnFd(c, fd => Libc.Fchown(fd, uid, gid)); });
        t.Add("fstat", Fstat);
        t.Add("getdents", Getdents);
        t.Add("pipe2", Pipe2);
    }

    /// <summary>openat(dirfd, path, flags, perm) (fd int, err Errno).</summary>
    private static void Openat(NativeCall c)
    {
        var os = OsState.Of(c.Ctx);
        int dirfd = (int)c.Int(0);
        string path = c.Str(1);
        int flags = HostFlags((int)c.Int(2));
        uint perm = (uint)c.Int(3);
        int errno = PathNatives.At(os, ref dirfd, path, out var cpath);
        int fd = -1;
        if (errno == 0)
            using (new Blocking(c.Ctx))
            {
                fixed (byte* p = cpath)
                    do fd = Libc.Openat(dirfd, p, flags, perm); while (fd < 0 && Libc.Errno == Errno.EINTR);
                errno = fd < 0 ? Libc.Errno : 0;
            }
        if (fd >= 0) fd = Own(os, fd, out errno);
        Result(c, fd, errno);
    }

    /// <summary>
    /// Registers a new descriptor as the program's. One numbered 0..2 (the host closed its own)
    /// would be taken for a standard stream, so it is moved above them. -1 with errno if it
    /// cannot be (it is closed then).
    /// </summary>
    private static int Own(OsState os, int fd, out int errno)
    {
        errno = 0;
        if (os.IsStd(fd))
        {
            int moved = Libc.Fcntl(fd, FDupfdCloexec, 3);
            if (moved < 0) errno = Libc.Errno;
            Libc.Close(fd);
            if (moved < 0) return -1;
            fd = moved;
        }
        os.Opened(fd);
        return fd;
    }

    private static int HostFlags(int flags)
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.Arm64) return flags;
        int host = flags & ~(AmdDirect | AmdDirectory | AmdNofollow);
        if ((flags & AmdDirect) != 0) host |= ArmDirect;
        if ((flags & AmdDirectory) != 0) host |= ArmDirectory;
        if ((flags & AmdNofollow) != 0) host |= ArmNofollow;
        return host;
    }

    private static void Close(NativeCall c)
    {
        int fd = (int)c.Int(0);
        var os = OsState.Of(c.Ctx);
        if (os.IsStd(fd))
        {
            c.SetInt(0, os.CloseStd(fd) ? 0 : Errno.EBADF);
            return;
        }
        if (!os.Closing(fd))
        {
            c.SetInt(0, Errno.EBADF);
            return;
        }
        // close is never retried on EINTR: the descriptor is gone either way on Linux.
        c.SetInt(0, Libc.Close(fd) < 0 ? Libc.Errno : 0);
    }

    /// <summary>read(fd, p) / write(fd, p) (n int, err Errno).</summary>
    private static void ReadWrite(NativeCall c, bool write)
    {
        int fd = (int)c.Int(0);
        var buf = GoSlices.Bytes(c.SliceArg(1));
        var os = OsState.Of(c.Ctx);
        if (os.IsStd(fd))
        {
            if (write) StdStreams.Write(c, os, fd, buf);
            else StdStreams.Read(c, os, fd, buf);
            return;
        }
        if (!os.IsOpen(fd)) { Result(c, -1, Errno.EBADF); return; }
        nint n;
        int errno;
        using (new Blocking(c.Ctx))
        {
            fixed (byte* p = buf)
                do n = write ? Libc.Write(fd, p, buf.Length) : Libc.Read(fd, p, buf.Length);
                while (n < 0 && Libc.Errno == Errno.EINTR);
            errno = n < 0 ? Libc.Errno : 0;
        }
        Result(c, n, errno);
    }

    private static void ReadWriteAt(NativeCall c, bool write)
    {
        int fd = (int)c.Int(0);
        var buf = GoSlices.Bytes(c.SliceArg(1));
        long off = c.Int(2);
        if (!Owned(c, fd)) { Result(c, -1, Errno.EBADF); return; }
        nint n;
        int errno;
        using (new Blocking(c.Ctx))
        {
            fixed (byte* p = buf)
                do n = write ? Libc.Pwrite(fd, p, buf.Length, off) : Libc.Pread(fd, p, buf.Length, off);
                while (n < 0 && Libc.Errno == Errno.EINTR);
            errno = n < 0 ? Libc.Errno : 0;
        }
        Result(c, n, errno);
    }

    private static void Seek(NativeCall c)
    {
        int fd = (int)c.Int(0);
        long off = c.Int(1);
        int whence = (int)c.Int(2);
        if (!Owned(c, fd)) { Result(c, -1, Errno.EBADF); return; }
        long r = Libc.Lseek(fd, off, whence);
        Result(c, r, r < 0 ? Libc.Errno : 0);
    }

    private static void Fstat(NativeCall c)
    {
        int fd = (int)c.Int(0);
        var buf = (long[])c.Ref(1)!;
        var os = OsState.Of(c.Ctx);
        if (os.IsStd(fd)) { c.SetInt(0, StdStreams.Stat(c, os, fd, buf)); return; }
        if (!os.IsOpen(fd)) { c.SetInt(0, Errno.EBADF); return; }
        int errno;
        using (new Blocking(c.Ctx)) errno = StatBuffer.Fstat(fd, buf);
        c.SetInt(0, errno);
    }

    private static void Getdents(NativeCall c)
    {
        int fd = (int)c.Int(0);
        var buf = GoSlices.Bytes(c.SliceArg(1));
        if (!Owned(c, fd)) { Result(c, -1, Errno.EBADF); return; }
        nint n;
        int errno;
        using (new Blocking(c.Ctx))
        {
            fixed (byte* p = buf)
                do n = Libc.Getdents64(fd, p, buf.Length); while (n < 0 && Libc.Errno == Errno.EINTR);
            errno = n < 0 ? Libc.Errno : 0;
        }
        Result(c, n, errno);
    }

    /// <summary>pipe2(flags) (r, w int, err Errno).</summary>
    private static void Pipe2(NativeCall c)
    {
        Linux.Require();
        int flags = (int)c.Int(0);
        var os = OsState.Of(c.Ctx);
        int* fds = stackalloc int[2];
        if (Libc.Pipe2(fds, flags) < 0)
        {
            c.SetInt(0, -1); c.SetInt(1, -1); c.SetInt(2, Libc.Errno);
            return;
        }
        int r = Own(os, fds[0], out int errno);
        int w = r < 0 ? -1 : Own(os, fds[1], out errno);
        if (w < 0)
        {
            if (r >= 0 && os.Closing(r)) Libc.Close(r);
            else Libc.Close(fds[1]);
            r = -1;
        }
        c.SetInt(0, r); c.SetInt(1, w); c.SetInt(2, errno);
    }

    /// <summary>A call on a descriptor of the program's that returns 0 or -1 with errno; sets the Errno result.</summary>
    private static void OnFd(NativeCall c, Func<int, int> call)
    {
        int fd = (int)c.Int(0);
        if (!Owned(c, fd)) { c.SetInt(0, Errno.EBADF); return; }
        int errno;
        using (new Blocking(c.Ctx))
        {
            int r;
            do r = call(fd); while (r < 0 && Libc.Errno == Errno.EINTR);
            errno = r < 0 ? Libc.Errno : 0;
        }
        c.SetInt(0, errno);
    }

    private static bool Owned(NativeCall c, int fd) => OsState.Of(c.Ctx).IsOpen(fd);

    internal static void Result(NativeCall c, long value, int errno)
    {
        c.SetInt(0, errno != 0 ? -1 : value);
        c.SetInt(1, errno);
    }
}
