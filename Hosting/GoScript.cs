using Minigo.Runtime;
using GoProgram = Minigo.VM.Program;

namespace Minigo.Hosting;

/// <summary>
/// A compiled program: immutable, run as many times as wanted, from several threads at once;
/// each run or instance has its own globals and goroutines.
/// </summary>
public sealed class GoScript
{
    private readonly GoEngine engine;
    internal readonly GoProgram Program;
    private readonly string name;

    internal GoScript(GoEngine engine, GoProgram program, string name)
    {
        this.engine = engine;
        Program = program;
        this.name = name;
    }

    /// <summary>The exported top-level functions Call can reach.</summary>
    public IReadOnlyCollection<string> Functions => Program.Exports.Keys.ToList();

    /// <summary>
    /// Runs the initialisers and main on this thread until the program ends. Returns the exit
    /// status: 0, or os.Exit's. A panic, a fatal error, a limit or a cancellation throws its
    /// GoException (Go's report is in it; nothing is printed on stderr).
    /// </summary>
    public int Run()
    {
        if (Program.Main.File == "$missing") throw new GoException("function main is undeclared in the main package");
        using var run = new ProgramRun(engine, Program, name);
        var exit = run.Run(runMain: true);
        if (run.ErrorFor(exit) is { } error) throw error;
        return exit.Reason == ExitReason.MainReturned ? 0 : exit.Code;
    }

    /// <summary>Run on a thread of its own: the task completes when the program ends.</summary>
    public Task<int> RunAsync() => Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Starts the program without running main: its initialisers run, then it stays alive for
    /// Call, GetFunction and channels until the instance is disposed.
    /// </summary>
    public GoInstance Start() => new(engine, Program, name);
}
