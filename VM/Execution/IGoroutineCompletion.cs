using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>
/// Told when a goroutine started by the host (Machine.Spawn) ends: it returned (panic null;
/// its results are at the bottom of its stack), called runtime.Goexit (panic.Goexit), or
/// panicked without recovering. Runs on the M that ran the goroutine's last slice.
/// </summary>
public interface IGoroutineCompletion
{
    void Ended(Goroutine g, PanicRecord? panic);
}

/// <summary>How a program failed: the report Go prints, and the panic or fatal error behind it.</summary>
public sealed record ProgramFailure(string Report, PanicRecord? Panic, GoFatal? Fatal);
