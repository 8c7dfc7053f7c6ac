namespace Minigo.Runtime;

/// <summary>
/// An M (Go's m): a dedicated OS thread that runs goroutines while it holds a P. Idle M's
/// sleep on their own wake-up note and are reused; there are more M's than P's only while some
/// sit in blocking calls. Fields without a comment on locking are touched only by the M's own
/// thread, or by the one that hands it a P before waking it.
/// </summary>
internal sealed class M
{
    /// <summary>The M running on this thread (Go's getg().m).</summary>
    [ThreadStatic] internal static M? current;

    public readonly long Id;
    public readonly Scheduler sched;
    public OsThread? thread;

    /// <summary>The P it holds to run Go code; null when idle or in a syscall.</summary>
    public P? p;
    /// <summary>A P handed over by startm or startlockedm, taken when it wakes.</summary>
    public P? nextp;
    /// <summary>The P it held when it entered a syscall, tried first on the way out.</summary>
    public P? oldp;

    /// <summary>The goroutine it runs; read by sysmon (preemption) and schedtrace.</summary>
    public volatile G? curg;
    /// <summary>The goroutine locked to it (LockOSThread, or one waiting in ExitSyscall for a P).</summary>
    public G? lockedg;
    /// <summary>lockedg is there only until ExitSyscall gets a P, not by LockOSThread.</summary>
    public bool syscallLock;

    /// <summary>Out of work and looking for some (counted in sched.nmspinning).</summary>
    public bool spinning;
    /// <summary>Asleep on its note (schedtrace).</summary>
    public volatile bool blocked;
    /// <summary>Link in the idle M list (under the scheduler lock).</summary>
    public M? schedlink;
    public uint syscalltick;

    // Park's pending unlock (Go's m.waitunlockf and m.waitlock): recorded by Park during the
    // slice, run by park_m once the goroutine is Waiting.
    public bool parkPending;
    public Action? waitunlock;
    public Action<object?>? waitunlockf;
    public object? waitlock;

    /// <summary>Scratch list for netpoll results, so polling allocates nothing.</summary>
    public readonly List<G> pollResults = [];

    private readonly ManualResetEventSlim park = new(false);
    private ulong rand;

    public M(long id, Scheduler sched)
    {
        Id = id;
        this.sched = sched;
        rand = (ulong)(id + 1) * 0x9E3779B97F4A7C15UL;
    }

    /// <summary>notesleep + noteclear: sleeps until Wakeup. A wakeup that came first is not lost.</summary>
    public void Sleep()
    {
        blocked = true;
        park.Wait();
        park.Reset();
        blocked = false;
    }

    /// <summary>notewakeup.</summary>
    public void Wakeup() => park.Set();

    /// <summary>Go's cheaprand: a per-M xorshift, for steal order.</summary>
    public uint CheapRand()
    {
        rand ^= rand << 13;
        rand ^= rand >> 7;
        rand ^= rand << 17;
        return (uint)(rand >> 32);
    }
}
