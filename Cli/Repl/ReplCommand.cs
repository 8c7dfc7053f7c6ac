namespace Minigo.Cli.Repl;

/// <summary>`minigo repl` from the command line: a line editor on a terminal, plain lines from a pipe.</summary>
public static class ReplCommand
{
    /// <summary>A session over a stream of inputs (no prompts), as with a pipe: in-process, for the tests.</summary>
    public static int Run(TextReader input, Stream stdout, Stream stderr, bool failFast) =>
        new Repl(new StreamLineReader(input), stdout, stderr, failFast).Run();

    public static int Run(bool failFast)
    {
        bool terminal = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        ILineReader reader = terminal ? new LineEditor(new History(History.DefaultPath())) : new StreamLineReader(Console.In);
        try
        {
            return new Repl(reader, Console.OpenStandardOutput(), Console.OpenStandardError(), failFast).Run();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("minigo: internal error: " + e.GetType().Name + ": " + e.Message);
            return 3;
        }
    }
}
