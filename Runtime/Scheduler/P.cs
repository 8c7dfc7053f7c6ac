namespace Minigo.Runtime;

/// <summary>Go's P states (runtime2.go), numbered as scheddetail prints them.</summary>
internal enum PStatus
{
    /// <summary>Not running goroutines: on the idle list, or being handed to an M.</summary>
    Idle = 0,
    /// <summary>Owned by an M that runs goroutines or the scheduler.</summary>
    Running = 1,
    /// <summary>Its M is in a blocking call; sysmon may retake it.</summary>
    Syscall = 2,
    /// <summary>Stopped for a stop-the-world (GOMAXPROCS changes).</summary>
    GCStop = 3,
    /// <summary>Removed by a smaller GOMAXPROCS.</summary>
    Dead = 4,
}

/// <summary>
/// A P (Go's p): the right to run Go code. An M must hold one to run goroutines, and there are
/// GOMAXPROCS of them, which bounds parallelism while any number of M's sit in blocking calls.
/// The run queue and timer heap live here, so spawning, readying and scheduling touch only
/// the P's own state on their fast paths.
/// </summary>
internal sealed class P(int id)
{
    public readonly int Id = id;

    /// <summary>A PStatus; CASed by sysmon (retake) and by exitsyscall against each other.</summary>
    public int status = (int)PStatus.GCStop;

    /// <summary>The M holding it; null when idle or while its M is in a syscall.</summary>
    public M? m;

    /// <summary>Link in the idle P list.</summary>
    public P? link;

    /// <summary>Incremented on every scheduling that starts a new time slice (sysmon watches it).</summary>
    public uint schedtick;

    /// <summary>Incremented on every syscall (sysmon watches it).</summary>
    public uint syscalltick;

    /// <summary>What sysmon saw last; only sysmon touches it.</summary>
    public SysmonTick sysmontick;

    public readonly RunQueue runq = new();
    public readonly TimerHeap timers = new();

    public PStatus Status => (PStatus)Volatile.Read(ref status);

    public void SetStatus(PStatus s) => Volatile.Write(ref status, (int)s);

    public bool CasStatus(PStatus from, PStatus to) =>
        Interlocked.CompareExchange(ref status, (int)to, (int)from) == (int)from;
}

/// <summary>Go's sysmontick: the last schedtick and syscalltick sysmon observed on a P, and when.</summary>
internal struct SysmonTick
{
    public uint schedtick;
    public long schedwhen;
    public uint syscalltick;
    public long syscallwhen;
}
