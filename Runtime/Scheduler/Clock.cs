using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Minigo.Runtime;

/// <summary>Go's nanotime and usleep: the monotonic clock timers and sysmon run on.</summary>
internal static partial class Clock
{
    private static readonly bool NanosecondTicks = Stopwatch.Frequency == 1_000_000_000;
    private static readonly double NanosPerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>A process-wide capability, not scheduler state: false once libc's usleep proved unavailable.</summary>
    private static bool haveUsleep = !OperatingSystem.IsWindows();

    public static long Nanotime() =>
        NanosecondTicks ? Stopwatch.GetTimestamp() : (long)(Stopwatch.GetTimestamp() * NanosPerTick);

    /// <summary>
    /// Sleeps about this many microseconds. Thread.Sleep cannot sleep less than a millisecond,
    /// and sysmon's 20 µs ticks are what make syscall handoff quick, so call libc where we can.
    /// </summary>
    public static void Usleep(int micros)
    {
        if (haveUsleep)
        {
            try
            {
                usleep((uint)micros);
                return;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                haveUsleep = false;
            }
        }
        Thread.Sleep(Math.Max(1, micros / 1000));
    }

    /// <summary>A wait timeout in whole milliseconds, rounded up so that a timer is never woken early.</summary>
    public static int MillisecondsCeiling(long nanos) =>
        nanos <= 0 ? 0 : nanos >= int.MaxValue * 1_000_000L ? int.MaxValue : (int)((nanos + 999_999) / 1_000_000);

    [LibraryImport("libc", EntryPoint = "usleep")]
    private static partial int usleep(uint micros);
}
