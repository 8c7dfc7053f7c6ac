using System.Buffers.Binary;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// stat(2) results as syscall's statBuf (a [16]int64: dev, ino, nlink, mode, uid, gid, rdev,
/// size, blksize, blocks, then atime, mtime, ctime as seconds and nanoseconds), read from
/// statx(2), whose layout is the same on every Linux architecture.
/// </summary>
internal static unsafe class StatBuffer
{
    public const int Length = 16;
    private const int AtEmptyPath = 0x1000, StatxBasicStats = 0x7ff;

    /// <summary>fstatat: stat, or lstat with AT_SYMLINK_NOFOLLOW in flags; 0 or the errno.</summary>
    public static int Stat(int dirfd, byte[] path, int flags, long[] result)
    {
        byte* sx = stackalloc byte[256];
        int r;
        fixed (byte* p = path)
            do r = Libc.Statx(dirfd, p, flags, StatxBasicStats, sx); while (r < 0 && Libc.Errno == Errno.EINTR);
        if (r < 0) return Libc.Errno;
        Decode(new ReadOnlySpan<byte>(sx, 256), result);
        return 0;
    }

    public static int Fstat(int fd, long[] result)
    {
        byte* sx = stackalloc byte[256];
        byte empty = 0;
        int r;
        do r = Libc.Statx(fd, &empty, AtEmptyPath, StatxBasicStats, sx); while (r < 0 && Libc.Errno == Errno.EINTR);
        if (r < 0) return Libc.Errno;
        Decode(new ReadOnlySpan<byte>(sx, 256), result);
        return 0;
    }

    private static void Decode(ReadOnlySpan<byte> sx, long[] r)
    {
        var b = sx.ToArray();
        uint U32(int off) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(off));
        long I64(int off) => BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(off));
        r[0] = MakeDev(U32(0x88), U32(0x8c));
        r[1] = I64(0x20);
        r[2] = U32(0x10);
        r[3] = BinaryPrimitives.ReadUInt16LittleEndian(sx[0x1c..]);
        r[4] = U32(0x14);
        r[5] = U32(0x18);
        r[6] = MakeDev(U32(0x80), U32(0x84));
        r[7] = I64(0x28);
        r[8] = U32(0x04);
        r[9] = I64(0x30);
        r[10] = I64(0x40); r[11] = U32(0x48);
        r[12] = I64(0x70); r[13] = U32(0x78);
        r[14] = I64(0x60); r[15] = U32(0x68);
    }

    /// <summary>glibc's makedev: the 64-bit dev_t of a major and minor number.</summary>
    private static long MakeDev(uint major, uint minor) =>
        (long)(((ulong)(major & 0xfff) << 8) | ((ulong)(major & ~0xfffu) << 32) | (minor & 0xff) | ((ulong)(minor & ~0xffu) << 12));
}
