using System.Text;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>
/// One running program: its globals, standard streams and goroutines. Run() executes the
/// package initialisers and main, and turns Go's ways of ending (return from main, os.Exit,
/// an unrecovered panic, a fatal error) into an exit status, printing what Go prints.
/// </summary>
/// <param name="globalCapacity">Global slots to hold: more than the program's for a REPL session, whose inputs add variables while it runs.</param>
public sealed class Machine(Program program, Stream stdout, Stream stderr, int globalCapacity = 0)
{
    public Program Program { get; } = program;
    public Slot[] Globals { get; } = new Slot[Math.Max(program.GlobalCount, globalCapacity)];

    /// <summary>
    /// Set by a host that keeps the program going when one goroutine fails (the REPL): an
    /// unrecovered panic or fatal error then ends only its goroutine, and Go's report comes
    /// here instead of ending the program; runtime.Goexit comes here too, with a null report.
    /// </summary>
    public Action<Goroutine, string?>? GoroutineEndedAbnormally { get; set; }
    public Stream Stdout { get; } = stdout;
    public Stream Stderr { get; } = stderr;
    public Dictionary<string, object> PackageState { get; } = [];

    /// <summary>
    /// Go's maxstacksize, in Go bytes (1 GB as on 64-bit Go; runtime/debug.SetMaxStack changes
    /// it). Running goroutines see a new value at their next time slice or limit check.
    /// </summary>
    public long MaxStackBytes = 1_000_000_000;

    /// <summary>The scheduler running this program's goroutines (Go's runtime).</summary>
    public Scheduler? Scheduler { get; private set; }

    /// <summary>
    /// Starts a goroutine calling the func value fnValue(args), as the go statement does; for
    /// natives such as time.AfterFunc's timer, which has no goroutine of its own.
    /// </summary>
    public void Go(object? fnValue, Slot[] args) => Interpreter.StartGoroutine(this, fnValue, args);

    /// <summary>
    /// Runs the package initialisers, then main, on goroutine 1 under the M:N scheduler, and
    /// returns the process exit status, having printed what Go prints for the way it ended.
    /// sliceBudget bounds the calls and loop back-edges a goroutine runs before yielding.
    /// </summary>
    public int Run(int sliceBudget = int.MaxValue) => Run(SchedulerOptions.FromEnvironment(), sliceBudget);

    /// <summary>
    /// Runs with explicit scheduler options (GOMAXPROCS, schedtrace: the CLI and embedders set
    /// them). Cancelling stops the program where it is (a test runner's timeout): exit status 1.
    /// </summary>
    public int Run(SchedulerOptions options, int sliceBudget = int.MaxValue, CancellationToken cancel = default)
    {
        var exit = RunToExit(options, sliceBudget, runMain: true, cancel: cancel);
        switch (exit.Reason)
        {
            case ExitReason.MainReturned:
                return 0;
            case ExitReason.InternalError:
                Write($"minigo: internal error: {exit.Error?.GetType().Name}: {exit.Error?.Message ?? exit.Message}\n");
                return 3;
            default:
                if (exit.Message != null) Write(exit.Message.EndsWith('\n') ? exit.Message : exit.Message + "\n");
                return exit.Code;
        }
    }

    /// <summary>An embedder's limits (instructions, memory, goroutines); null: none, and nothing is counted.</summary>
    public ResourceLimits? Limits { get; init; }

    /// <summary>The first unrecovered panic or fatal error that ended the program, for an embedder's exception.</summary>
    public ProgramFailure? Failure { get; private set; }

    internal void RecordFailure(ProgramFailure f)
    {
        lock (PackageState) Failure ??= f;
    }

    /// <summary>The scheduler exists before the run starts (Run and RunToExit create it): an embedder may spawn into it or stop it.</summary>
    public Scheduler CreateScheduler(SchedulerOptions options, int sliceBudget = int.MaxValue)
    {
        options = options with
        {
            SliceBudget = Math.Min(sliceBudget, SchedulerOptions.DefaultSliceBudget),
            TraceWriter = options.TraceWriter ?? new StreamWriter(Stderr) { AutoFlush = true },
        };
        return Scheduler = new Scheduler(options);
    }

    /// <summary>
    /// Runs the initialisers, then main (runMain) or nothing more: an embedder keeps such a
    /// program alive by calling into it (Spawn) and ends it with Scheduler.Stop. Returns how it
    /// ended without printing anything; the package state is released and stdout flushed.
    /// </summary>
    public ExitInfo RunToExit(SchedulerOptions options, int sliceBudget = int.MaxValue, bool runMain = true,
        IGoroutineBody? mainBody = null, CancellationToken cancel = default)
    {
        if (Scheduler == null) CreateScheduler(options, sliceBudget);
        var main = mainBody ?? new Goroutine(this, 1, Program.Init, []) { Then = runMain ? Program.Main : null };
        var profiler = Profiler.StartIfRequested(Scheduler!);
        try
        {
            return Scheduler!.Run(Scheduler.Go(main), cancel);
        }
        finally
        {
            profiler?.StopAndWrite();
            ReleasePackageState();
            FlushStdout();
        }
    }

    /// <summary>
    /// Starts a goroutine for the host: fn (a Function, or a Closure for a func value) called
    /// with args; completion hears of its end. From any thread, before or during the run.
    /// </summary>
    public Goroutine Spawn(object fn, ReadOnlySpan<Slot> args, IGoroutineCompletion completion)
    {
        var g = NewHostGoroutine(fn, args, completion);
        Scheduler!.Go(g);
        return g;
    }

    /// <summary>The goroutine Spawn starts, not yet started: Scheduler.RunOnHostThread may run it on the caller's thread.</summary>
    public Goroutine NewHostGoroutine(object fn, ReadOnlySpan<Slot> args, IGoroutineCompletion completion)
    {
        var (entry, clo) = fn switch
        {
            Closure c => (c.Fn, c),
            Function f => (f, (Closure?)null),
            _ => throw new ArgumentException("not a Go function", nameof(fn)),
        };
        if (entry.IsNative)
        {
            entry = Interpreter.NativeTrampoline(entry, args.Length);
            clo = null;
        }
        return new Goroutine(this, 0, entry, args, clo) { Completion = completion };
    }

    /// <summary>Flushes standard output under its lock, which every writer takes (natives, the driver's flusher).</summary>
    public void FlushStdout()
    {
        lock (Stdout) Stdout.Flush();
    }

    /// <summary>
    /// Releases what the OS would reclaim at exit (IProgramResource values in PackageState)
    /// once the program has ended. Goroutines left behind stop at their next safe point.
    /// </summary>
    private void ReleasePackageState()
    {
        List<IProgramResource> owned;
        lock (PackageState) owned = PackageState.Values.OfType<IProgramResource>().ToList();
        foreach (var r in owned) r.Dispose();
    }

    private void Write(string text)
    {
        GoStrings.Write(Stderr, text);
        Stderr.Flush();
    }

    /// <summary>Go's report for a fatal runtime error: the preamble lines, `fatal error: ...`, then the goroutine's stack.</summary>
    internal static string FatalText(GoFatal f, Goroutine g)
    {
        var sb = new StringBuilder();
        if (f.Preamble != null) sb.Append(f.Preamble).Append('\n');
        sb.Append("fatal error: ").Append(f.Message).Append('\n');
        sb.Append('\n').Append($"goroutine {g.Id} [running]:\n");
        foreach (var line in StackTrace.Capture(g)) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>Go's report of an unrecovered panic: the panic chain, then the goroutine's stack.</summary>
    public string PanicReport(UnrecoveredPanic p)
    {
        var sb = new StringBuilder();
        AppendPanics(sb, p.Goroutine, p.Panic);
        sb.Append('\n');
        sb.Append($"goroutine {p.Goroutine.Id} [running]:\n");
        foreach (var line in p.Panic.Trace) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>Go's printpanics: older panics first, "[recovered]" marks, a tab before nested ones.</summary>
    private void AppendPanics(StringBuilder sb, Goroutine g, PanicRecord p)
    {
        if (p.Link != null)
        {
            AppendPanics(sb, g, p.Link);
            sb.Append('\t');
        }
        sb.Append("panic: ");
        sb.Append(PanicValueText(g, p.Value));
        if (p.Recovered) sb.Append(" [recovered]");
        sb.Append('\n');
        if (IsNilDeref(p.Value)) sb.Append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }

    private static bool IsNilDeref(in Slot v) =>
        ReferenceEquals(Iface.TypeOf(v), RuntimeErrors.ErrorType) && Iface.ValueOf(v).S == "invalid memory address or nil pointer dereference";

    /// <summary>Go's printpanicval after preprintpanics: errors by Error(), Stringers by String(), basic values plainly.</summary>
    public static string PanicValueText(Goroutine g, in Slot v)
    {
        var t = Iface.TypeOf(v);
        if (t == null) return "nil";
        var val = Iface.ValueOf(v);
        var m = t.FindMethod("Error") ?? t.FindMethod("String");
        if (m != null)
        {
            var result = new Slot[1];
            g.Call(Interpreter.AsFunction(m), [t.IsAggregate ? t.Clone(val) : val], result);
            return result[0].S;
        }
        string plain = t.Kind switch
        {
            Kind.Bool => val.N != 0 ? "true" : "false",
            Kind.String => val.S,
            Kind.Float32 or Kind.Float64 => Printing.Float(val.F),
            _ when t.Kind.IsUnsigned() => ((ulong)val.N).ToString(),
            _ when t.Kind.IsInteger() => val.N.ToString(),
            Kind.Complex64 or Kind.Complex128 => Printing.FloatPair(val),
            _ => $"({t}) 0x{0xc000010000L:x}",
        };
        if (t.IsNamed && t.Name != t.Kind.ToString().ToLowerInvariant() && t.Kind is not (Kind.Struct or Kind.Array or Kind.Slice or Kind.Map or Kind.Pointer or Kind.Func or Kind.Chan or Kind.Interface))
        {
            // printanycustomtype: main.MyInt(5), main.S("x")
            return t.Kind == Kind.String ? $"{t}(\"{plain}\")" : $"{t}({plain})";
        }
        return plain;
    }
}
