using System.Text;
using System.Text.RegularExpressions;
using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.Scheduling.SchedulerTesting;

namespace Minigo.Tests.Scheduling;

/// <summary>GODEBUG=schedtrace/scheddetail output and the options parsed from the environment.</summary>
[Collection(nameof(SchedulerCollection))]
public class SchedTraceTests
{
    private const string SchedLine = @"SCHED \d+ms: gomaxprocs=2 idleprocs=\d+ threads=\d+ spinningthreads=\d+ idlethreads=\d+ runqueue=\d+";

    [Fact]
    public void TheSchedLineHasGosFormat()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        string trace = "";
        var main = s.Go(new FuncBody(g => { trace = s.SchedTrace(false); return SliceResult.Done; }));
        RunWithTimeout(s, main);
        Assert.Matches(new Regex($@"^{SchedLine} \[\d+ \d+\]\n$"), trace);
    }

    [Fact]
    public void SchedDetailAddsPMAndGLines()
    {
        var s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2 });
        var never = new Signal(s);
        string trace = "";
        G? parked = null;
        // main yields until G2 has parked (on a busy machine that can take more than one slice).
        var main = s.Go(new FuncBody(g =>
        {
            parked ??= s.Go(new StepBody(never.Step));
            if (parked.Status != GStatus.Waiting) return SliceResult.Yielded;
            trace = s.SchedTrace(true);
            return SliceResult.Done;
        }));
        RunWithTimeout(s, main);
        var lines = trace.TrimEnd('\n').Split('\n');
        Assert.Matches($@"^{SchedLine} gcwaiting=false nmidlelocked=\d+ stopwait=0 sysmonwait=(true|false)$", lines[0]);
        Assert.Matches(@"^  P0: status=\d schedtick=\d+ syscalltick=\d+ m=(\d+|nil) runqsize=\d+ timerslen=\d+$", lines[1]);
        Assert.Matches(@"^  P1: status=\d schedtick=\d+ syscalltick=\d+ m=(\d+|nil) runqsize=\d+ timerslen=\d+$", lines[2]);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  M\d+: p=\d+ curg=1 spinning=false blocked=false lockedg=nil$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  G1: status=2\(\) m=\d+ lockedm=nil$"));
        Assert.Contains("  G2: status=4(chan receive) m=nil lockedm=nil", lines);
    }

    /// <summary>A writer that calls back at its first complete line (from sysmon's thread).</summary>
    private sealed class LineWriter(Action onLine) : TextWriter
    {
        private readonly StringBuilder text = new();
        private bool signaled;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            bool first;
            lock (text)
            {
                text.Append(value);
                first = !signaled && text.ToString().Contains('\n');
                signaled |= first;
            }
            if (first) onLine();
        }

        public string Text
        {
            get { lock (text) return text.ToString(); }
        }
    }

    [Fact]
    public void SysmonPrintsTheTracePeriodically()
    {
        // Main waits for sysmon's thread, which is no goroutine: without BeginExternalWait
        // that would be a deadlock, as in Go.
        Minigo.Runtime.Scheduler? s = null;
        Signal? got = null;
        var writer = new LineWriter(() =>
        {
            got!.Post();
            s!.EndExternalWait();
        });
        s = new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 2, SchedTrace = 1, TraceWriter = writer });
        got = new Signal(s);
        s.BeginExternalWait();
        var main = s.Go(new StepBody(got.Step));
        Assert.Equal(ExitReason.MainReturned, RunWithTimeout(s, main).Reason);
        Assert.Matches(new Regex($@"^{SchedLine} \[\d+ \d+\]\n"), writer.Text);
    }

    [Fact]
    public void OptionsComeFromGomaxprocsAndGodebug()
    {
        var o = SchedulerOptions.Parse("3", "madvdontneed=1,schedtrace=1000, scheddetail=1");
        Assert.Equal(3, o.MaxProcs);
        Assert.Equal(1000, o.SchedTrace);
        Assert.True(o.SchedDetail);
        var d = SchedulerOptions.Parse("zero", null);
        Assert.Null(d.MaxProcs);
        Assert.Equal(0, d.SchedTrace);
        Assert.False(d.SchedDetail);
        Assert.Null(SchedulerOptions.Parse("0", "").MaxProcs);
        Assert.Equal(4, new Minigo.Runtime.Scheduler(new SchedulerOptions { MaxProcs = 4 }).MaxProcs);
    }
}
