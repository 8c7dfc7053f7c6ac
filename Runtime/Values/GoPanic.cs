namespace Minigo.Runtime;

/// <summary>
/// A Go panic raised by native code or a runtime check. The interpreter catches it at the
/// instruction that raised it and starts Go's panic sequence (deferred calls, recover).
/// Value is the panic value as a Go interface (Slot with an RType or Boxed in R).
/// </summary>
public sealed class GoPanic(Slot value) : Exception("go panic")
{
    public Slot Value { get; } = value;
}

/// <summary>os.Exit: unwinds to the driver without running deferred calls.</summary>
public sealed class GoExit(int code) : Exception("os.Exit")
{
    public int Code { get; } = code;
}

/// <summary>A fatal runtime error (Go's throw): not recoverable, prints `fatal error: ...`.</summary>
public sealed class GoFatal(string message, string? preamble = null) : Exception(message)
{
    /// <summary>Lines printed before `fatal error:` (e.g. the stack-limit line).</summary>
    public string? Preamble { get; } = preamble;
}
