namespace Minigo.Cli.Repl;

/// <summary>Where the REPL's lines come from: a terminal with line editing, or a plain stream.</summary>
internal interface ILineReader
{
    /// <summary>The next line (without its newline); null at the end of input (Ctrl-D).</summary>
    string? ReadLine(string prompt);

    /// <summary>True when the last ReadLine was cut short by Ctrl-C: the input typed so far is dropped.</summary>
    bool WasInterrupted { get; }

    /// <summary>Whether the user sees prompts and can press Ctrl-C at a running input.</summary>
    bool IsInteractive { get; }
}

/// <summary>Lines from a stream (a pipe or a file): no prompts, no editing.</summary>
internal sealed class StreamLineReader(TextReader input) : ILineReader
{
    public string? ReadLine(string prompt) => input.ReadLine();
    public bool WasInterrupted => false;
    public bool IsInteractive => false;
}
