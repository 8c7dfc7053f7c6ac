namespace Minigo.Runtime;

/// <summary>
/// What channels, select, semaphores and notify lists need from the scheduler: Go's gopark
/// and goready. The scheduler implements it; tests implement it with fakes.
/// </summary>
public interface IParker
{
    /// <summary>
    /// gopark: called by the running goroutine's body, which then returns
    /// <see cref="SliceResult.Parked"/> from RunSlice without touching shared state again.
    /// The scheduler sets g.WaitReason, marks g Waiting, and only then calls
    /// <paramref name="unlock"/> (Go's unlockf: it releases the lock that guards the queue g
    /// was put on), so whoever finds g there finds it already waiting. A null unlock with no
    /// queue parks g forever (a nil channel, `select {}`).
    /// </summary>
    void Park(G g, WaitReason reason, Action? unlock);

    /// <summary>goready: makes a waiting goroutine runnable. Never called under a channel lock.</summary>
    void Ready(G g);
}

/// <summary>The outcome of a channel, select, semaphore or notify-list operation.</summary>
public enum ChanOpResult : byte
{
    /// <summary>Done: results are available now.</summary>
    Completed,
    /// <summary>Non-blocking operation (or select with default) that could not proceed.</summary>
    WouldBlock,
    /// <summary>The goroutine was parked: return SliceResult.Parked, call the matching Complete* when it runs again.</summary>
    Parked,
}
