namespace Minigo.Runtime;

/// <summary>Why a program run ended.</summary>
public enum ExitReason : byte
{
    /// <summary>The main goroutine returned: exit status 0, other goroutines stop where they are.</summary>
    MainReturned,
    /// <summary>A body ended the program (os.Exit, or an unrecovered panic it reported): Code and Message are its.</summary>
    Exit,
    /// <summary>checkdead found that no goroutine can ever run again: `fatal error: all goroutines are asleep - deadlock!`.</summary>
    Deadlock,
    /// <summary>A fatal runtime error (Go's throw) raised inside a body as GoFatal.</summary>
    Fatal,
    /// <summary>Scheduler.Stop or the run's CancellationToken.</summary>
    Stopped,
    /// <summary>A body or a timer function threw an unexpected .NET exception.</summary>
    InternalError,
}

/// <summary>
/// How a run ended. Message, when set, is the text Go would print on stderr (with its
/// trailing newline); the embedder prints it, so that output goes wherever it wants.
/// </summary>
public sealed record ExitInfo(ExitReason Reason, int Code, string? Message = null, Exception? Error = null);
