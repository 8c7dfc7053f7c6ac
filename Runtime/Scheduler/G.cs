namespace Minigo.Runtime;

/// <summary>Go's goroutine states (runtime2.go's _Grunnable, _Grunning, ...).</summary>
public enum GStatus : byte { Idle, Runnable, Running, Syscall, Waiting, Dead }

/// <summary>Why a goroutine waits: printed by deadlock reports and tracebacks as Go does.</summary>
public enum WaitReason : byte
{
    None,
    ChanReceive,      // "chan receive"
    ChanSend,         // "chan send"
    ChanReceiveNilChan, // "chan receive (nil chan)"
    ChanSendNilChan,  // "chan send (nil chan)"
    Select,           // "select"
    SelectNoCases,    // "select (no cases)"
    Sleep,            // "sleep"
    SyncMutexLock,    // "sync.Mutex.Lock"
    SyncRWMutexRLock, // "sync.RWMutex.RLock"
    SyncRWMutexLock,  // "sync.RWMutex.Lock"
    SyncWaitGroupWait, // "sync.WaitGroup.Wait"
    SyncCondWait,     // "sync.Cond.Wait"
    IOWait,           // "IO wait"
    Syscall,          // in a blocking call
    Semacquire,       // "semacquire"
}

public static class WaitReasons
{
    public static string Text(this WaitReason r) => r switch
    {
        WaitReason.ChanReceive => "chan receive",
        WaitReason.ChanSend => "chan send",
        WaitReason.ChanReceiveNilChan => "chan receive (nil chan)",
        WaitReason.ChanSendNilChan => "chan send (nil chan)",
        WaitReason.Select => "select",
        WaitReason.SelectNoCases => "select (no cases)",
        WaitReason.Sleep => "sleep",
        WaitReason.SyncMutexLock => "sync.Mutex.Lock",
        WaitReason.SyncRWMutexRLock => "sync.RWMutex.RLock",
        WaitReason.SyncRWMutexLock => "sync.RWMutex.Lock",
        WaitReason.SyncWaitGroupWait => "sync.WaitGroup.Wait",
        WaitReason.SyncCondWait => "sync.Cond.Wait",
        WaitReason.IOWait => "IO wait",
        WaitReason.Syscall => "syscall",
        WaitReason.Semacquire => "semacquire",
        _ => "running",
    };
}

/// <summary>
/// What runs a goroutine's code: the VM implements it for bytecode; tests implement it with
/// C# state machines. RunSlice runs until the goroutine finishes, parks, or has used its
/// budget (or was asked to yield through G.Preempt) and reports which.
/// </summary>
public interface IGoroutineBody
{
    SliceResult RunSlice(G g, int budget);
}

public enum SliceResult : byte
{
    /// <summary>Finished: the goroutine is dead.</summary>
    Done,
    /// <summary>Finished by runtime.Goexit: dead, but even for main the program goes on (until no goroutine is left).</summary>
    Goexit,
    /// <summary>Preempted or budget used: put it back on a run queue.</summary>
    Yielded,
    /// <summary>It called Scheduler.Park during the slice: it is waiting until someone calls Ready.</summary>
    Parked,
}

/// <summary>
/// A goroutine as the scheduler sees it (Go's g). The body (for the VM: its Goroutine with
/// stack and frames) is opaque here: the runtime knows nothing about bytecode.
/// </summary>
public sealed class G(long id, IGoroutineBody body)
{
    public readonly long Id = id;
    public readonly IGoroutineBody Body = body;
    public volatile GStatus Status = GStatus.Runnable;
    public WaitReason WaitReason;
    /// <summary>Set by sysmon (running over 10 ms) or Gosched: the body yields at its next safe point.</summary>
    public volatile bool Preempt;

    /// <summary>Go's preemptone on this goroutine: the flag, and the poisoned stack guard of a body that has one.</summary>
    public void RequestPreempt()
    {
        Preempt = true;
        (Body as IPreemptible)?.PoisonStackGuard();
    }
    /// <summary>When its current time slice started (Scheduler.Nanotime), as sysmon first saw it; sysmon preempts after 10 ms.</summary>
    public long RunningSince;
    /// <summary>Locked to its M by runtime.LockOSThread.</summary>
    public bool LockedToThread;
    /// <summary>LockOSThread calls not yet undone by UnlockOSThread (Go's m.lockedExt).</summary>
    internal int lockedCount;
    /// <summary>Free for the scheduler's and channels' bookkeeping (e.g. the sudog it waits on).</summary>
    public object? WaitingOn;
    /// <summary>A value handed over while parked (a channel's direct handoff writes here).</summary>
    public Slot Param;
    public bool ParamOk;

    // The scheduler's bookkeeping (Go's g.m, g.lockedm, g.schedlink), owned by Scheduler.
    /// <summary>The M running this goroutine, or null.</summary>
    internal M? m;
    /// <summary>The M this goroutine must run on: runtime.LockOSThread, or an M waiting in ExitSyscall for a P.</summary>
    internal M? lockedm;
    /// <summary>Link in the global run queue and in batches moved to it.</summary>
    internal G? schedlink;
    /// <summary>Where the registry of live goroutines (AllGs) keeps it; -1 when not registered.</summary>
    internal int allgSlot = -1;

    public override string ToString() => $"goroutine {Id} [{(Status == GStatus.Waiting ? WaitReason.Text() : Status.ToString().ToLowerInvariant())}]";
}
