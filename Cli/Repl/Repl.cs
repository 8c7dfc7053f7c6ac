using System.Text;

namespace Minigo.Cli.Repl;

/// <summary>
/// `minigo repl`: reads inputs (a line, or several while brackets, braces or a raw string are
/// open), runs REPL commands (`:help`...) and hands the rest to the session. Exit status: 0;
/// with piped inputs, 1 when an input failed (a compile error or a panic; with failFast the
/// session stops at the first); the program's own status when it ended (os.Exit, or a
/// deadlock when piped).
/// </summary>
internal sealed class Repl(ILineReader reader, Stream stdout, Stream stderr, bool failFast)
{
    public const string Prompt = "> ", ContinuationPrompt = ". ";

    private const string Help = """
        Enter Go statements, expressions and declarations; an expression prints its value
        (as fmt.Println does), declarations and variables last for the whole session.
        An input continues on the next line while a bracket, brace or raw string is open,
        or after an operator or a comma.
          :help            this text
          :type EXPR       the type of an expression
          :load FILE.go    run a Go file's declarations (a file with `package main`, then call main())
          :reset           forget every declaration and stop every goroutine
          :quit            leave (also Ctrl-D); Ctrl-C interrupts a running input
        """;

    private ReplSession session = null!;
    private bool failed;

    public int Run()
    {
        session = ReplSession.Start(stdout, stderr, holdOpen: reader.IsInteractive);
        ConsoleCancelEventHandler? onCtrlC = null;
        if (reader.IsInteractive)
        {
            onCtrlC = (_, e) =>
            {
                e.Cancel = true; // Ctrl-C stops the running input, not the REPL
                session.Interrupt();
            };
            Console.CancelKeyPress += onCtrlC;
            Say("minigo REPL: Go statements, expressions and declarations; :help for commands.\n");
        }
        try
        {
            return Loop();
        }
        finally
        {
            if (onCtrlC != null) Console.CancelKeyPress -= onCtrlC;
            session.Dispose();
        }
    }

    private int Loop()
    {
        var input = new StringBuilder();
        while (true)
        {
            var line = reader.ReadLine(input.Length == 0 ? Prompt : ContinuationPrompt);
            if (reader.WasInterrupted)
            {
                input.Clear();
                continue;
            }
            if (line == null)
            {
                if (input.Length > 0) Unfinished(input.ToString());
                return FinalStatus();
            }
            if (input.Length == 0 && line.TrimStart().StartsWith(':'))
            {
                var outcome = Command(line.Trim());
                if (outcome == CommandOutcome.Quit) return FinalStatus();
                if (outcome == CommandOutcome.Failed && failFast) return 1;
                if (session.HasEnded) return session.ExitCode;
                continue;
            }
            input.Append(line).Append('\n');
            if (!InputCompleteness.IsComplete(input.ToString())) continue;
            var text = input.ToString();
            input.Clear();
            if (text.Trim().Length == 0) continue;
            if (MustStop(Evaluate(text))) return session.HasEnded ? session.ExitCode : 1;
        }
    }

    /// <summary>The input ended inside an unfinished one (an open brace, a trailing operator): Go's error, at its end.</summary>
    private void Unfinished(string text)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        Error($"{lines.Length}:{Encoding.UTF8.GetByteCount(lines[^1]) + 1}: syntax error: unexpected end of input\n");
        failed = true;
    }

    /// <summary>A script (piped inputs) fails if any input failed; a person at a terminal has seen the errors.</summary>
    private int FinalStatus() => failed && !reader.IsInteractive ? 1 : 0;

    private InputOutcome Evaluate(string text, string path = "input")
    {
        var outcome = session.Evaluate(text, path);
        if (outcome == InputOutcome.Interrupted) Say("interrupted\n");
        if (outcome is InputOutcome.CompileError or InputOutcome.Panicked) failed = true;
        return outcome;
    }

    /// <summary>The session stops when its program ended (os.Exit), or at the first failed input with fail-fast.</summary>
    private bool MustStop(InputOutcome outcome) =>
        session.HasEnded || failFast && outcome is InputOutcome.CompileError or InputOutcome.Panicked;

    private enum CommandOutcome { Ok, Failed, Quit }

    private CommandOutcome Command(string line)
    {
        int space = line.IndexOf(' ');
        string name = space < 0 ? line : line[..space];
        string arg = space < 0 ? "" : line[(space + 1)..].Trim();
        switch (name)
        {
            case ":help" or ":h" or ":?":
                Say(Help + "\n");
                return CommandOutcome.Ok;
            case ":quit" or ":q" or ":exit":
                return CommandOutcome.Quit;
            case ":reset":
                session.Dispose();
                session = ReplSession.Start(stdout, stderr, holdOpen: reader.IsInteractive);
                return CommandOutcome.Ok;
            case ":type" or ":t" when arg.Length > 0:
                return Failing(session.PrintType(arg));
            case ":load" or ":l" when arg.Length > 0:
                if (!File.Exists(arg))
                {
                    Error($"open {arg}: no such file or directory\n");
                    return Failing(false);
                }
                return Failing(Evaluate(File.ReadAllText(arg), arg) is InputOutcome.Ok or InputOutcome.Interrupted);
            case ":type" or ":t" or ":load" or ":l":
                Error($"usage: {(name.StartsWith(":t") ? ":type EXPR" : ":load FILE.go")}\n");
                return Failing(false);
            default:
                Error($"unknown command {line}: :help lists them\n");
                return Failing(false);
        }
    }

    private CommandOutcome Failing(bool ok)
    {
        if (ok) return CommandOutcome.Ok;
        failed = true;
        return CommandOutcome.Failed;
    }

    private void Say(string text) => Write(stdout, text);

    private void Error(string text) => Write(stderr, text);

    private static void Write(Stream s, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        lock (s)
        {
            s.Write(bytes);
            s.Flush();
        }
    }
}
