using System.Text.RegularExpressions;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Minigo.Compiler.Syntax.Generated;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Syntax errors in cmd/compile's words: `syntax error: unexpected X, expected Y`,
/// `... at end of statement`, `... in argument list; possibly missing comma or )` and the like.
///
/// cmd/compile is a recursive-descent parser that complains at the first token it cannot use,
/// naming what it wanted there. <see cref="Compose"/> recovers that from ANTLR's state at the
/// error: the offending token, the rule being parsed, the token before it and the tokens
/// ANTLR expected.
/// </summary>
internal static class SyntaxErrorMessages
{
    /// <summary>The message for an error at `token` and where to report it (usually `token`).</summary>
    public static (IToken At, string Message) Compose(ParserRuleContext ctx, IToken token, ITokenStream tokens, IntervalSet expected)
    {
        var prev = Previous(tokens, token);
        if (Header(ctx) is { } header && HeaderError(header.Keyword, header.Stmt, token, tokens, prev) is { } headerError)
            return headerError;

        if (StatementListError(ctx, token, prev) is { } listEnd) return (token, listEnd);

        // An expression list not followed by = or := (`a, b c`).
        if (ctx is AssignOpContext or AssignStmtContext or AssignStmtNLContext or ShortVarDeclContext or ShortVarDeclNLContext)
            return (token, Unexpected(token, ", expected := or = or comma"));

        // After `x.`: a selector or a type assertion (`x.Name{` is still being tried as a composite literal type).
        if (ctx is SelectorPostfixContext or TypeNameContext { Parent: NamedCompositeLitContext } && prev?.Type == GoLexer.DOT)
            return (token, Unexpected(token, ", expected name or ("));
        if (token.Type == GoLexer.L_PAREN && ctx is StructTypeContext or FieldDeclContext or EmbeddedFieldContext)
            return (token, "syntax error: cannot parenthesize embedded type");
        if (prev?.Type == GoLexer.ELLIPSIS && !OperandStart.Contains(token.Type)
            && (ctx is ParameterDeclContext || ctx.Parent is ParameterDeclContext || ctx.Parent?.Parent is ParameterDeclContext))
            return (token, "syntax error: ... is missing type");
        if (ctx is ChannelTypeContext or RecvChannelTypeContext && !OperandStart.Contains(token.Type))
            return (token, "syntax error: missing channel element type");
        if (ctx is ImportSpecContext or ImportDeclContext)
        {
            if (token.Type is GoLexer.INT_LIT or GoLexer.FLOAT_LIT or GoLexer.IMAGINARY_LIT or GoLexer.RUNE_LIT)
                return (token, "syntax error: import path must be a string");
            if (prev?.Type is GoLexer.IMPORT or GoLexer.IDENTIFIER or GoLexer.DOT && token.Type is not (GoLexer.STRING_LIT or GoLexer.RAW_STRING_LIT))
                return (token, "syntax error: missing import path");
        }
        if (prev?.Type == GoLexer.COLON && (Enclosing<SlicePostfixContext>(ctx) ?? Enclosing<Slice3PostfixContext>(ctx)) is { } slice)
        {
            // `a[i::]`, `a[i:j:]`: plain errors in cmd/compile
            if (token.Type == GoLexer.COLON) return (token, "middle index required in 3-index slice");
            if (token.Type == GoLexer.R_BRACKET && slice.GetTokens(GoLexer.COLON).Length == 2)
                return (token, "final index required in 3-index slice");
        }
        if (token.Type == GoLexer.DECLARE_ASSIGN && expected.Contains(GoLexer.ASSIGN))
            return (token, Unexpected(token, ", expected ="));
        if (ctx is TypeSpecContext && !OperandStart.Contains(token.Type))
            return (token, Unexpected(token, " in type declaration"));
        bool complete = prev != null && SemicolonInserter.EndsStatement(prev.Type) && prev.Type != GoLexer.RETURN;
        if (complete && ctx is SlicePostfixContext or Slice3PostfixContext or IndexPostfixContext && ctx.GetToken(GoLexer.COLON, 0) == null)
            return (token, Unexpected(token, ", expected comma, : or ]"));
        if (RequiredOperand(expected, complete) is { } operand)
        {
            // `var (` opens a group, but what cmd/compile asks for after `var` is a name.
            if (operand == "name or (" && ctx is VarDeclContext or ConstDeclContext or TypeDeclContext) operand = "name";
            return (token, Unexpected(token, ", expected " + operand));
        }

        if (complete && ListSuffix(ctx) is { } inList) return (token, Unexpected(token, inList));

        var names = expected.ToList().Where(t => t != TokenConstants.EPSILON).ToList();
        if (names.Count == 1) return (token, Unexpected(token, ", expected " + ExpectedName(names[0])));
        return (token, Unexpected(token, ""));
    }

    /// <summary>ctx or one of its nearest ancestors (an operand that failed to start is a few rules down), if it is a T.</summary>
    private static ParserRuleContext? Enclosing<T>(ParserRuleContext ctx) where T : ParserRuleContext
    {
        RuleContext? c = ctx;
        for (int i = 0; i < 6 && c != null; i++, c = c.Parent)
            if (c is T t) return t;
        return null;
    }

    /// <summary>The if/for/switch statement whose header (before its `{`) ctx is in, if any. (A block
    /// context already exists while its `{` is being matched, hence the checks for L_CURLY.)</summary>
    private static (string Keyword, ParserRuleContext Stmt)? Header(ParserRuleContext ctx)
    {
        for (RuleContext? c = ctx; c != null; c = c.Parent)
        {
            switch (c)
            {
                case IfStmtContext s: return s.block().All(b => b.L_CURLY() == null) && s.ELSE() == null ? ("if", s) : null;
                case ForStmtContext s: return s.block()?.L_CURLY() == null ? ("for", s) : null;
                case SwitchStmtContext s: return s.L_CURLY() == null ? ("switch", s) : null;
                case BlockContext b when b.L_CURLY() == null && b.Parent is IfStmtContext or ForStmtContext:
                    continue; // the `{` after the header is missing
                case ExpressionNLContext or UnaryExprNLContext or PrimaryExprNLContext or OperandNLContext
                    or SimpleStmtNLContext or ExpressionListNLContext or ForHeaderContext or AssignOpContext:
                    continue;
                default: return null;
            }
        }
        return null;
    }

    private static (IToken, string)? HeaderError(string keyword, ParserRuleContext stmt, IToken token, ITokenStream tokens, IToken? prev)
    {
        if (token.Type == GoLexer.VAR)
            return (Next(tokens, token) ?? token, $"syntax error: var declaration not allowed in {keyword} initializer");

        if (stmt is IfStmtContext ifs && token.Type == GoLexer.L_CURLY)
        {
            if (prev?.Type == GoLexer.IF) return (token, "syntax error: missing condition in if statement");
            if (prev?.Type == GoLexer.SEMI && ifs.expressionNL() == null)
                return prev.Text == ";"
                    ? (prev, "syntax error: missing condition in if statement")
                    : (prev, $"syntax error: unexpected {Describe(prev)}, expected {{ after if clause");
            if (ifs.simpleStmtNL() is { } init && init is not ExprStmtNLContext && ifs.SEMI() == null)
                return (OperatorToken(init), "syntax error: " + CannotUseAsValue(init));
        }

        if (keyword == "for" && token.Type == GoLexer.L_CURLY && prev?.Type == GoLexer.SEMI)
            return (token, Unexpected(token, ", expected for loop condition"));

        // The header is complete but no `{` follows. cmd/compile words it by where it noticed:
        // inside the header ("expected {"), or when looking for the block ("after ... clause").
        if (prev != null && SemicolonInserter.EndsStatement(prev.Type) && token.Type != GoLexer.L_CURLY)
        {
            switch (stmt)
            {
                case IfStmtContext i:
                    return (token, Unexpected(token, i.SEMI() != null || token.Type == GoLexer.SEMI ? ", expected { after if clause" : ", expected {"));
                case ForStmtContext f:
                    bool clause = f.forHeader() is RangeClauseContext || f.forHeader() is ForClauseContext c && c.SEMI().Length == 2;
                    return (token, Unexpected(token, clause || token.Type == GoLexer.SEMI ? ", expected { after for clause" : ", expected {"));
                case SwitchStmtContext sw:
                    return sw.SEMI() != null ? (token, "syntax error: missing { after switch clause") : (token, Unexpected(token, ", expected {"));
            }
        }
        return null;
    }

    /// <summary>Errors between statements of a block or case clause: cmd/compile's stmtList and the loops around it.</summary>
    private static string? StatementListError(ParserRuleContext ctx, IToken token, IToken? prev)
    {
        bool afterStatement = prev != null && prev.Type is not (GoLexer.SEMI or GoLexer.L_CURLY or GoLexer.COLON);
        switch (ctx)
        {
            case BlockContext or StatementListContext { Parent: BlockContext }:
                if (prev?.Type == GoLexer.RETURN) return Unexpected(token, ", expected expression");
                return Unexpected(token, afterStatement ? " at end of statement" : ", expected }");
            case CaseClauseContext c when c.COLON() == null:
                return Unexpected(token, ", expected :");
            case CommClauseContext c when c.COLON() == null:
                return Unexpected(token, ", expected :");
            case SwitchStmtContext or SelectStmtContext or CaseClauseContext or CommClauseContext or StatementListContext:
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

    /// <summary>
    /// "expression", "type", "name" or "name or (" when one of those must come next: only
    /// their first tokens are expected, or the last token leaves something unfinished (`f(,`)
    /// and an expression may start here.
    /// </summary>
    private static string? RequiredOperand(IntervalSet expected, bool complete)
    {
        var set = expected.ToList().Where(t => t != TokenConstants.EPSILON).ToHashSet();
        if (!complete && set.Contains(GoLexer.INT_LIT)) return "expression";
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

    public static string Unexpected(IToken token, string suffix) => $"syntax error: unexpected {Describe(token)}{suffix}";

    /// <summary>A token as cmd/compile names an unexpected one: `name x`, `literal 42`, `keyword func`, `newline`, `comma`, `{`.</summary>
    public static string Describe(IToken token) => token.Type switch
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
    public static string CannotUseAsValue(ParserRuleContext stmt)
    {
        if (stmt is AssignStmtNLContext a && a.assignOp().ASSIGN() != null)
            return $"cannot use assignment {Emphasize(a.expressionListNL(0))} = {Emphasize(a.expressionListNL(1))} as value";
        return $"cannot use {SourceText(stmt)} as value";
    }

    /// <summary>Where cmd/compile places a simple statement: at its operator (`:=`, `=`, `+=`, `<-`, `++`), or at the start of an expression statement.</summary>
    public static IToken OperatorToken(ParserRuleContext stmt) => stmt switch
    {
        AssignStmtNLContext a => a.assignOp().Start,
        ShortVarDeclNLContext d => d.DECLARE_ASSIGN().Symbol,
        SendStmtNLContext s => s.RECEIVE().Symbol,
        IncDecStmtNLContext i => (i.PLUS_PLUS() ?? i.MINUS_MINUS()).Symbol,
        _ => stmt.Start,
    };

    /// <summary>Binary expressions in parentheses, to make the `=` stand out.</summary>
    private static string Emphasize(ExpressionListNLContext list) =>
        list.expressionNL().Length == 1 && list.expressionNL(0) is BinaryExpressionNLContext
            ? $"({SourceText(list)})"
            : SourceText(list);

    /// <summary>The source text of a parse-tree node, white space collapsed.</summary>
    private static string SourceText(ParserRuleContext ctx)
    {
        if (ctx.Stop == null || ctx.Stop.StopIndex < ctx.Start.StartIndex) return ctx.GetText();
        var text = ctx.Start.InputStream.GetText(Interval.Of(ctx.Start.StartIndex, ctx.Stop.StopIndex));
        return Regex.Replace(text, @"\s+", " ");
    }

    /// <summary>The on-channel token after `token`.</summary>
    private static IToken? Next(ITokenStream tokens, IToken token)
    {
        for (int i = token.TokenIndex + 1; i < tokens.Size; i++)
        {
            var t = tokens.Get(i);
            if (t.Channel == TokenConstants.DefaultChannel) return t;
        }
        return null;
    }

    /// <summary>The on-channel token before `token`.</summary>
    public static IToken? Previous(ITokenStream tokens, IToken token)
    {
        for (int i = token.TokenIndex - 1; i >= 0; i--)
        {
            var t = tokens.Get(i);
            if (t.Channel == TokenConstants.DefaultChannel) return t;
        }
        return null;
    }
}
