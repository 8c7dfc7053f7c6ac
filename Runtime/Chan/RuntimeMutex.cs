using System.Runtime.CompilerServices;

namespace Minigo.Runtime;

/// <summary>
/// Go's runtime mutex (runtime2.go's mutex, lock/unlock): guards a channel, a semaphore root
/// or a notify list for a few instructions at a time. Not owned by a thread (unlike Monitor),
/// because the unlock of a parking goroutine runs inside the scheduler's Park (Go's unlockf).
/// A struct: keep it in a field and call it in place, never through a copy.
/// </summary>
public struct RuntimeMutex
{
    private int state; // 0 unlocked, 1 locked

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Lock()
    {
        if (Interlocked.CompareExchange(ref state, 1, 0) != 0) LockSlow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void LockSlow()
    {
        // Spin, then yield the CPU (never Sleep(1): a holder keeps the lock for nanoseconds).
        var spin = new SpinWait();
        do spin.SpinOnce(sleep1Threshold: -1);
        while (Volatile.Read(ref state) != 0 || Interlocked.CompareExchange(ref state, 1, 0) != 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Unlock() => Volatile.Write(ref state, 0);

    public bool IsLocked => Volatile.Read(ref state) != 0;
}
