using Minigo.Runtime;

namespace Minigo.StdLib.Time;

/// <summary>The natives of package time: sleeping on the scheduler's timers.</summary>
public static class TimeNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Sleep", Sleep);
    }

    private static void Sleep(NativeCall c)
    {
        long d = c.Int(0);
        if (d <= 0) return;
        var sched = c.Ctx.Scheduler;
        var g = c.Ctx.G;
        long when = Scheduler.Nanotime() + d;
        // The timer is armed once the goroutine is parked (the unlock step), so it cannot be
        // readied before it is waiting.
        sched.Park(g, WaitReason.Sleep, () => sched.AddTimer(g, when, null));
        c.Ctx.ParkAfterReturn(null);
    }
}
