namespace Minigo.Hosting;

/// <summary>Anything that went wrong in Go code: compile errors, panics, fatal errors, limits.</summary>
public class GoException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Where it happened (the panicking frame or the first compile error), when known.</summary>
    public string? GoFile { get; init; }
    public int Line { get; init; }
    /// <summary>0 when Go does not know it (run-time errors are reported by line, as Go does).</summary>
    public int Column { get; init; }
    /// <summary>The goroutine's Go stack ("main.f(...)\n\t/path/x.go:12" lines), or "".</summary>
    public string GoStack { get; init; } = "";
}

/// <summary>One compile error: go build's line `file:line:col: message`.</summary>
public sealed record GoDiagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The source does not compile; Errors are go build's, sorted (at most 10, then "too many errors").</summary>
public sealed class GoCompileException(IReadOnlyList<GoDiagnostic> errors, string text)
    : GoException(text)
{
    public IReadOnlyList<GoDiagnostic> Errors { get; } = errors;
}

/// <summary>An unrecovered Go panic. Message is Go's ("panic: ..." lines); Value is the panic value converted to .NET.</summary>
public sealed class GoPanicException(string message, object? value, string report) : GoException(message)
{
    public object? Value { get; } = value;
    /// <summary>Exactly what `go run` would print on stderr.</summary>
    public string Report { get; } = report;
}

/// <summary>A fatal runtime error (Go's throw, `fatal error: ...`): deadlock, concurrent map writes...</summary>
public class GoFatalException(string message, string report) : GoException(message)
{
    /// <summary>Exactly what `go run` would print on stderr.</summary>
    public string Report { get; } = report;
}

/// <summary>`fatal error: all goroutines are asleep - deadlock!`.</summary>
public sealed class GoDeadlockException(string message, string report) : GoFatalException(message, report);

/// <summary>The goroutine stack passed its limit (EngineOptions.MaxStackBytes, Go's 1 GB by default).</summary>
public sealed class GoStackOverflowException(string message, string report) : GoFatalException(message, report);

/// <summary>os.Exit was called while the host was calling a function (Run returns the status instead).</summary>
public sealed class GoExitException(int code) : GoException($"exit status {code}")
{
    public int Code { get; } = code;
}

/// <summary>The program ran longer than EngineOptions.TimeLimit.</summary>
public sealed class GoTimeoutException(TimeSpan limit) : GoException($"minigo: time limit of {limit} exceeded");

/// <summary>The program ran more calls and loop iterations than EngineOptions.MaxInstructions.</summary>
public sealed class GoInstructionLimitException(long limit) : GoException($"minigo: instruction limit of {limit} exceeded");

/// <summary>The program allocated more than EngineOptions.MaxMemoryBytes (approximate: see README).</summary>
public sealed class GoMemoryLimitException(long limit) : GoException($"minigo: memory limit of {limit} bytes exceeded");

/// <summary>The program started more goroutines at once than EngineOptions.MaxGoroutines.</summary>
public sealed class GoGoroutineLimitException(int limit) : GoException($"minigo: goroutine limit of {limit} exceeded");

/// <summary>The program was stopped by Interrupt() or the CancellationToken.</summary>
public sealed class GoCanceledException() : OperationCanceledException("minigo: the Go program was canceled");

/// <summary>The instance has ended (disposed, or its program ended): it takes no more calls.</summary>
public sealed class GoInstanceEndedException(string message, Exception? cause = null) : GoException(message, cause);

/// <summary>A non-nil error a Go function returned (thrown by Call; a value in CallAll's results). Message is its Error().</summary>
public sealed class GoErrorException(string message) : GoException(message);
