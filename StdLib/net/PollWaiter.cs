using Minigo.Runtime;

namespace Minigo.StdLib.Net;

/// <summary>
/// The goroutine parked in runtime_pollWait in one mode of one socket (there is at most one:
/// fdMutex serializes readers and writers): where its result goes, and the resume the VM
/// calls when the poller, a deadline or Close readies it. Made once per socket and mode, so
/// a wait allocates nothing.
/// </summary>
internal sealed class PollWaiter
{
    private readonly PollDesc pd;
    private readonly int mode;
    private IGoContext? ctx;
    private int resultSlot;

    public PollWaiter(PollDesc pd, int mode)
    {
        this.pd = pd;
        this.mode = mode;
        Resume = ResumeWait;
    }

    public Func<bool> Resume { get; }

    /// <summary>runtime_pollWait(s, mode) int: its result, or a parked goroutine that Resume completes.</summary>
    public static void Wait(NativeCall c, NetSocket s, int mode)
    {
        var pd = s.Pd ?? throw new InvalidOperationException("runtime_pollWait on a socket not registered with the poller");
        int err = pd.Wait(c.Ctx.G, mode, out bool parked);
        if (!parked)
        {
            c.SetInt(0, err);
            return;
        }
        var w = s.Waiter(mode);
        w.ctx = c.Ctx;
        w.resultSlot = c.Base;
        c.Ctx.ParkAfterReturn(w.Resume);
    }

    private bool ResumeWait()
    {
        var c = ctx!;
        int err = pd.Resume(c.G, mode, out bool parked);
        if (parked) return false;
        c.Stack[resultSlot] = new Slot(err);
        ctx = null;
        return true;
    }
}
