using Minigo.Runtime;

namespace Minigo.StdLib.Sync;

/// <summary>
/// The runtime hooks package sync is built on, as in Go: semaphores (sema.go) that park the
/// goroutine, never the OS thread. An address is a pointer: (container, index).
/// </summary>
public static class SyncNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("runtime_Semacquire", c => Acquire(c, WaitReason.SyncCondWait, lifo: false));
        t.Add("runtime_SemacquireRWMutexR", c => Acquire(c, WaitReason.SyncRWMutexRLock, c.Bool(1)));
        t.Add("runtime_SemacquireRWMutex", c => Acquire(c, WaitReason.SyncRWMutexLock, c.Bool(1)));
        t.Add("runtime_SemacquireWaitGroup", c => Acquire(c, WaitReason.SyncWaitGroupWait, lifo: false));
        t.Add("runtime_Semrelease", Release);
        t.Add("runtime_notifyListAdd", c => c.SetInt(0, List(c).Add()));
        t.Add("runtime_notifyListWait", c =>
        {
            var list = List(c);
            uint ticket = (uint)c.Int(1);
            var g = c.Ctx.G;
            if (list.Wait(g, ticket) == ChanOpResult.Parked)
                c.Ctx.ParkAfterReturn(() => { NotifyList.CompleteWait(g); return true; });
        });
        t.Add("runtime_notifyListNotifyOne", c => List(c).NotifyOne());
        t.Add("runtime_notifyListNotifyAll", c => List(c).NotifyAll());
        t.Add("fatal", c => throw new GoFatal(c.Str(0)));
        MutexSlowPaths.Register(t);
    }

    internal static SemaTable Table(NativeCall c)
    {
        lock (c.Ctx.PackageState)
        {
            if (c.Ctx.PackageState.TryGetValue("sync.sema", out var t)) return (SemaTable)t;
            var table = new SemaTable(c.Ctx.Scheduler);
            c.Ctx.PackageState["sync.sema"] = table;
            return table;
        }
    }

    private static void Acquire(NativeCall c, WaitReason reason, bool lifo)
    {
        var p = c[0];
        var container = p.R ?? throw RuntimeErrors.NilDeref();
        var table = Table(c);
        var g = c.Ctx.G;
        if (table.Acquire(g, container, (int)p.N, reason, lifo) == ChanOpResult.Parked)
            c.Ctx.ParkAfterReturn(() => table.CompleteAcquire(g) != ChanOpResult.Parked);
    }

    /// <summary>sync.Cond's notify list, kept in the Cond's word (created on first use).</summary>
    private static NotifyList List(NativeCall c)
    {
        var p = c[0];
        return NotifyList.At(c.Ctx.Scheduler, p.R ?? throw RuntimeErrors.NilDeref(), (int)p.N);
    }

    private static void Release(NativeCall c)
    {
        var p = c[0];
        bool handoff = c.Bool(1);
        // A handoff readied the waiter with the count: yield to it at once (Go's goyield).
        if (Table(c).Release(p.R ?? throw RuntimeErrors.NilDeref(), (int)p.N, handoff)) c.Ctx.Scheduler.Gosched(c.Ctx.G);
    }
}
