using Minigo.Compiler;
using Minigo.Runtime;
using Minigo.StdLib;
using Minigo.StdLib.Syscall;
using Minigo.VM;

namespace Minigo.Cli.Repl;

/// <summary>How an input ended.</summary>
internal enum InputOutcome { Ok, CompileError, Panicked, Interrupted, Exited }

/// <summary>
/// One REPL session: a program that keeps running (the prelude: its main goroutine parks for
/// good) and grows by one piece per input (IncrementalCompilation). Each input is linked into
/// it and run on a goroutine of its own; the caller waits until that goroutine returns,
/// panics, or is interrupted. Goroutines an input starts run on between inputs; a panic in one
/// of them is reported and ends only that goroutine (Machine.GoroutineEndedAbnormally).
/// </summary>
internal sealed class ReplSession : IDisposable
{
    /// <summary>Global slots the session can hold: every input's new variables take fresh ones.</summary>
    public const int GlobalCapacity = 1 << 16;
    private const int MachineThreadStack = 16 << 20;

    private readonly IncrementalCompilation compilation;
    private readonly Machine machine;
    private readonly BufferedStream stdout;
    private readonly Stream stderr;
    private readonly bool holdOpen;
    private readonly Function runInput;
    private readonly ManualResetEventSlim started = new(), ended = new();
    private readonly Lock gate = new();
    private InputRun? current;
    private int inputs;

    /// <summary>The program's exit status once it ended (os.Exit, or a deadlock when not interactive).</summary>
    public int ExitCode { get; private set; }
    public bool HasEnded => ended.IsSet;

    private sealed class InputRun(Goroutine g)
    {
        public readonly Goroutine G = g;
        public readonly ManualResetEventSlim Done = new();
        public InputOutcome Outcome;
        public bool Finished;
        public bool ReleasedWait;
    }

    /// <param name="holdOpen">
    /// Interactive: an input blocked for good waits for Ctrl-C. Otherwise, while an input runs,
    /// the session does not keep the program alive, so a deadlock ends it with Go's report.
    /// </param>
    private ReplSession(Stream stdout, Stream stderr, bool holdOpen)
    {
        this.stdout = new BufferedStream(stdout, 1 << 16);
        this.stderr = stderr;
        this.holdOpen = holdOpen;
        var natives = new Dictionary<string, NativeFunc>
        {
            [Prelude.Started] = c =>
            {
                c.Ctx.Scheduler.BeginExternalWait(); // the session will send inputs: never a deadlock between them
                started.Set();
            },
            [Prelude.Done] = c => InputReturned((Goroutine)c.Ctx),
        };
        var (session, errors) = IncrementalCompilation.Start(new SourceText(Prelude.Path, Prelude.Text), new ReplPackages(new StdLibrary(), natives), GlobalCapacity);
        // The prelude is ours: failing to compile it is an internal error (the caller reports it).
        compilation = session ?? throw new InvalidOperationException("the REPL's prelude: " + string.Join("\n", errors));
        machine = new Machine(session.Program, this.stdout, stderr, GlobalCapacity);
        runInput = session.Program.Functions.First(f => f.Name == "main." + Prelude.Run);
        machine.PackageState["os.Args"] = new[] { "minigo" };
        machine.PackageState[OsState.WorkingDirectoryKey] = Environment.CurrentDirectory;
        machine.PackageState[OsState.StdinKey] = Stream.Null; // standard input carries the session's inputs
        machine.GoroutineEndedAbnormally = GoroutineEndedAbnormally;
    }

    /// <summary>Starts a session, its program running on a thread of its own.</summary>
    public static ReplSession Start(Stream stdout, Stream stderr, bool holdOpen)
    {
        var session = new ReplSession(stdout, stderr, holdOpen);
        var thread = new Thread(() => session.RunMachine(), MachineThreadStack) { IsBackground = true, Name = "minigo repl" };
        thread.Start();
        WaitHandle.WaitAny([session.started.WaitHandle, session.ended.WaitHandle]);
        return session;
    }

    private void RunMachine()
    {
        try
        {
            // Output of goroutines running between inputs shows within 50 ms: sysmon flushes it,
            // as the CLI's driver has it do.
            ExitCode = machine.Run(SchedulerOptions.FromEnvironment() with { Housekeeping = FlushQuietly });
        }
        catch (Exception e)
        {
            Write(stderr, "minigo: internal error: " + e.GetType().Name + ": " + e.Message + "\n");
            ExitCode = 3;
        }
        FlushQuietly();
        ended.Set();
    }

    /// <summary>Compiles and runs one input; prints compile errors (positions in the input), panics and values.</summary>
    public InputOutcome Evaluate(string input, string path = "input")
    {
        var outcome = InputOutcome.Ok;
        foreach (var part in DeclarationLifting.Split(input))
        {
            outcome = EvaluatePart(part, path);
            if (outcome != InputOutcome.Ok) break;
        }
        return outcome;
    }

    private InputOutcome EvaluatePart(string input, string path)
    {
        if (HasEnded) return InputOutcome.Exited;
        int number = ++inputs;
        var diags = new DiagnosticBag();
        var compiler = new InputCompiler(compilation, path);
        var checkedInput = compiler.Compile(input, number, diags);
        var entry = checkedInput == null ? null : compilation.Link(checkedInput.Info, checkedInput.Entry, "main.__repl_input" + number, diags);
        if (entry == null)
        {
            ReportErrors(diags, path, compiler.FirstLineShift);
            return InputOutcome.CompileError;
        }
        return Run(entry);
    }

    /// <summary>The type of an expression (`:type`); errors are printed.</summary>
    public bool PrintType(string expr)
    {
        var diags = new DiagnosticBag();
        var compiler = new InputCompiler(compilation, "input");
        var type = compiler.TypeOf(expr, diags);
        if (type == null)
        {
            ReportErrors(diags, "input", compiler.FirstLineShift);
            return false;
        }
        Write(stdout, type + "\n");
        stdout.Flush();
        return true;
    }

    private InputOutcome Run(Function entry)
    {
        var g = new Goroutine(machine, 0, runInput, [new Slot(new Closure(entry, []))]);
        var run = new InputRun(g) { ReleasedWait = !holdOpen };
        lock (gate) current = run;
        machine.Scheduler!.Go(g);
        if (run.ReleasedWait) machine.Scheduler.EndExternalWait();
        WaitHandle.WaitAny([run.Done.WaitHandle, ended.WaitHandle]);
        lock (gate) current = null;
        FlushQuietly();
        return run.Finished ? run.Outcome : InputOutcome.Exited;
    }

    /// <summary>Ctrl-C: the running input's goroutine ends at its next safe point; the prompt returns at once.</summary>
    public void Interrupt()
    {
        InputRun? run;
        lock (gate) run = current;
        if (run == null) return;
        run.G.Interrupt();
        Finish(run, InputOutcome.Interrupted);
    }

    private void InputReturned(Goroutine g)
    {
        InputRun? run;
        lock (gate) run = current;
        if (run != null && ReferenceEquals(run.G, g)) Finish(run, InputOutcome.Ok);
    }

    private void GoroutineEndedAbnormally(Goroutine g, string? report)
    {
        if (report != null) Write(stderr, PanicReports.WithoutSessionFrames(report));
        InputRun? run;
        lock (gate) run = current;
        if (run != null && ReferenceEquals(run.G, g)) Finish(run, report == null ? InputOutcome.Ok : InputOutcome.Panicked);
    }

    private void Finish(InputRun run, InputOutcome outcome)
    {
        lock (gate)
        {
            if (run.Finished) return;
            run.Finished = true;
            run.Outcome = outcome;
            // Between inputs the session keeps the program alive again.
            if (run.ReleasedWait) machine.Scheduler!.BeginExternalWait();
        }
        run.Done.Set();
    }

    private void ReportErrors(DiagnosticBag diags, string path, int firstLineShift)
    {
        var sorted = diags.Sorted();
        var lines = sorted.Take(DiagnosticBag.Limit).Select(d => Located(d, path, firstLineShift)).ToList();
        if (sorted.Count > DiagnosticBag.Limit) lines.Add(Located(sorted[DiagnosticBag.Limit - 1] with { Message = "too many errors" }, path, firstLineShift));
        Write(stderr, string.Join("", lines.Select(l => l + "\n")));
    }

    /// <summary>`line:col: message`, in the input's own lines and columns (a loaded file keeps its name).</summary>
    private static string Located(Diagnostic d, string path, int firstLineShift)
    {
        if (d.Pos.File != path || d.Pos.Line == 0) return d.ToString();
        int col = d.Pos.Line == 1 ? Math.Max(1, d.Pos.Col - firstLineShift) : d.Pos.Col;
        string where = $"{d.Pos.Line}:{col}";
        return (path == "input" ? where : path + ":" + where) + ": " + d.Message;
    }

    private void FlushQuietly()
    {
        try
        {
            machine.FlushStdout();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The reader went away: nothing more to show.
        }
    }

    private static void Write(Stream s, string text)
    {
        lock (s)
        {
            GoStrings.Write(s, text);
            s.Flush();
        }
    }

    public void Dispose()
    {
        if (!HasEnded) machine.Scheduler?.Stop();
        ended.Wait(TimeSpan.FromSeconds(5));
        FlushQuietly();
    }
}
