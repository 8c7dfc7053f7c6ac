using Minigo.Compiler.Syntax;

namespace Minigo.Compiler;

/// <summary>A compile error: data, never thrown. Printed as `file:line:col: message`, as go build does.</summary>
public sealed record Diagnostic(Pos Pos, string Message)
{
    public override string ToString() => Pos.Line > 0 ? $"{Pos}: {Message}" : Message;
}

/// <summary>Collects diagnostics; reports them sorted by position, at most 10 then `too many errors`.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    public const int Limit = 10;

    public int Count => items.Count;
    public bool HasErrors => items.Count > 0;

    public void Error(Pos pos, string message)
    {
        // As cmd/compile: one syntax error per line, and no exact duplicates.
        bool syntax = message.StartsWith("syntax error", StringComparison.Ordinal);
        foreach (var d in items)
        {
            if (d.Pos == pos && d.Message == message) return;
            if (syntax && pos.Line > 0 && d.Pos.File == pos.File && d.Pos.Line == pos.Line && d.Message.StartsWith("syntax error", StringComparison.Ordinal)) return;
        }
        items.Add(new Diagnostic(pos, message));
    }

    public IReadOnlyList<Diagnostic> Sorted() =>
        items.OrderBy(d => d.Pos.File, StringComparer.Ordinal).ThenBy(d => d.Pos.Line).ThenBy(d => d.Pos.Col).ToList();

    /// <summary>The lines go build would print: the first ten, then `pos: too many errors` at the tenth, as cmd/compile does.</summary>
    public IEnumerable<string> Format()
    {
        var sorted = Sorted();
        foreach (var d in sorted.Take(Limit)) yield return d.ToString();
        if (sorted.Count > Limit) yield return new Diagnostic(sorted[Limit - 1].Pos, "too many errors").ToString();
    }
}

/// <summary>Thrown only at the pipeline boundary, carrying the collected diagnostics.</summary>
public sealed class CompileErrorException(IReadOnlyList<string> lines) : Exception(string.Join("\n", lines))
{
    public IReadOnlyList<string> Lines { get; } = lines;
}
