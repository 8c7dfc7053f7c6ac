using Minigo.Compiler;
using Minigo.StdLib;

namespace Minigo.Cli.Testing;

/// <summary>How a test program ended: its compile errors (then it never ran), or its exit status and whether it was stopped at its time limit.</summary>
public sealed record ProgramOutcome(IReadOnlyList<string>? CompileErrors, int ExitCode, bool TimedOut, TimeSpan Elapsed);

/// <summary>
/// Compiles and runs one test program in-process, as `go test` runs a test binary: standard
/// output and error both go to `output` (the combined output Go's tests compare), standard
/// input is empty, and the program is stopped when it runs past its limit. The work runs on a
/// thread of its own with a large stack, so that a deeply nested program cannot overflow the
/// runner's.
/// </summary>
public static class ProgramRun
{
    private const int StackBytes = 256 << 20;
    /// <summary>After the limit the scheduler is stopped; work stuck where it cannot be stopped (the compiler) is abandoned after this.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    public static ProgramOutcome Execute(IReadOnlyList<SourceText> sources, IEnumerable<string> args, Stream output, string baseDir,
        CompileOptions? compile, TimeSpan limit)
    {
        var combined = Stream.Synchronized(output);
        using var cancel = new CancellationTokenSource(limit);
        var settings = new Driver.RunSettings(BaseDir: baseDir, Stdin: new MemoryStream(), Compile: compile, Cancel: cancel.Token, CapturableStdout: true);
        var started = DateTime.UtcNow;
        var outcome = OnOwnThread(limit, () =>
        {
            var result = CompileReportingFailure(sources, compile);
            if (result.Program == null) return new ProgramOutcome(result.Errors, 2, false, TimeSpan.Zero);
            int code = Driver.RunProgram(result.Program, Driver.ProgramName(sources), args, combined, combined, settings);
            return new ProgramOutcome(null, code, cancel.IsCancellationRequested, TimeSpan.Zero);
        });
        return (outcome ?? new ProgramOutcome(null, 2, true, TimeSpan.Zero)) with { Elapsed = DateTime.UtcNow - started };
    }

    /// <summary>Compiles only (Go's `// compile` and `// errorcheck` tests): the errors, or null if it took longer than the limit.</summary>
    public static IReadOnlyList<string>? Compile(IReadOnlyList<SourceText> sources, CompileOptions options, TimeSpan limit) =>
        OnOwnThread(limit, () => CompileReportingFailure(sources, options).Errors);

    /// <summary>Compiles; a failure of the compiler itself is an error line, as `minigo run` reports it (never an exception).</summary>
    private static CompileResult CompileReportingFailure(IReadOnlyList<SourceText> sources, CompileOptions? options)
    {
        try
        {
            return Compilation.Compile(sources, new StdLibrary(), options);
        }
        catch (Exception e)
        {
            return new CompileResult(null, ["minigo: internal error: " + e.GetType().Name + ": " + e.Message]);
        }
    }

    /// <summary>Runs work on a large-stack thread; null if it has not finished by limit plus the grace period (the thread is abandoned).</summary>
    private static T? OnOwnThread<T>(TimeSpan limit, Func<T> work) where T : class
    {
        T? result = null;
        var thread = new Thread(() => result = work(), StackBytes) { IsBackground = true, Name = "minigo test program" };
        thread.Start();
        return thread.Join(limit + Grace) ? result : null;
    }
}
