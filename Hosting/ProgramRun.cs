using Minigo.Runtime;
using Minigo.StdLib;
using Minigo.VM;
using GoProgram = Minigo.VM.Program;

namespace Minigo.Hosting;

internal enum StopReason { None, Timeout, Canceled, Disposed }

/// <summary>
/// One program's life under an engine: its Machine (globals, streams, scheduler) with the
/// engine's limits, the watchers that stop it (time limit, CancellationToken, Interrupt), and
/// the translation of how it ended into the exception the host sees.
/// </summary>
internal sealed class ProgramRun : IDisposable
{
    public readonly Machine Machine;
    public readonly SchedulerOptions SchedulerOptions;
    private readonly GoEngine engine;
    private readonly EngineOptions options;
    private readonly IDisposable? timer;
    private readonly CancellationTokenRegistration cancellation;
    private readonly ManualResetEventSlim ended = new(false);
    private int stopReason;

    public ProgramRun(GoEngine engine, GoProgram program, string scriptName, bool timeLimitCoversRun = true)
    {
        this.engine = engine;
        options = engine.Options;
        var limits = options.MaxInstructions > 0 || options.MaxMemoryBytes > 0 || options.MaxGoroutines > 0
            ? new ResourceLimits { MaxSteps = options.MaxInstructions, MaxAllocatedBytes = options.MaxMemoryBytes, MaxGoroutines = options.MaxGoroutines }
            : null;
        Machine = new Machine(program, options.Stdout ?? StandardStreams.Stdout, options.Stderr ?? StandardStreams.Stderr) { Limits = limits };
        if (options.MaxStackBytes > 0) Machine.MaxStackBytes = options.MaxStackBytes;
        ProgramSetup.Configure(Machine, options.Args.Prepend("/tmp/go-build/exe/" + Path.GetFileNameWithoutExtension(scriptName)),
            options.WorkingDirectory ?? Environment.CurrentDirectory, options.Stdin ?? Stream.Null);
        SchedulerOptions = new SchedulerOptions { MaxProcs = options.MaxProcs };
        Machine.CreateScheduler(SchedulerOptions);
        engine.Register(this);
        if (timeLimitCoversRun && options.TimeLimit is { } t) timer = Watchdog.After(t, () => Stop(StopReason.Timeout));
        if (options.CancellationToken.CanBeCanceled)
            cancellation = options.CancellationToken.Register(static s => ((ProgramRun)s!).Stop(StopReason.Canceled), this);
    }

    public Scheduler Scheduler => Machine.Scheduler!;

    /// <summary>Stops the program where it is (every goroutine, at its next safe point); the first reason wins.</summary>
    public void Stop(StopReason reason)
    {
        Interlocked.CompareExchange(ref stopReason, (int)reason, 0);
        Scheduler.Stop();
    }

    /// <summary>Runs the program (main, or only its initialisers for an instance) on this thread until it ends.</summary>
    public ExitInfo Run(bool runMain, IGoroutineBody? mainBody = null)
    {
        try
        {
            return Machine.RunToExit(SchedulerOptions, runMain: runMain, mainBody: mainBody);
        }
        finally
        {
            timer?.Dispose();
            engine.Unregister(this);
            ended.Set();
        }
    }

    public void WaitEnded(TimeSpan timeout) => ended.Wait(timeout);

    /// <summary>The exception for how the program ended, or null when it ended normally (main returned, os.Exit).</summary>
    public Exception? ErrorFor(ExitInfo exit)
    {
        if (LimitError() is { } limit) return limit;
        switch ((StopReason)Volatile.Read(ref stopReason))
        {
            case StopReason.Timeout: return new GoTimeoutException(options.TimeLimit ?? TimeSpan.Zero);
            case StopReason.Canceled: return new GoCanceledException();
            case StopReason.Disposed: return new GoInstanceEndedException("minigo: the engine was disposed");
        }
        switch (exit.Reason)
        {
            case ExitReason.MainReturned: return null;
            case ExitReason.Stopped: return new GoCanceledException();
            case ExitReason.Deadlock: return new GoDeadlockException(FirstLines(exit.Message), exit.Message ?? "");
            case ExitReason.Fatal: return new GoFatalException(FirstLines(exit.Message), exit.Message ?? "");
            case ExitReason.InternalError: return new GoException(exit.Message?.TrimEnd() ?? "minigo: internal error", exit.Error);
        }
        return Machine.Failure is { } f ? FailureError(f) : null; // Exit: os.Exit's status, or a reported panic
    }

    /// <summary>A limit passed: the program was stopped for it, whatever else it reported on the way.</summary>
    public Exception? LimitError() => Machine.Limits?.Exceeded switch
    {
        LimitKind.Instructions => new GoInstructionLimitException(options.MaxInstructions),
        LimitKind.Memory => new GoMemoryLimitException(options.MaxMemoryBytes),
        LimitKind.Goroutines => new GoGoroutineLimitException(options.MaxGoroutines),
        _ => null,
    };

    private static Exception FailureError(ProgramFailure f)
    {
        if (f.Panic != null) return PanicErrors.FromReport(f.Report, f.Panic, null);
        var message = FirstLines(f.Report);
        var (file, line) = PanicErrors.Where(f.Report);
        GoFatalException e = f.Fatal?.Message == "stack overflow"
            ? new GoStackOverflowException(message, f.Report) { GoFile = file, Line = line, GoStack = PanicErrors.StackOf(f.Report) }
            : new GoFatalException(message, f.Report) { GoFile = file, Line = line, GoStack = PanicErrors.StackOf(f.Report) };
        return e;
    }

    /// <summary>A report's message: its lines up to the first goroutine header.</summary>
    internal static string FirstLines(string? report)
    {
        if (report == null) return "";
        int g = report.IndexOf("\ngoroutine ", StringComparison.Ordinal);
        return (g < 0 ? report : report[..g]).TrimEnd();
    }

    public void Dispose()
    {
        timer?.Dispose();
        cancellation.Dispose();
        engine.Unregister(this);
    }
}

/// <summary>The process's standard streams, opened once (the defaults for a program's stdout and stderr).</summary>
internal static class StandardStreams
{
    public static readonly Stream Stdout = Console.OpenStandardOutput();
    public static readonly Stream Stderr = Console.OpenStandardError();
}
