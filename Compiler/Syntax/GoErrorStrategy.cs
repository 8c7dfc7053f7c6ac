using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Minigo.Compiler.Syntax.Generated;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Error reporting and recovery for the second, error-reporting parse. Errors are worded by
/// <see cref="SyntaxErrorMessages"/>. Recovery is cmd/compile's, not ANTLR's token insertion and deletion (which invents
/// follow-up errors Go would not report): an error abandons the statement it is in; the
/// parser skips to the statement's end (its semicolon, or the `}` closing the block) and goes
/// on with the next one. Outside function bodies the declaration is abandoned and
/// <see cref="SyntaxErrorPass"/> skips to the next one.
/// </summary>
internal sealed class GoErrorStrategy(SyntaxErrorSink errors) : DefaultErrorStrategy
{
    /// <summary>What the rules being abandoned after an error give up to.</summary>
    private enum Unwinding { None, ToStatement, ToBlock }

    private Unwinding unwinding;

    /// <summary>
    /// Thrown while unwinding. Each abandoned rule throws one at its next step and catches it
    /// itself (ANTLR's generated handler calls Recover, which returns): unlike rethrowing
    /// out of Recover, this keeps the stack flat however deeply the input nests.
    /// </summary>
    private sealed class Unwind(Parser parser) : RecognitionException(parser, parser.InputStream, parser.Context);

    public bool IsUnwinding => unwinding != Unwinding.None;

    public override void ReportError(Parser recognizer, RecognitionException e)
    {
        if (e is not Unwind) Report(recognizer, e.OffendingToken, e);
    }

    /// <summary>
    /// Called by the rule that caught an error, which then returns to its caller. The caller
    /// gives up at its next step (ReportMatch, RecoverInline, Sync or a prediction), and so on
    /// up to the statement list around the failed statement (see Sync), or out of the
    /// declaration (SyntaxErrorPass then skips to the next one).
    /// </summary>
    public override void Recover(Parser recognizer, RecognitionException e)
    {
        if (unwinding == Unwinding.None) unwinding = Unwinding.ToStatement;
        else if (unwinding == Unwinding.ToBlock && recognizer.Context is BlockContext)
            unwinding = Unwinding.None; // the block ends here, without its `}`
    }

    /// <summary>Called by SyntaxErrorPass when a declaration was abandoned.</summary>
    public void EndUnwinding() => unwinding = Unwinding.None;

    /// <summary>Throws while unwinding (for ErrorTolerantPrediction, whose predictions are steps too).</summary>
    public void ThrowIfUnwinding(Parser recognizer)
    {
        if (unwinding != Unwinding.None) throw new Unwind(recognizer);
    }

    public override void ReportMatch(Parser recognizer)
    {
        ThrowIfUnwinding(recognizer);
        base.ReportMatch(recognizer);
    }

    /// <summary>No token insertion or deletion: a token that cannot be matched is an error.</summary>
    public override IToken RecoverInline(Parser recognizer)
    {
        ThrowIfUnwinding(recognizer);
        throw new InputMismatchException(recognizer);
    }

    /// <summary>
    /// Called before each decision. Between statements, a token that cannot start one is
    /// reported here and skipped (cmd/compile's stmtList); elsewhere an impossible token is an
    /// error right away instead of ANTLR's single-token deletion.
    /// </summary>
    public override void Sync(Parser recognizer)
    {
        int la = recognizer.InputStream.LA(1);
        if (recognizer.Context is StatementListContext list)
        {
            if (unwinding == Unwinding.ToStatement && list.statement().LastOrDefault() is { } failed)
            {
                // The statement just abandoned: skip its rest and go on with the next one.
                unwinding = Unwinding.None;
                SkipStatement(recognizer, failed.Start.TokenIndex);
                return;
            }
            ThrowIfUnwinding(recognizer);
            if (la is GoLexer.SEMI or GoLexer.R_CURLY or GoLexer.CASE or GoLexer.DEFAULT or TokenConstants.EOF
                || recognizer.GetExpectedTokens().Contains(la))
                return;
            var token = recognizer.CurrentToken;
            Report(recognizer, token, null);
            var prev = SyntaxErrorMessages.Previous((ITokenStream)recognizer.InputStream, token);
            if (prev != null && prev.Type is not (GoLexer.SEMI or GoLexer.L_CURLY or GoLexer.COLON))
            {
                // "at end of statement": skip to the next statement
                SkipStatement(recognizer, token.TokenIndex);
            }
            else if (list.Parent is BlockContext)
            {
                // "expected }": as cmd/compile, drop the token and end the block right here
                recognizer.Consume();
                unwinding = Unwinding.ToBlock;
                throw new Unwind(recognizer);
            }
            else
            {
                // "expected case or default or }": skip to the next clause (or into this bogus one's statements)
                SkipToClause(recognizer);
            }
            return;
        }
        ThrowIfUnwinding(recognizer);
        var next = recognizer.Atn.NextTokens(recognizer.Interpreter.atn.states[recognizer.State]);
        if (next.Contains(la) || next.Contains(TokenConstants.EPSILON)) return;
        throw new InputMismatchException(recognizer);
    }

    /// <summary>
    /// Skips the rest of a statement that failed, as cmd/compile's advance(_Semi, _Rbrace, ...)
    /// does, but aware of brackets: inside brackets opened by the statement it skips to their
    /// closers (cmd/compile's list recovery), and a `}` that closes no `{` of the statement is the
    /// end of the enclosing block (a `)` was missing).
    /// </summary>
    private static void SkipStatement(Parser parser, int statementStart)
    {
        var tokens = (ITokenStream)parser.InputStream;
        var open = new Stack<int>();
        for (int i = statementStart; i < tokens.Index; i++)
            Bracket(open, tokens.Get(i).Type);
        while (true)
        {
            int t = tokens.LA(1);
            if (t == TokenConstants.EOF) return;
            if (open.Count == 0 && t is GoLexer.SEMI or GoLexer.R_CURLY or GoLexer.CASE or GoLexer.DEFAULT) return;
            if (t == GoLexer.R_CURLY && open.Peek() != GoLexer.L_CURLY) return;
            Bracket(open, t);
            parser.Consume();
        }
    }

    /// <summary>After a token no statement of a case clause can start with: skip to the next clause, or past a `:` into the statements of a mangled one.</summary>
    private static void SkipToClause(Parser parser)
    {
        var tokens = (ITokenStream)parser.InputStream;
        int depth = 0;
        while (tokens.LA(1) is var t && t != TokenConstants.EOF)
        {
            if (depth == 0 && t is GoLexer.CASE or GoLexer.DEFAULT or GoLexer.R_CURLY) return;
            if (depth == 0 && t == GoLexer.COLON)
            {
                parser.Consume();
                return;
            }
            if (t is GoLexer.L_PAREN or GoLexer.L_BRACKET or GoLexer.L_CURLY) depth++;
            else if (t is GoLexer.R_PAREN or GoLexer.R_BRACKET or GoLexer.R_CURLY) depth--;
            parser.Consume();
        }
    }

    private static void Bracket(Stack<int> open, int type)
    {
        if (type is GoLexer.L_PAREN or GoLexer.L_BRACKET or GoLexer.L_CURLY) open.Push(type);
        else if (type is GoLexer.R_PAREN or GoLexer.R_BRACKET or GoLexer.R_CURLY && open.Count > 0) open.Pop();
    }

    /// <summary>Reports the error at `token` in cmd/compile's words.</summary>
    private void Report(Parser parser, IToken token, RecognitionException? e)
    {
        var tokens = (ITokenStream)parser.InputStream;
        bool atEof = token.Type == TokenConstants.EOF || (token.Type == GoLexer.SEMI && token.Text == "");
        if (atEof && errors.HasErrors) return; // cmd/compile: "avoid meaningless follow-up errors"

        var ctx = e?.Context as ParserRuleContext ?? parser.Context;
        var expected = parser.GetExpectedTokens();
        if (e != null && e is not NoViableAltException)
        {
            var fromException = e.GetExpectedTokens();
            if (fromException != null) expected = expected.Or(fromException) as IntervalSet ?? expected;
        }
        var (at, message) = SyntaxErrorMessages.Compose(ctx, token, tokens, expected);
        errors.Error(at, message);
    }
}
