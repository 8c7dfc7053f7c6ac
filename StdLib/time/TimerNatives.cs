using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.StdLib.Time;

/// <summary>
/// Timers and Tickers on the scheduler's runtime timers: a firing sends Now on the channel
/// without blocking (Go's sendTime: a full channel drops the tick) or starts the AfterFunc
/// goroutine (goFunc). The runtime timer is kept in the Go timer's word h.
/// </summary>
internal static class TimerNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("startTimer", Start);
        t.Add("stopTimer", c => c.SetBool(0, Handle(c) is { } rt && c.Ctx.Scheduler.StopTimer(rt)));
        t.Add("resetTimer", c => c.SetBool(0, c.Ctx.Scheduler.ResetTimer(Handle(c)!, c.Int(1), c.Int(2))));
    }

    /// <summary>startTimer(h *uintptr, when, period int64, c chan Time, f func()).</summary>
    private static void Start(NativeCall c)
    {
        Action<RuntimeTimer, long> fire;
        if (c.Ref(3) is Chan ch)
        {
            var clock = GoClock.Of(c.Ctx);
            fire = (_, _) => ch.TrySend(clock.Now(ch.ElemType));
        }
        else
        {
            var machine = ((Goroutine)c.Ctx).Machine;
            var f = c.Ref(4);
            fire = (_, _) => machine.Go(f, []);
        }
        var h = c[0];
        ((Slot[])h.R!)[(int)h.N].R = c.Ctx.Scheduler.AddTimer(null, c.Int(1), fire, c.Int(2));
    }

    private static RuntimeTimer? Handle(NativeCall c)
    {
        var h = c[0];
        return ((Slot[])h.R!)[(int)h.N].R as RuntimeTimer;
    }
}
