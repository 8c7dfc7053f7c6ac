namespace Minigo.Runtime;

/// <summary>
/// How a Scheduler runs: Go's GOMAXPROCS and the GODEBUG scheduler switches, plus the hooks
/// an embedder provides. FromEnvironment reads them the way Go does.
/// </summary>
public sealed record SchedulerOptions
{
    /// <summary>Go's _MaxGomaxprocs.</summary>
    public const int MaxGomaxprocs = 1024;

    /// <summary>The budget a body gets per slice unless told otherwise; sysmon's 10 ms preemption is the real bound.</summary>
    public const int DefaultSliceBudget = 1 << 20;

    /// <summary>GOMAXPROCS: null means the GOMAXPROCS environment variable, else Environment.ProcessorCount.</summary>
    public int? MaxProcs { get; init; }

    /// <summary>GODEBUG=schedtrace=N: sysmon prints a SCHED line every N ms (0: never).</summary>
    public int SchedTrace { get; init; }

    /// <summary>GODEBUG=scheddetail=1: each SCHED line is followed by one line per P, M and G.</summary>
    public bool SchedDetail { get; init; }

    /// <summary>Where schedtrace writes; null means Console.Error.</summary>
    public TextWriter? TraceWriter { get; init; }

    /// <summary>The network poller; null means none (idle M's then only wait for timers).</summary>
    public INetPoller? NetPoller { get; init; }

    /// <summary>The poller created for the program's first socket when NetPoller is null (Auto: MINIGO_NETPOLL, else the platform's).</summary>
    public NetPollKind NetPollKind { get; init; }

    /// <summary>Passed to IGoroutineBody.RunSlice; what a unit of budget is, the body decides.</summary>
    public int SliceBudget { get; init; } = DefaultSliceBudget;

    /// <summary>How long Run waits, once the program has ended, for M threads to reach a safe point and end.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Called by sysmon about every HousekeepingNS while goroutines run, and before it sleeps
    /// because none does (the CLI flushes buffered standard output: Go's is unbuffered). It
    /// must not block for long: sysmon also preempts and polls the network.
    /// </summary>
    public Action? Housekeeping { get; init; }

    public const long HousekeepingNS = 50_000_000;

    /// <summary>Options from the GOMAXPROCS and GODEBUG environment variables.</summary>
    public static SchedulerOptions FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable("GOMAXPROCS"), Environment.GetEnvironmentVariable("GODEBUG"));

    /// <summary>
    /// Options from GOMAXPROCS and GODEBUG values as Go reads them: GOMAXPROCS counts only if it
    /// is a positive integer; GODEBUG is a comma-separated list of name=value, of which the
    /// scheduler knows schedtrace and scheddetail.
    /// </summary>
    public static SchedulerOptions Parse(string? gomaxprocs, string? godebug)
    {
        int schedTrace = 0;
        bool schedDetail = false;
        foreach (var field in (godebug ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = field.IndexOf('=');
            if (eq < 0 || !int.TryParse(field.AsSpan(eq + 1), out int value)) continue;
            switch (field[..eq])
            {
                case "schedtrace": schedTrace = Math.Max(0, value); break;
                case "scheddetail": schedDetail = value > 0; break;
            }
        }
        return new SchedulerOptions { MaxProcs = ParseMaxProcs(gomaxprocs), SchedTrace = schedTrace, SchedDetail = schedDetail };
    }

    internal static int? ParseMaxProcs(string? s) =>
        int.TryParse(s, out int n) && n > 0 ? Math.Min(n, MaxGomaxprocs) : null;

    internal int ResolveMaxProcs() =>
        Math.Clamp(MaxProcs ?? ParseMaxProcs(Environment.GetEnvironmentVariable("GOMAXPROCS")) ?? Environment.ProcessorCount, 1, MaxGomaxprocs);
}
