namespace Minigo.Cli.Repl;

/// <summary>`minigo repl` from the command line: a line editor on a terminal, plain lines from a pipe.</summary>
public static class ReplCommand
{
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
