using Antlr4.Runtime;
using Minigo.Compiler.Syntax.Generated;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// The second parse of a file the fast SLL parse rejected, run only to report its syntax
/// errors the way go build does. The top level is driven here, one declaration at a time, as
/// cmd/compile's fileOrNil does: it owns the top-level messages ("non-declaration statement
/// outside function body", "after top level declaration", ...) and, when a declaration has an
/// error, skips to the next declaration keyword so the rest of the file is still checked.
/// Inside declarations, <see cref="GoErrorStrategy"/> reports and recovers.
/// </summary>
internal static class SyntaxErrorPass
{
    public static void Run(GoParser parser, ITokenStream tokens, SyntaxErrorSink errors)
    {
        var strategy = new GoErrorStrategy(errors);
        parser.ErrorHandler = strategy;
        var builder = new AstBuilder(errors);
        parser.UseErrorTolerantPrediction();

        if (tokens.LA(1) != GoLexer.PACKAGE)
        {
            errors.Error(tokens.LT(1), "syntax error: package statement must be first");
            return;
        }
        // As cmd/compile: no point going on when even the package clause is wrong.
        if (!TryParse(strategy, () => parser.packageClause()) || !Semicolon(tokens, errors)) return;

        bool seenDeclaration = false, lastWasBodilessFunc = false;
        while (tokens.LA(1) != TokenConstants.EOF)
        {
            var start = tokens.LT(1);
            bool ok;
            switch (start.Type)
            {
                case GoLexer.IMPORT:
                    if (seenDeclaration) errors.Error(start, "syntax error: imports must appear before other declarations");
                    ok = TryParse(strategy, () => parser.importDecl());
                    break;
                case GoLexer.CONST or GoLexer.TYPE or GoLexer.VAR or GoLexer.FUNC:
                    seenDeclaration = true;
                    TopLevelDeclContext? decl = null;
                    int before = errors.Count;
                    ok = TryParse(strategy, () => decl = parser.topLevelDecl());
                    // The AST builder's own syntax errors (e.g. mixed named and unnamed parameters),
                    // for the declarations that parsed cleanly: cmd/compile reports them too.
                    if (ok && errors.Count == before) builder.TopLevel(decl!);
                    lastWasBodilessFunc = ok && (decl!.functionDecl() is { } f ? f.block() == null : decl.methodDecl() is { } m && m.block() == null);
                    break;
                default:
                    var prev = SyntaxErrorMessages.Previous(tokens, start);
                    errors.Error(start, start.Type == GoLexer.L_CURLY && lastWasBodilessFunc && prev is { Type: GoLexer.SEMI, Text: not ";" }
                        ? "syntax error: unexpected semicolon or newline before {"
                        : "syntax error: non-declaration statement outside function body");
                    ok = false;
                    break;
            }
            if (!ok || !Semicolon(tokens, errors))
            {
                if (tokens.LT(1).TokenIndex == start.TokenIndex) tokens.Consume(); // always make progress
                SkipToDeclaration(tokens);
            }
        }
    }

    /// <summary>Runs a rule; false if it failed (the error has been reported).</summary>
    private static bool TryParse(GoErrorStrategy strategy, Action rule)
    {
        rule();
        if (!strategy.IsUnwinding) return true;
        strategy.EndUnwinding();
        return false;
    }

    /// <summary>The `;` ending a top-level declaration (optional before EOF).</summary>
    private static bool Semicolon(ITokenStream tokens, SyntaxErrorSink errors)
    {
        if (tokens.LA(1) == GoLexer.SEMI) tokens.Consume();
        else if (tokens.LA(1) != TokenConstants.EOF)
        {
            errors.Error(tokens.LT(1), SyntaxErrorMessages.Unexpected(tokens.LT(1), " after top level declaration"));
            return false;
        }
        return true;
    }

    /// <summary>cmd/compile's advance(_Import, _Const, _Type, _Var, _Func).</summary>
    private static void SkipToDeclaration(ITokenStream tokens)
    {
        while (tokens.LA(1) is not (TokenConstants.EOF or GoLexer.IMPORT or GoLexer.CONST or GoLexer.TYPE
               or GoLexer.VAR or GoLexer.FUNC))
            tokens.Consume();
    }
}
