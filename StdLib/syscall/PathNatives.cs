using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// syscall's calls on paths: stat, mkdir, unlink, rename... A relative path resolves against
/// the program's working directory (OsState), which chdir and getwd keep per program. Each
/// returns 0 or the errno; EINTR is retried.
/// </summary>
internal static unsafe class PathNatives
{
    private unsafe delegate int PathOp(byte* path);
    private unsafe delegate int PathPairOp(byte* from, byte* to);

    private const int AtFdcwd = -100, AtSymlinkNofollow = 0x100, XOk = 1;

    public static void Register(NativeTable t)
    {
        t.Add("fstatat", Fstatat);
        t.Add("unlinkat", Unlinkat);
        t.Add("mkdir", c => { uint mode = (uint)c.Int(1); OnPath(c, p => Libc.Mkdir(p, mode)); });
        t.Add("rmdir", c => OnPath(c, p => Libc.Rmdir(p)));
        t.Add("unlink", c => OnPath(c, p => Libc.Unlink(p)));
        t.Add("chmod", c => { uint mode = (uint)c.Int(1); OnPath(c, p => Libc.Chmod(p, mode)); });
        t.Add("chown", c => { int uid = (int)c.Int(1), gid = (int)c.Int(2); OnPath(c, p => Libc.Chown(p, uid, gid)); });
        t.Add("lchown", c => { int uid = (int)c.Int(1), gid = (int)c.Int(2); OnPath(c, p => Libc.Lchown(p, uid, gid)); });
        t.Add("truncate", c => { long size = c.Int(1); OnPath(c, p => Libc.Truncate(p, size)); });
        t.Add("access", c => { int mode = (int)c.Int(1); OnPath(c, p => Libc.Access(p, mode)); });
        t.Add("utimes", Utimes);
        t.Add("rename", c => OnPaths(c, (a, b) => Libc.Rename(a, b), resolveFirst: true));
        t.Add("link", c => OnPaths(c, (a, b) => Libc.Link(a, b), resolveFirst: true));
        // A symlink's target is its content, kept as given: only the link's own path resolves.
        t.Add("symlink", c => OnPaths(c, (a, b) => Libc.Symlink(a, b), resolveFirst: false));
        t.Add("readlink", Readlink);
        t.Add("chdir", c => Chdir(c, c.Str(0)));
        // The directory of an open descriptor, found as the kernel names it.
        t.Add("fchdir", c =>
        {
            int fd = (int)c.Int(0);
            if (!OsState.Of(c.Ctx).IsOpen(fd)) c.SetInt(0, Errno.EBADF);
            else Chdir(c, "/proc/self/fd/" + fd);
        });
        t.Add("getwd", c => c.SetStr(0, OsState.Of(c.Ctx).WorkingDirectory));
    }

    /// <summary>
    /// The arguments of an *at call as the kernel takes them: a path relative to AT_FDCWD
    /// resolves against the program's working directory; any other dirfd must be the
    /// program's. 0 or the errno (EINVAL for a NUL in the path, EBADF).
    /// </summary>
    internal static int At(OsState os, ref int dirfd, string path, out byte[]? cpath)
    {
        Linux.Require();
        if (dirfd == AtFdcwd) path = os.Resolve(path);
        else if (!os.IsOpen(dirfd))
        {
            cpath = null;
            return Errno.EBADF;
        }
        cpath = Paths.CString(path);
        return cpath == null ? Errno.EINVAL : 0;
    }

    /// <summary>fstatat(dirfd, path, flags, buf *statBuf) Errno: flags AT_SYMLINK_NOFOLLOW makes it lstat.</summary>
    private static void Fstatat(NativeCall c)
    {
        int dirfd = (int)c.Int(0);
        int errno = At(OsState.Of(c.Ctx), ref dirfd, c.Str(1), out var path);
        int flags = (int)c.Int(2) & AtSymlinkNofollow;
        var buf = (long[])c.Ref(3)!;
        if (errno == 0)
            using (new Blocking(c.Ctx)) errno = StatBuffer.Stat(dirfd, path!, flags, buf);
        c.SetInt(0, errno);
    }

    /// <summary>unlinkat(dirfd, path, flags) Errno: flags AT_REMOVEDIR makes it rmdir.</summary>
    internal static void Unlinkat(NativeCall c)
    {
        int dirfd = (int)c.Int(0);
        int errno = At(OsState.Of(c.Ctx), ref dirfd, c.Str(1), out var path);
        int flags = (int)c.Int(2);
        if (errno == 0)
            using (new Blocking(c.Ctx))
            {
                int r;
                fixed (byte* p = path)
                    do r = Libc.Unlinkat(dirfd, p, flags); while (r < 0 && Libc.Errno == Errno.EINTR);
                errno = r < 0 ? Libc.Errno : 0;
            }
        c.SetInt(0, errno);
    }

    /// <summary>utimes(path, asec, ansec, msec, mnsec) Errno: utimensat, following symlinks (Go's Chtimes).</summary>
    private static void Utimes(NativeCall c)
    {
        long* times = stackalloc long[4];
        for (int i = 0; i < 4; i++) times[i] = c.Int(1 + i);
        OnPath(c, p => Libc.Utimensat(AtFdcwd, p, times, 0));
    }

    private static void Readlink(NativeCall c)
    {
        Linux.Require();
        var path = Paths.CString(OsState.Of(c.Ctx).Resolve(c.Str(0)));
        var buf = GoSlices.Bytes(c.SliceArg(1));
        if (path == null) { FileNatives.Result(c, -1, Errno.EINVAL); return; }
        nint n;
        int errno;
        using (new Blocking(c.Ctx))
        {
            fixed (byte* p = path)
            fixed (byte* b = buf)
                n = Libc.Readlink(p, b, buf.Length);
            errno = n < 0 ? Libc.Errno : 0;
        }
        FileNatives.Result(c, n, errno);
    }

    /// <summary>
    /// chdir: the program's working directory becomes the directory's canonical path (what
    /// getcwd reports after chdir), if it is a directory the program may search.
    /// </summary>
    private static void Chdir(NativeCall c, string dir)
    {
        Linux.Require();
        var os = OsState.Of(c.Ctx);
        var path = Paths.CString(os.Resolve(dir));
        if (path == null) { c.SetInt(0, Errno.EINVAL); return; }
        var buf = new long[StatBuffer.Length];
        int errno;
        string? real = null;
        using (new Blocking(c.Ctx))
        {
            errno = StatBuffer.Stat(AtFdcwd, path, 0, buf);
            if (errno == 0 && (buf[3] & 0xf000) != 0x4000) errno = Errno.ENOTDIR;
            if (errno == 0)
                fixed (byte* p = path)
                    if (Libc.Access(p, XOk) < 0) errno = Libc.Errno;
            if (errno == 0 && (real = Paths.Realpath(path)) == null) errno = Libc.Errno;
        }
        if (errno == 0) os.WorkingDirectory = real!;
        c.SetInt(0, errno);
    }

    private static void OnPath(NativeCall c, PathOp op)
    {
        Linux.Require();
        var path = Paths.CString(OsState.Of(c.Ctx).Resolve(c.Str(0)));
        if (path == null) { c.SetInt(0, Errno.EINVAL); return; }
        int errno;
        using (new Blocking(c.Ctx))
        {
            int r;
            fixed (byte* p = path)
                do r = op(p); while (r < 0 && Libc.Errno == Errno.EINTR);
            errno = r < 0 ? Libc.Errno : 0;
        }
        c.SetInt(0, errno);
    }

    private static void OnPaths(NativeCall c, PathPairOp op, bool resolveFirst)
    {
        Linux.Require();
        var os = OsState.Of(c.Ctx);
        var from = Paths.CString(resolveFirst ? os.Resolve(c.Str(0)) : c.Str(0));
        var to = Paths.CString(os.Resolve(c.Str(1)));
        if (from == null || to == null) { c.SetInt(0, Errno.EINVAL); return; }
        int errno;
        using (new Blocking(c.Ctx))
        {
            int r;
            fixed (byte* a = from)
            fixed (byte* b = to)
                do r = op(a, b); while (r < 0 && Libc.Errno == Errno.EINTR);
            errno = r < 0 ? Libc.Errno : 0;
        }
        c.SetInt(0, errno);
    }
}
