namespace Minigo.VM;

/// <summary>Which of an embedder's limits a program passed.</summary>
public enum LimitKind : byte { None, Instructions, Memory, Goroutines }

/// <summary>
/// An embedder's limits on one program, counted per time slice (Goroutine.RunAccounted), never
/// per instruction: the steps are the interpreter's budget units (calls and loop back-edges),
/// the memory is what the program's threads allocated while running it (.NET's
/// GC.GetAllocatedBytesForCurrentThread: allocation, not live memory; approximate by design).
/// The first limit passed is kept in Exceeded; the program is then stopped.
/// </summary>
public sealed class ResourceLimits
{
    /// <summary>Calls and loop back-edges the program may run (0: no limit).</summary>
    public long MaxSteps { get; init; }
    /// <summary>Bytes the program may allocate in all (0: no limit).</summary>
    public long MaxAllocatedBytes { get; init; }
    /// <summary>Goroutines alive at once (0: no limit).</summary>
    public int MaxGoroutines { get; init; }

    private long steps;
    private long allocated;
    private int exceeded;

    public long Steps => Volatile.Read(ref steps);
    public long AllocatedBytes => Volatile.Read(ref allocated);
    public LimitKind Exceeded => (LimitKind)Volatile.Read(ref exceeded);

    /// <summary>A slice's budget, cut to what the step limit leaves, so that a spinning goroutine stops on time.</summary>
    internal int SliceBudget(int budget)
    {
        if (MaxSteps <= 0) return budget;
        long left = MaxSteps - Steps;
        return (int)Math.Clamp(left, 1, budget);
    }

    /// <summary>Counts a slice; true if it passed a limit (the first time only).</summary>
    internal bool Account(long usedSteps, long allocatedBytes)
    {
        long s = Interlocked.Add(ref steps, usedSteps);
        long a = Interlocked.Add(ref allocated, allocatedBytes);
        if (MaxSteps > 0 && s >= MaxSteps) return Exceed(LimitKind.Instructions);
        if (MaxAllocatedBytes > 0 && a > MaxAllocatedBytes) return Exceed(LimitKind.Memory);
        return false;
    }

    /// <summary>The go statement: true when one more goroutine would pass the limit.</summary>
    internal bool TooManyGoroutines(int live) => MaxGoroutines > 0 && live >= MaxGoroutines && Exceed(LimitKind.Goroutines);

    private bool Exceed(LimitKind kind) => Interlocked.CompareExchange(ref exceeded, (int)kind, 0) == 0;
}
