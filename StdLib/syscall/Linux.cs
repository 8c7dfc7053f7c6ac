using Minigo.StdLib.Support;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// The system calls are Linux's (numbers, flags and errno values): elsewhere each call on a
/// path or a process panics with a clear message instead of giving a wrong answer. The
/// standard streams and the environment work everywhere.
/// </summary>
internal static class Linux
{
    public static void Require()
    {
        if (!OperatingSystem.IsLinux())
            throw Panics.String("minigo: package syscall's file, directory and process calls are implemented for Linux only");
    }
}
