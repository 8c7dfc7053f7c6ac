using Minigo.Runtime;

namespace Minigo.StdLib.GoRuntime;

/// <summary>The natives of runtime/debug.</summary>
public static class DebugNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("SetMaxStack", c =>
        {
            long previous = c.Ctx.MaxStack;
            c.Ctx.MaxStack = c.Int(0);
            c.SetInt(0, previous);
        });
        t.Add("SetGCPercent", c => c.SetInt(0, Exchange(c, "debug.gcpercent", c.Int(0), 100)));
        t.Add("SetMaxThreads", c => c.SetInt(0, Exchange(c, "debug.maxthreads", c.Int(0), 10000)));
        t.Add("FreeOSMemory", _ =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        });
    }

    /// <summary>Stores a program-wide setting and returns the previous one.</summary>
    private static long Exchange(NativeCall c, string key, long value, long initial)
    {
        var state = c.Ctx.PackageState;
        lock (state)
        {
            long previous = state.TryGetValue(key, out var v) ? (long)v : initial;
            state[key] = value;
            return previous;
        }
    }
}
