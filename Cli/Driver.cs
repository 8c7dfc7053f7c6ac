using System.Text;
using Minigo.Compiler;
using Minigo.Runtime;
using Minigo.StdLib;
using Minigo.VM;

namespace Minigo.Cli;

/// <summary>
/// The commands' work, callable in-process (the tests run programs through it): load the
/// sources, compile, run, and map every outcome to Go's output and exit status. Nothing
/// escapes as a .NET exception: an internal failure prints `minigo: internal error` (exit 3).
/// </summary>
public static class Driver
{
    /// <param name="baseDir">
    /// Resolves relative file names and is the program's working directory (tests run programs
    /// in place, side by side, without changing the process's directory); default: the process's.
    /// </param>
    /// <param name="stdin">The program's standard input (default: the process's).</param>
    /// <param name="scheduler">GOMAXPROCS and GODEBUG's settings; null reads them from the environment as Go does (tests pass them, being many programs in one process).</param>
    /// <param name="hostStdio">stdout and stderr are the process's own (the CLI): os.Stdout.Stat() describes them.</param>
    public static int Run(IReadOnlyList<string> filesAndArgs, Stream stdout, Stream stderr, int sliceBudget = int.MaxValue, string? baseDir = null,
        int schedTrace = 0, Stream? stdin = null, SchedulerOptions? scheduler = null, bool hostStdio = false)
    {
        try
        {
            var (sources, programArgs, error) = SourceLoader.Load(filesAndArgs, baseDir);
            if (error != null) return Fail(stderr, error, 1);
            return RunSources(sources!, programArgs, stdout, stderr, new RunSettings(sliceBudget, baseDir, schedTrace, stdin, scheduler, hostStdio));
        }
        catch (Exception e)
        {
            return Fail(stderr, "minigo: internal error: " + e.GetType().Name + ": " + e.Message, 3);
        }
    }

    /// <summary>How RunSources runs a program: Run's parameters, plus the compile options and a cancellation (minigo test's timeout).</summary>
    public sealed record RunSettings(int SliceBudget = int.MaxValue, string? BaseDir = null, int SchedTrace = 0, Stream? Stdin = null,
        SchedulerOptions? Scheduler = null, bool HostStdio = false, CompileOptions? Compile = null, CancellationToken Cancel = default,
        bool CapturableStdout = false);

    /// <summary>Compiles and runs sources already loaded (minigo test adds a generated test main to a package's files).</summary>
    public static int RunSources(IReadOnlyList<SourceText> sources, IEnumerable<string> programArgs, Stream stdout, Stream stderr, RunSettings settings)
    {
        try
        {
            var result = Compilation.Compile(sources, StdLibrary.Instance, settings.Compile);
            if (result.Program == null) return Fail(stderr, string.Join("\n", result.Errors), 2);
            return RunProgram(result.Program, ProgramName(sources), programArgs, stdout, stderr, settings);
        }
        catch (Exception e)
        {
            return Fail(stderr, "minigo: internal error: " + e.GetType().Name + ": " + e.Message, 3);
        }
    }

    /// <summary>Runs a compiled program; `name` is its os.Args[0].</summary>
    public static int RunProgram(Minigo.VM.Program program, string name, IEnumerable<string> programArgs, Stream stdout, Stream stderr, RunSettings settings)
    {
        // A test program (minigo test) writes straight to its in-memory output, so that stdout
        // and stderr interleave as written, through a stream package testing can switch to
        // capture an example's output.
        Stream programOut = settings.CapturableStdout ? new Minigo.StdLib.Testing.CapturableStream(stdout) : new BufferedStream(stdout, 1 << 16);
        try
        {
            var machine = new Machine(program, programOut, stderr);
            ProgramSetup.Configure(machine, programArgs.Prepend(name), settings.BaseDir ?? Environment.CurrentDirectory, settings.Stdin, settings.HostStdio);
            var options = settings.Scheduler ?? SchedulerOptions.FromEnvironment();
            if (settings.SchedTrace > 0) options = options with { SchedTrace = settings.SchedTrace };
            // Go's os.Stdout is unbuffered: what a program printed before it blocks (a server, a
            // sleeper, one waiting for a signal) must show. Sysmon flushes the buffer every 50 ms
            // and when every goroutine is blocked (a timer would cost the thread pool's threads).
            options = options with { Housekeeping = () => FlushQuietly(programOut) };
            int code = machine.Run(options, settings.SliceBudget, settings.Cancel);
            lock (programOut) programOut.Flush();
            return code;
        }
        catch (Exception e)
        {
            try { programOut.Flush(); } catch (IOException) { }
            return Fail(stderr, "minigo: internal error: " + e.GetType().Name + ": " + e.Message, 3);
        }
    }

    public static int Disassemble(IReadOnlyList<string> files, Stream stdout, Stream stderr, bool all = false)
    {
        try
        {
            var (sources, _, error) = SourceLoader.Load(files);
            if (error != null) return Fail(stderr, error, 1);
            var result = Compilation.Compile(sources!, StdLibrary.Instance);
            if (result.Program == null) return Fail(stderr, string.Join("\n", result.Errors), 2);
            // By default only the program's own functions; --all adds std packages, init and wrappers.
            var text = Disassembler.Disassemble(result.Program.Functions.Where(f => !f.IsNative && (all || f.File.Length > 0 && !f.File.StartsWith('$'))));
            stdout.Write(Encoding.UTF8.GetBytes(text));
            stdout.Flush();
            return 0;
        }
        catch (Exception e)
        {
            return Fail(stderr, "minigo: internal error: " + e.GetType().Name + ": " + e.Message, 3);
        }
    }

    private static void FlushQuietly(Stream stdout)
    {
        // A goroutine writing holds the lock and will flush or fill the buffer itself.
        if (!Monitor.TryEnter(stdout)) return;
        try
        {
            stdout.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The reader went away: the program's own writes report it.
        }
        finally
        {
            Monitor.Exit(stdout);
        }
    }

    public static string ProgramName(IReadOnlyList<SourceText> sources) =>
        "/tmp/go-build/exe/" + Path.GetFileNameWithoutExtension(sources[0].Path);

    private static int Fail(Stream stderr, string message, int code)
    {
        var bytes = Encoding.UTF8.GetBytes(message.EndsWith('\n') ? message : message + "\n");
        stderr.Write(bytes);
        stderr.Flush();
        return code;
    }
}
