using System.Text;

namespace Minigo.Runtime;

// checkdead: Go's deadlock detection, and the report it ends the run with.
public sealed partial class Scheduler
{
    /// <summary>
    /// checkdead, holding Lock, whenever an M goes idle: if no M is running (idle and
    /// locked-idle M's account for all of them; sysmon is no M) and no goroutine can run, no
    /// timer is pending and nobody waits on I/O, nothing can ever wake a goroutine again.
    /// </summary>
    private void checkdead()
    {
        if (!mainStarted || exiting || gcwaiting) return;
        int run = mcount - nmidle - nmidlelocked;
        if (run > 0) return;
        if (run < 0) throw new InvalidOperationException($"checkdead: inconsistent counts mcount={mcount} nmidle={nmidle} nmidlelocked={nmidlelocked}");
        if (Volatile.Read(ref externalWaiters) > 0 || poller.HasWaiters) return;
        // Go throws on a runnable goroutine here; ours may have just been queued by a thread
        // that is no M (it starts an M right after), so just let that happen.
        if (allgs.Any(static g => g.Status is GStatus.Runnable or GStatus.Running or GStatus.Syscall)) return;
        if (mainGoexited && allgs.Count == 0)
        {
            RequestExit(new ExitInfo(ExitReason.Deadlock, 2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"));
            return;
        }
        foreach (var pp in allp)
            if (pp.timers.Count > 0) return;
        RequestExit(new ExitInfo(ExitReason.Deadlock, 2, deadlockReport()));
    }

    /// <summary>
    /// Go's report: the fatal error line, then each goroutine's header (and stack, if its body
    /// can print one) after a blank line, in creation order.
    /// </summary>
    private string deadlockReport()
    {
        var w = new StringWriter { NewLine = "\n" };
        w.Write("fatal error: all goroutines are asleep - deadlock!\n");
        foreach (var g in allgs.Snapshot())
        {
            w.Write('\n');
            w.Write(GoroutineHeader(g));
            w.Write('\n');
            if (g.Body is IGoroutineTraceback tb) tb.WriteTraceback(g, w);
        }
        return w.ToString();
    }

    /// <summary>Go's goroutineheader: `goroutine 1 [chan receive]:`, with `, locked to thread` when so.</summary>
    public static string GoroutineHeader(G g)
    {
        var sb = new StringBuilder("goroutine ").Append(g.Id).Append(" [");
        sb.Append(g.Status switch
        {
            GStatus.Waiting => g.WaitReason.Text(),
            GStatus.Runnable => "runnable",
            GStatus.Running => "running",
            GStatus.Syscall => "syscall",
            GStatus.Dead => "dead",
            _ => "idle",
        });
        if (g.LockedToThread) sb.Append(", locked to thread");
        return sb.Append("]:").ToString();
    }
}
