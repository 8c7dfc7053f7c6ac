namespace Minigo.Runtime;

// Blocking calls: Go's entersyscall, entersyscallblock, exitsyscall. A body brackets a call
// that may block its thread (file I/O, a host function, any C# wait) so that its P can run
// other goroutines meanwhile.
public sealed partial class Scheduler
{
    /// <summary>
    /// entersyscall: g's body is about to block its thread. The P stays attached loosely (in
    /// Syscall status): if the call is quick, ExitSyscall takes it straight back; if not,
    /// sysmon retakes it after a tick and hands it to another M.
    /// </summary>
    public void EnterSyscall(G g)
    {
        var m = runningM(g);
        var pp = m.p ?? throw new InvalidOperationException("entersyscall: no P");
        m.syscalltick = pp.syscalltick;
        pp.m = null;
        m.oldp = pp;
        m.p = null;
        g.Status = GStatus.Syscall;
        pp.SetStatus(PStatus.Syscall);
        if (gcwaiting && pp.CasStatus(PStatus.Syscall, PStatus.GCStop))
        {
            // A stop-the-world is waiting for this P: it may count it as stopped now.
            lock (Lock)
                if (--stopwait == 0) stopnote.Set();
        }
        if (sysmonwait) wakeSysmon();
    }

    /// <summary>
    /// entersyscallblock: the call is known to block, so hand the P off now instead of
    /// waiting for sysmon.
    /// </summary>
    public void EnterSyscallBlock(G g)
    {
        var m = runningM(g);
        var pp = m.p ?? throw new InvalidOperationException("entersyscallblock: no P");
        m.syscalltick = pp.syscalltick;
        pp.syscalltick++;
        g.Status = GStatus.Syscall;
        m.oldp = null;
        handoffp(releasep(m));
    }

    /// <summary>
    /// exitsyscall: the blocking call returned. Take the old P back if nobody took it, else any
    /// idle P; else g is queued on the global run queue and this thread waits until whoever
    /// schedules g hands it a P (g's state is on this thread's stack). Returns with g running.
    /// If the program ends meanwhile, returns with g.Preempt set and no P: the body should
    /// stop at its next safe point.
    /// </summary>
    public void ExitSyscall(G g)
    {
        var m = M.current;
        if (m == null || m.sched != this || m.curg != g || g.Status != GStatus.Syscall)
            throw new InvalidOperationException($"goroutine {g.Id}: ExitSyscall without EnterSyscall");
        var oldp = m.oldp;
        m.oldp = null;
        if (exitsyscallfast(m, oldp))
        {
            m.p!.syscalltick++;
            g.Status = GStatus.Running;
            return;
        }
        exitsyscall0(m, g);
    }

    private bool exitsyscallfast(M m, P? oldp)
    {
        if (oldp != null && oldp.Status == PStatus.Syscall && oldp.CasStatus(PStatus.Syscall, PStatus.Idle))
        {
            acquirep(m, oldp);
            return true;
        }
        if (Volatile.Read(ref npidle) > 0)
        {
            P? pp;
            lock (Lock) pp = pidleget();
            if (pp != null)
            {
                acquirep(m, pp);
                return true;
            }
        }
        return false;
    }

    /// <summary>exitsyscall0: no P to be had at once.</summary>
    private void exitsyscall0(M m, G g)
    {
        g.Status = GStatus.Runnable;
        g.m = null;
        m.curg = null;
        P? pp;
        lock (Lock)
        {
            pp = pidleget();
            if (pp == null)
            {
                // Lock g to this M before it becomes visible on the queue.
                if (g.lockedm == null)
                {
                    g.lockedm = m;
                    m.lockedg = g;
                    m.syscallLock = true;
                }
                runq.Put(g);
            }
        }
        if (pp != null) acquirep(m, pp);
        else if (!stoplockedm(m))
        {
            // The program ended: let the body run to its next safe point and stop there.
            g.RequestPreempt();
            m.curg = g;
            g.m = m;
            return;
        }
        if (m.syscallLock)
        {
            m.syscallLock = false;
            g.lockedm = null;
            m.lockedg = null;
        }
        m.curg = g;
        g.m = m;
        g.Status = GStatus.Running;
    }
}
