using System.Text.RegularExpressions;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Minigo.Compiler.Syntax.Generated;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// ANTLR's error recovery with cmd/compile's wording: `syntax error: unexpected X, expected Y`,
/// `... at end of statement`, `... in argument list; possibly missing comma or )` and so on.
///
/// cmd/compile is a recursive-descent parser that complains at the first token it cannot use,
/// naming what it wanted there. This class recovers that from ANTLR's state: the offending
/// token, the rule being parsed, the token before it and the set of expected tokens.
/// At the top level it also resynchronizes as cmd/compile does (skip to the next declaration
/// keyword), so one bad declaration does not hide the errors in the ones after it.
/// </summary>
internal sealed class GoErrorStrategy(SyntaxErrorSink errors) : DefaultErrorStrategy
{
    // ---------------- reporting hooks ----------------

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        Report(recognizer, e.OffendingToken, e);

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        Report(recognizer, e.OffendingToken, e);

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        Report(recognizer, e.OffendingToken, e);

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Report(recognizer, recognizer.CurrentToken, null);
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Report(recognizer, recognizer.CurrentToken, null);
    }

    // ---------------- top-level resynchronization ----------------

    public override void Sync(Parser recognizer)
    {
        if (recognizer.Context is SourceFileContext && !InErrorRecoveryMode(recognizer))
        {
            int la = recognizer.InputStream.LA(1);
            if (!recognizer.GetExpectedTokens().Contains(la))
            {
                BeginErrorCondition(recognizer);
                Report(recognizer, recognizer.CurrentToken, null);
                SkipToDeclaration(recognizer);
                return;
            }
        }
        base.Sync(recognizer);
    }

    public override IToken RecoverInline(Parser recognizer)
    {
        // The ';' after a top-level declaration: complain, skip to the next declaration, go on.
        if (recognizer.Context is SourceFileContext && recognizer.GetExpectedTokens().Contains(GoLexer.SEMI))
        {
            if (!InErrorRecoveryMode(recognizer))
            {
                BeginErrorCondition(recognizer);
                Report(recognizer, recognizer.CurrentToken, null);
            }
            SkipToDeclaration(recognizer);
            return GetMissingSymbol(recognizer);
        }
        return base.RecoverInline(recognizer);
    }

    private static void SkipToDeclaration(Parser recognizer)
    {
        var stream = recognizer.InputStream;
        while (stream.LA(1) is not (TokenConstants.EOF or GoLexer.FUNC or GoLexer.VAR or GoLexer.CONST
               or GoLexer.TYPE or GoLexer.IMPORT))
            recognizer.Consume();
    }

    // ---------------- composing the message ----------------

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
        var (at, message) = Compose(ctx, token, Previous(tokens, token), expected, e);
        errors.Error(at, message);
    }

    private static (IToken At, string Message) Compose(ParserRuleContext ctx, IToken token, IToken? prev, IntervalSet expected, RecognitionException? e)
    {
        if (ctx is SourceFileContext file) return (token, TopLevel(file, token, prev));

        if (Header(ctx) is { } header && HeaderError(header.Keyword, header.Stmt, token, prev, expected) is { } headerError)
            return headerError;

        if (StatementListError(ctx, token, prev) is { } listEnd) return (token, listEnd);

        // An expression list not followed by = or := (`a, b c`).
        if (ctx is AssignOpContext or AssignStmtContext or AssignStmtNLContext or ShortVarDeclContext or ShortVarDeclNLContext)
            return (token, Unexpected(token, ", expected := or = or comma"));

        if (RequiredOperand(expected) is { } operand) return (token, Unexpected(token, ", expected " + operand));

        bool complete = prev != null && SemicolonInserter.EndsStatement(prev.Type) && prev.Type != GoLexer.RETURN;
        if (complete && ListSuffix(ctx) is { } inList) return (token, Unexpected(token, inList));

        var names = expected.ToList().Where(t => t != TokenConstants.EPSILON).ToList();
        if (names.Count == 1) return (token, Unexpected(token, ", expected " + ExpectedName(names[0])));
        return (token, Unexpected(token, ""));
    }

    private static string TopLevel(SourceFileContext file, IToken token, IToken? prev)
    {
        if (file.packageClause() == null) return "syntax error: package statement must be first";
        if (token.Type == GoLexer.L_CURLY && prev is { Type: GoLexer.SEMI } && prev.Text != ";"
            && file.topLevelDecl().LastOrDefault() is { } last
            && (last.functionDecl() is { } f ? f.block() == null : last.methodDecl() is { } m && m.block() == null))
            return "syntax error: unexpected semicolon or newline before {";
        if (prev != null && prev.Type != GoLexer.SEMI) return Unexpected(token, " after top level declaration");
        if (token.Type == GoLexer.IMPORT) return "syntax error: imports must appear before other declarations";
        return "syntax error: non-declaration statement outside function body";
    }

    /// <summary>The if/for/switch statement whose header (before its `{`) ctx is in, if any.</summary>
    private static (string Keyword, ParserRuleContext Stmt)? Header(ParserRuleContext ctx)
    {
        for (RuleContext? c = ctx; c != null; c = c.Parent)
        {
            switch (c)
            {
                case IfStmtContext s: return s.block().Length == 0 && s.ELSE() == null ? ("if", s) : null;
                case ForStmtContext s: return s.block() == null ? ("for", s) : null;
                case SwitchStmtContext s: return s.L_CURLY() == null ? ("switch", s) : null;
                case ExpressionNLContext or UnaryExprNLContext or PrimaryExprNLContext or OperandNLContext
                    or SimpleStmtNLContext or ExpressionListNLContext or ForHeaderContext or AssignOpContext:
                    continue;
                default: return null;
            }
        }
        return null;
    }

    private static (IToken, string)? HeaderError(string keyword, ParserRuleContext stmt, IToken token, IToken? prev, IntervalSet expected)
    {
        if (token.Type == GoLexer.VAR)
            return (token, $"syntax error: var declaration not allowed in {keyword} initializer");

        if (stmt is IfStmtContext ifs && token.Type == GoLexer.L_CURLY)
        {
            if (prev?.Type == GoLexer.IF) return (token, "syntax error: missing condition in if statement");
            if (prev?.Type == GoLexer.SEMI && ifs.expressionNL() == null)
                return prev.Text == ";"
                    ? (prev, "syntax error: missing condition in if statement")
                    : (prev, $"syntax error: unexpected {Describe(prev)}, expected {{ after if clause");
            if (ifs.simpleStmtNL() is { } init && init is not ExprStmtNLContext && ifs.SEMI() == null)
                return (init.Start, "syntax error: " + CannotUseAsValue(init));
        }

        if (keyword == "for" && token.Type == GoLexer.L_CURLY && prev?.Type == GoLexer.SEMI)
            return (token, Unexpected(token, ", expected for loop condition"));

        if (expected.Contains(GoLexer.L_CURLY) && prev != null && SemicolonInserter.EndsStatement(prev.Type))
            return (token, Unexpected(token, token.Type == GoLexer.SEMI ? $", expected {{ after {keyword} clause" : ", expected {"));
        return null;
    }

    /// <summary>Errors between statements of a block or case clause: cmd/compile's stmtList and the loops around it.</summary>
    private static string? StatementListError(ParserRuleContext ctx, IToken token, IToken? prev)
    {
        bool afterStatement = prev != null && prev.Type is not (GoLexer.SEMI or GoLexer.L_CURLY or GoLexer.COLON);
        switch (ctx)
        {
            case BlockContext or StatementListContext:
                if (prev?.Type == GoLexer.RETURN) return Unexpected(token, ", expected expression");
                return Unexpected(token, afterStatement ? " at end of statement" : ", expected }");
            case CaseClauseContext c when c.COLON() == null:
                return Unexpected(token, ", expected :");
            case CommClauseContext c when c.COLON() == null:
                return Unexpected(token, ", expected :");
            case SwitchStmtContext or SelectStmtContext or CaseClauseContext or CommClauseContext:
                return Unexpected(token, afterStatement ? " at end of statement" : ", expected case or default or }");
        }
        if (ctx is IfStmtContext ifs && ifs.ELSE() != null && prev?.Type == GoLexer.ELSE)
            return "syntax error: else must be followed by if or statement block";
        return null;
    }

    /// <summary>What cmd/compile's list() says when an element is not followed by a separator or the closer.</summary>
    private static string? ListSuffix(ParserRuleContext ctx) => ctx switch
    {
        CallPostfixContext => " in argument list; possibly missing comma or )",
        ExpressionListContext { Parent: CallPostfixContext } => " in argument list; possibly missing comma or )",
        LiteralValueContext or KeyedElementContext or ElementContext => " in composite literal; possibly missing comma or }",
        ParametersContext or ParameterDeclContext => " in parameter list; possibly missing comma or )",
        TypeParametersContext or TypeParamDeclContext or TypeConstraintContext => " in parameter list; possibly missing comma or ]",
        IndexPostfixContext => ", expected comma, : or ]",
        StructTypeContext or FieldDeclContext => " in struct type; possibly missing semicolon or newline or }",
        InterfaceTypeContext or InterfaceElemContext => " in interface type; possibly missing semicolon or newline or }",
        ImportDeclContext d when d.L_PAREN() != null => InGroup,
        ConstDeclContext d when d.L_PAREN() != null => InGroup,
        VarDeclContext d when d.L_PAREN() != null => InGroup,
        TypeDeclContext d when d.L_PAREN() != null => InGroup,
        ImportSpecContext or ConstSpecContext or VarSpecContext or TypeSpecContext when ctx.Parent is ParserRuleContext group
            && group.GetToken(GoLexer.L_PAREN, 0) != null => InGroup,
        _ => null,
    };

    private const string InGroup = " in grouped declaration; possibly missing semicolon or newline or )";

    /// <summary>"expression", "type", "name" or "name or (" when only the start of one of those can come next.</summary>
    private static string? RequiredOperand(IntervalSet expected)
    {
        var set = expected.ToList().Where(t => t != TokenConstants.EPSILON).ToHashSet();
        if (set.Count == 0 || !set.All(OperandStart.Contains)) return null;
        if (set.SetEquals([GoLexer.IDENTIFIER])) return "name";
        if (set.SetEquals([GoLexer.IDENTIFIER, GoLexer.L_PAREN])) return "name or (";
        if (set.Contains(GoLexer.INT_LIT)) return "expression";
        if (set.Contains(GoLexer.IDENTIFIER) && set.Contains(GoLexer.MAP)) return "type";
        return null;
    }

    /// <summary>Tokens that can start an expression or a type.</summary>
    private static readonly HashSet<int> OperandStart =
    [
        GoLexer.IDENTIFIER, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
        GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT, GoLexer.L_PAREN, GoLexer.L_BRACKET, GoLexer.FUNC,
        GoLexer.MAP, GoLexer.CHAN, GoLexer.STRUCT, GoLexer.INTERFACE, GoLexer.STAR, GoLexer.RECEIVE,
        GoLexer.PLUS, GoLexer.MINUS, GoLexer.EXCLAMATION, GoLexer.CARET, GoLexer.AMPERSAND, GoLexer.TILDE,
        GoLexer.ELLIPSIS,
    ];

    // ---------------- wording ----------------

    private static string Unexpected(IToken token, string suffix) => $"syntax error: unexpected {Describe(token)}{suffix}";

    /// <summary>A token as cmd/compile names an unexpected one: `name x`, `literal 42`, `keyword func`, `newline`, `comma`, `{`.</summary>
    internal static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "EOF",
        GoLexer.SEMI => token.Text switch { ";" => "semicolon", "\n" => "newline", _ => "EOF" },
        GoLexer.IDENTIFIER => "name " + token.Text,
        GoLexer.INT_LIT or GoLexer.FLOAT_LIT or GoLexer.IMAGINARY_LIT or GoLexer.RUNE_LIT or GoLexer.STRING_LIT
            or GoLexer.RAW_STRING_LIT => "literal " + token.Text,
        GoLexer.COMMA => "comma",
        >= GoLexer.BREAK and <= GoLexer.VAR => "keyword " + token.Text,
        _ => token.Text,
    };

    /// <summary>A token as cmd/compile names an expected one (its tokstring).</summary>
    private static string ExpectedName(int type) => type switch
    {
        TokenConstants.EOF => "EOF",
        GoLexer.SEMI => "semicolon or newline",
        GoLexer.COMMA => "comma",
        GoLexer.IDENTIFIER => "name",
        _ => GoLexer.DefaultVocabulary.GetLiteralName(type)?.Trim('\'') ?? GoLexer.DefaultVocabulary.GetDisplayName(type),
    };

    /// <summary>
    /// cmd/compile's complaint about a header statement that is not an expression: `if x := 0 {`
    /// gives "cannot use x := 0 as value", `if x = 0 {` "cannot use assignment x = 0 as value".
    /// </summary>
    internal static string CannotUseAsValue(ParserRuleContext stmt)
    {
        if (stmt is AssignStmtNLContext a && a.assignOp().ASSIGN() != null)
            return $"cannot use assignment {Emphasize(a.expressionListNL(0))} = {Emphasize(a.expressionListNL(1))} as value";
        return $"cannot use {SourceText(stmt)} as value";
    }

    /// <summary>Binary expressions in parentheses, to make the `=` stand out.</summary>
    private static string Emphasize(ExpressionListNLContext list) =>
        list.expressionNL().Length == 1 && list.expressionNL(0) is BinaryExpressionNLContext
            ? $"({SourceText(list)})"
            : SourceText(list);

    /// <summary>The source text of a parse-tree node, white space collapsed.</summary>
    internal static string SourceText(ParserRuleContext ctx)
    {
        if (ctx.Stop == null || ctx.Stop.StopIndex < ctx.Start.StartIndex) return ctx.GetText();
        var text = ctx.Start.InputStream.GetText(Interval.Of(ctx.Start.StartIndex, ctx.Stop.StopIndex));
        return Regex.Replace(text, @"\s+", " ");
    }

    /// <summary>The on-channel token before `token`.</summary>
    private static IToken? Previous(ITokenStream tokens, IToken token)
    {
        for (int i = token.TokenIndex - 1; i >= 0; i--)
        {
            var t = tokens.Get(i);
            if (t.Channel == TokenConstants.DefaultChannel) return t;
        }
        return null;
    }
}
