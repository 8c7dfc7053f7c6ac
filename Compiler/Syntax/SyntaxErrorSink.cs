using Antlr4.Runtime;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Where the lexical checks, the parser and the AST builder report syntax errors for one file.
/// Like cmd/compile it keeps going after an error but gives up after <see cref="DiagnosticBag.Limit"/>
/// of them: reporting one more throws <see cref="TooManyErrors"/>, which Parse catches.
/// </summary>
internal sealed class SyntaxErrorSink(DiagnosticBag diags, SourcePositions positions)
{
    /// <summary>Thrown to abandon a file with too many errors.</summary>
    public sealed class TooManyErrors : Exception;

    private int count;
    private int lastSyntaxErrorLine;

    public SourcePositions Positions => positions;
    public bool HasErrors => count > 0;
    public int Count => count;

    public void Error(Pos pos, string message)
    {
        // cmd/compile: "only one syntax error per line, no matter what error"
        if (message.StartsWith("syntax error", StringComparison.Ordinal))
        {
            if (pos.Line == lastSyntaxErrorLine) return;
            lastSyntaxErrorLine = pos.Line;
        }
        count++;
        diags.Error(pos, message);
        // One past the limit, so the bag still prints "too many errors" as go build does.
        if (count > DiagnosticBag.Limit) throw new TooManyErrors();
    }

    public void Error(IToken at, string message) => Error(positions.Of(at), message);
}
