using Minigo.Runtime;

namespace Minigo.StdLib.Time;

/// <summary>
/// A program's clock as package time sees it: where its monotonic readings start (Go's
/// startNano) and where its Local variable is. Now is built here, not in Go, because a timer
/// sends Now from the scheduler, where no Go code runs.
/// </summary>
internal sealed class GoClock(long startNano, Slot localVar)
{
    private const string Key = "time.clock";

    // Go's encoding of a Time (time.go): with a monotonic reading, wall holds hasMonotonic,
    // 33 bits of seconds since 1885 and 30 bits of nanoseconds, and ext the reading; without
    // one, wall holds the nanoseconds and ext the seconds since year 1.
    private const ulong HasMonotonic = 1UL << 63;
    private const int NsecShift = 30;
    private const long SecondsPerDay = 86400;
    private const long UnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SecondsPerDay;
    private const long MinWall = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * SecondsPerDay;

    public long StartNano { get; } = startNano;

    /// <summary>startClock(&amp;Local), run once by package time's initialisation.</summary>
    public static void Start(NativeCall c)
    {
        var clock = new GoClock(Scheduler.Nanotime() - 1, c[0]);
        lock (c.Ctx.PackageState) c.Ctx.PackageState[Key] = clock;
        c.SetInt(0, clock.StartNano);
    }

    /// <summary>The program's clock (package time is initialised before any of its code runs).</summary>
    public static GoClock Of(IGoContext ctx)
    {
        lock (ctx.PackageState) return (GoClock)ctx.PackageState[Key];
    }

    /// <summary>Go's Now: the wall clock with a monotonic reading, in the Location Local holds now.</summary>
    public Slot Now(RType timeType)
    {
        long unixNanos = (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;
        long sec = Math.DivRem(unixNanos, 1_000_000_000L, out long nsec);
        if (nsec < 0)
        {
            sec--;
            nsec += 1_000_000_000L;
        }
        long mono = Scheduler.Nanotime() - StartNano;
        sec += UnixToInternal - MinWall;
        var t = timeType.Zero();
        var fields = (Slot[])t.R!;
        if ((ulong)sec >> 33 != 0)
        {
            fields[0] = new Slot(nsec);
            fields[1] = new Slot(sec + MinWall);
        }
        else
        {
            fields[0] = new Slot((long)(HasMonotonic | (ulong)sec << NsecShift | (ulong)nsec));
            fields[1] = new Slot(mono);
        }
        fields[2] = ((Slot[])localVar.R!)[(int)localVar.N];
        return t;
    }
}
