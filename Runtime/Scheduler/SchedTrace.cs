using System.Text;

namespace Minigo.Runtime;

// schedtrace: Go's GODEBUG=schedtrace=N lines (and scheddetail=1's per-P, M, G lines).
public sealed partial class Scheduler
{
    /// <summary>Sysmon's periodic trace, to the configured writer.</summary>
    private void schedtrace(bool detailed)
    {
        var w = options.TraceWriter ?? Console.Error;
        w.Write(SchedTrace(detailed));
        w.Flush();
    }

    /// <summary>
    /// Go's schedtrace output: `SCHED 1004ms: gomaxprocs=2 idleprocs=0 threads=5
    /// spinningthreads=0 idlethreads=1 runqueue=0 [0 0]` (threads counts sysmon too; the list
    /// is each P's local queue). Detailed: the sched line with more counters, then one line per
    /// P, M and goroutine. Values are read as Go reads them, racily, under the scheduler lock.
    /// </summary>
    public string SchedTrace(bool detailed)
    {
        var sb = new StringBuilder();
        long now = Nanotime();
        lock (Lock)
        {
            long since = mainStarted ? (now - starttime) / 1_000_000 : 0;
            var all = allp;
            sb.Append($"SCHED {since}ms: gomaxprocs={gomaxprocs} idleprocs={Volatile.Read(ref npidle)} threads={mcount + 1}");
            sb.Append($" spinningthreads={Volatile.Read(ref nmspinning)} idlethreads={nmidle} runqueue={runq.Size}");
            if (detailed)
                sb.Append($" gcwaiting={Bool(gcwaiting)} nmidlelocked={nmidlelocked} stopwait={stopwait} sysmonwait={Bool(sysmonwait)}\n");
            for (int i = 0; i < all.Length; i++)
            {
                var pp = all[i];
                if (detailed)
                {
                    sb.Append($"  P{i}: status={(int)pp.Status} schedtick={Volatile.Read(ref pp.schedtick)} syscalltick={Volatile.Read(ref pp.syscalltick)}");
                    sb.Append($" m={Id(pp.m?.Id)} runqsize={pp.runq.Count} timerslen={pp.timers.Count}\n");
                }
                else
                {
                    sb.Append(' ');
                    if (i == 0) sb.Append('[');
                    sb.Append(pp.runq.Count);
                    if (i == all.Length - 1) sb.Append("]\n");
                }
            }
            if (!detailed) return sb.ToString();

            foreach (var m in allm)
            {
                sb.Append($"  M{m.Id}: p={Id(m.p?.Id)} curg={Id(m.curg?.Id)} spinning={Bool(m.spinning)}");
                sb.Append($" blocked={Bool(m.blocked)} lockedg={Id(m.lockedg?.Id)}\n");
            }
        }
        foreach (var g in allgs.Snapshot())
        {
            string reason = g.Status == GStatus.Waiting ? g.WaitReason.Text() : "";
            sb.Append($"  G{g.Id}: status={GoStatus(g.Status)}({reason}) m={Id(g.m?.Id)} lockedm={Id(g.lockedm?.Id)}\n");
        }
        return sb.ToString();
    }

    private static string Bool(bool b) => b ? "true" : "false";

    private static string Id(long? id) => id?.ToString() ?? "nil";

    /// <summary>Go's _G* numbers: _Gdead is 6 (5 is an unused _Gmoribund).</summary>
    private static int GoStatus(GStatus s) => s == GStatus.Dead ? 6 : (int)s;
}
