using Minigo.Runtime;

namespace Minigo.StdLib.GoRuntime;

/// <summary>The natives of package runtime (declared in runtime.go).</summary>
public static class RuntimeNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("NumCPU", c => c.SetInt(0, Environment.ProcessorCount));
        t.Add("GC", _ => System.GC.Collect());
        t.Add("Gosched", c =>
        {
            // Go's Gosched: back to the global run queue, through the scheduler's yield.
            var g = c.Ctx.G;
            c.Ctx.Scheduler.Gosched(g);
        });
        t.Add("Goexit", _ => throw new Minigo.VM.GoexitRequest());
        t.Add("LockOSThread", c => c.Ctx.Scheduler.LockOSThread(c.Ctx.G));
        t.Add("UnlockOSThread", c => c.Ctx.Scheduler.UnlockOSThread(c.Ctx.G));
        t.Add("Caller", c =>
        {
            var frames = c.Ctx.Callers();
            long skip = c.Int(0);
            var f = skip >= 0 && skip < frames.Count ? frames[(int)skip] : default;
            c.SetInt(0, 0);
            c.SetStr(1, f.File ?? "");
            c.SetInt(2, f.Line);
            c.SetBool(3, f.Function != null);
        });
        t.Add("Stack", c =>
        {
            // all=true would add every other goroutine; minigo reports the caller's only.
            var buf = Support.GoSlices.Bytes(c.SliceArg(0));
            var text = System.Text.Encoding.UTF8.GetBytes(c.Ctx.Traceback());
            int n = Math.Min(buf.Length, text.Length);
            text.AsSpan(0, n).CopyTo(buf);
            c.SetInt(0, n);
        });
        t.Add("NumGoroutine", c => c.SetInt(0, c.Ctx.Scheduler.NumGoroutine));
        t.Add("GOMAXPROCS", c =>
        {
            long n = c.Int(0);
            int prev = c.Ctx.Scheduler.MaxProcs;
            if (n >= 1 && n != prev) c.Ctx.Scheduler.SetMaxProcs((int)Math.Min(n, SchedulerOptions.MaxGomaxprocs));
            c.SetInt(0, prev);
        });
    }
}
