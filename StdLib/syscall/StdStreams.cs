using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// Descriptors 0, 1, 2 of a program: its standard streams. Output goes to the context's
/// Stdout/Stderr; input comes from the Stream the driver puts in PackageState[StdinKey], else
/// the host's standard input. Only when the driver says the streams are the host's own
/// (PackageState[HostStdioKey]) does fstat describe the host's descriptors; otherwise they
/// are pipes, which is what the program is connected to.
/// </summary>
internal static class StdStreams
{
    public const string StdinKey = "os.Stdin";
    public const string HostStdioKey = "os.HostStdio";
    private const long SIfifo = 0x1000;

    public static void Read(NativeCall c, OsState os, int fd, Span<byte> buf)
    {
        if (fd != 0 || os.StdClosed(fd)) { FileNatives.Result(c, -1, Errno.EBADF); return; }
        // An interactive program's prompt must be visible before it waits for input.
        lock (c.Ctx.Stdout) c.Ctx.Stdout.Flush();
        var stdin = c.Ctx.PackageState.TryGetValue(StdinKey, out var s) && s is Stream st ? st : Console.OpenStandardInput();
        int n = 0;
        if (buf.Length > 0)
            using (new Blocking(c.Ctx)) n = stdin.Read(buf);
        FileNatives.Result(c, n, 0);
    }

    public static void Write(NativeCall c, OsState os, int fd, Span<byte> buf)
    {
        var stream = fd switch { 1 => c.Ctx.Stdout, 2 => c.Ctx.Stderr, _ => null };
        if (stream == null || os.StdClosed(fd)) { FileNatives.Result(c, -1, Errno.EBADF); return; }
        lock (stream) stream.Write(buf);
        FileNatives.Result(c, buf.Length, 0);
    }

    /// <summary>fstat of a standard descriptor: 0 or the errno.</summary>
    public static int Stat(NativeCall c, OsState os, int fd, long[] buf)
    {
        if (os.StdClosed(fd)) return Errno.EBADF;
        if (c.Ctx.PackageState.TryGetValue(HostStdioKey, out var h) && h is true)
            return StatBuffer.Fstat(fd, buf);
        Array.Clear(buf);
        buf[2] = 1;
        buf[3] = SIfifo | 0x180; // prw-------
        buf[8] = 4096;
        return 0;
    }
}
