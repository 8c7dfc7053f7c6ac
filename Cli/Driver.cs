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
        var bufferedOut = new BufferedStream(stdout, 1 << 16);
        try
        {
            var (sources, programArgs, error) = SourceLoader.Load(filesAndArgs, baseDir);
            if (error != null) return Fail(stderr, error, 1);
            var result = Compilation.Compile(sources!, StdLibrary.Instance);
            if (result.Program == null) return Fail(stderr, string.Join("\n", result.Errors), 2);
            var machine = new Machine(result.Program, bufferedOut, stderr);
            ProgramSetup.Configure(machine, programArgs.Prepend(ProgramName(sources!)), baseDir ?? Environment.CurrentDirectory, stdin, hostStdio);
            var options = scheduler ?? SchedulerOptions.FromEnvironment();
            if (schedTrace > 0) options = options with { SchedTrace = schedTrace };
            // Go's os.Stdout is unbuffered: what a program printed before it blocks (a server, a
            // sleeper, one waiting for a signal) must show. The buffer is flushed this often.
            using var flusher = new Timer(_ => FlushQuietly(bufferedOut), null, StdoutFlushMs, StdoutFlushMs);
            int code = machine.Run(options, sliceBudget);
            lock (bufferedOut) bufferedOut.Flush();
            return code;
        }
        catch (Exception e)
        {
            try { bufferedOut.Flush(); } catch (IOException) { }
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

    private const int StdoutFlushMs = 50;

    private static void FlushQuietly(Stream stdout)
    {
        try
        {
            lock (stdout) stdout.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The reader went away: the program's own writes report it.
        }
    }

    private static string ProgramName(IReadOnlyList<SourceText> sources) =>
        "/tmp/go-build/exe/" + Path.GetFileNameWithoutExtension(sources[0].Path);

    private static int Fail(Stream stderr, string message, int code)
    {
        var bytes = Encoding.UTF8.GetBytes(message.EndsWith('\n') ? message : message + "\n");
        stderr.Write(bytes);
        stderr.Flush();
        return code;
    }
}
