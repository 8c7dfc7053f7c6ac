using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Time;

/// <summary>
/// The natives of package time: the clocks (GoClock), timers (TimerNatives), sleeping, and
/// what Go's time reads through syscall: the environment and time zone files.
/// </summary>
public static class TimeNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Sleep", Sleep);
        t.Add("Now", c => c[0] = GoClock.Of(c.Ctx).Now(c.Ctx.LookupType("time.Time")!));
        t.Add("runtimeNano", c => c.SetInt(0, Scheduler.Nanotime()));
        t.Add("startClock", GoClock.Start);
        t.Add("getenv", Syscall.EnvNatives.Getenv);
        t.Add("readFileNative", ReadFile);
        TimerNatives.Register(t);
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

    /// <summary>
    /// readFileNative(name string, limit int) (data []byte, errText string, notExist bool):
    /// a time zone file read whole, with the error texts of Go's syscall errors.
    /// </summary>
    private static void ReadFile(NativeCall c)
    {
        string path = GoStrings.ToDotNet(c.Str(0));
        long limit = c.Int(1);
        Slice? data = null;
        string error = "";
        bool notExist = false;
        try
        {
            if (Directory.Exists(path)) error = "is a directory";
            else
            {
                var info = new FileInfo(path);
                if (!info.Exists) notExist = true;
                else if (info.Length > limit) error = "too large";
                else data = GoSlices.FromBytes(File.ReadAllBytes(path));
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            notExist = true;
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
        }
        catch (IOException e)
        {
            error = GoStrings.FromDotNet(e.Message);
        }
        c.SetRef(0, data);
        c.SetStr(1, error);
        c.SetBool(2, notExist);
    }
}
