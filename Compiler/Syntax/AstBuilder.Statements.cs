using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Minigo.Compiler.Syntax.Generated;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

// Statements, including the simple statements of if/for/switch headers (the *NL variants).
internal sealed partial class AstBuilder
{
    private BlockStmt Block(BlockContext b) => new(P(b), Statements(b.statementList()), P(b.R_CURLY()));

    /// <summary>The statements of a list; the empty statements between semicolons carry nothing and are dropped.</summary>
    private List<Stmt> Statements(StatementListContext list) => list.statement().Select(Statement).ToList();

    private Stmt Statement(StatementContext s) => s.GetChild(0) switch
    {
        DeclarationContext d => new DeclStmt(P(d), GenDecl(d)),
        LabeledStmtContext l => Labeled(l),
        SimpleStmtContext x => Simple(x),
        GoStmtContext g => new GoStmt(P(g), CallOperand(g.expression(), "go")),
        DeferStmtContext d => new DeferStmt(P(d), CallOperand(d.expression(), "defer")),
        ReturnStmtContext r => new ReturnStmt(P(r), r.expressionList() is { } e ? Exprs(e) : []),
        BreakStmtContext b => new BranchStmt(P(b), BranchKind.Break, OptName(b.IDENTIFIER())),
        ContinueStmtContext c => new BranchStmt(P(c), BranchKind.Continue, OptName(c.IDENTIFIER())),
        GotoStmtContext g => new BranchStmt(P(g), BranchKind.Goto, Name(g.IDENTIFIER())),
        FallthroughStmtContext f => new BranchStmt(P(f), BranchKind.Fallthrough, null),
        BlockContext b => Block(b),
        IfStmtContext i => If(i),
        SwitchStmtContext sw => Switch(sw),
        SelectStmtContext sel => Select(sel),
        ForStmtContext f => For(f),
        var other => throw new InvalidOperationException($"unexpected statement {other.GetType().Name}"),
    };

    /// <summary>
    /// `L: stmt`. Without a statement the label labels an empty one, which must end with `;`
    /// or the `}` of a block or switch; before `case` or `default` cmd/compile says
    /// "missing statement after label".
    /// </summary>
    private LabeledStmt Labeled(LabeledStmtContext l)
    {
        if (l.statement() is { } inner) return new LabeledStmt(P(l), Name(l.IDENTIFIER()), Statement(inner));
        if (l.Parent is StatementContext { Parent: StatementListContext list } stmt
            && list.children[^1] == stmt
            && list.Parent is CaseClauseContext or CommClauseContext
            && list.Parent.Parent is ParserRuleContext owner
            && owner.children[owner.children.IndexOf((ParserRuleContext)list.Parent) + 1] is not ITerminalNode { Symbol.Type: GoLexer.R_CURLY })
            errors.Error(P(l.COLON()), "syntax error: missing statement after label");
        return new LabeledStmt(P(l), Name(l.IDENTIFIER()), new EmptyStmt(P(l.COLON())));
    }

    /// <summary>The operand of go/defer; cmd/compile rejects parentheses around it.</summary>
    private Expr CallOperand(ExpressionContext e, string keyword)
    {
        var x = Expr(e);
        if (x is ParenExpr p)
        {
            errors.Error(p.Pos, $"expression in {keyword} must not be parenthesized");
            while (x is ParenExpr inner) x = inner.X;
        }
        return x;
    }

    /// <summary>A simpleStmt or simpleStmtNL.</summary>
    private Stmt Simple(ParserRuleContext s) => s switch
    {
        SendStmtContext x => Send(x.expression(0), x.expression(1)),
        SendStmtNLContext x => Send(x.expressionNL(0), x.expressionNL(1)),
        IncDecStmtContext x => new IncDecStmt(P(x), Expr(x.expression()), x.PLUS_PLUS() != null),
        IncDecStmtNLContext x => new IncDecStmt(P(x), Expr(x.expressionNL()), x.PLUS_PLUS() != null),
        AssignStmtContext x => Assign(x.expressionList(0), x.assignOp().Start, x.expressionList(1)),
        AssignStmtNLContext x => Assign(x.expressionListNL(0), x.assignOp().Start, x.expressionListNL(1)),
        ShortVarDeclContext x => Assign(x.expressionList(0), x.DECLARE_ASSIGN().Symbol, x.expressionList(1)),
        ShortVarDeclNLContext x => Assign(x.expressionListNL(0), x.DECLARE_ASSIGN().Symbol, x.expressionListNL(1)),
        ExprStmtContext x => new ExprStmt(P(x), Expr(x.expression())),
        ExprStmtNLContext x => new ExprStmt(P(x), Expr(x.expressionNL())),
        _ => throw new InvalidOperationException($"unexpected simple statement {s.GetType().Name}"),
    };

    private SendStmt Send(ParserRuleContext chan, ParserRuleContext value) => new(P(chan), Expr(chan), Expr(value));

    private AssignStmt Assign(ParserRuleContext lhs, IToken op, ParserRuleContext rhs) =>
        new(P(lhs), Exprs(lhs), AssignOperator(op.Type), Exprs(rhs), P(op));

    private static AssignOp AssignOperator(int token) => token switch
    {
        GoLexer.ASSIGN => AssignOp.Assign,
        GoLexer.DECLARE_ASSIGN => AssignOp.Define,
        GoLexer.ADD_ASSIGN => AssignOp.Add,
        GoLexer.SUB_ASSIGN => AssignOp.Sub,
        GoLexer.MUL_ASSIGN => AssignOp.Mul,
        GoLexer.DIV_ASSIGN => AssignOp.Quo,
        GoLexer.MOD_ASSIGN => AssignOp.Rem,
        GoLexer.AND_ASSIGN => AssignOp.And,
        GoLexer.OR_ASSIGN => AssignOp.Or,
        GoLexer.XOR_ASSIGN => AssignOp.Xor,
        GoLexer.SHL_ASSIGN => AssignOp.Shl,
        GoLexer.SHR_ASSIGN => AssignOp.Shr,
        GoLexer.AND_NOT_ASSIGN => AssignOp.AndNot,
        _ => throw new InvalidOperationException($"unexpected assignment operator {token}"),
    };

    private IfStmt If(IfStmtContext i)
    {
        var init = i.simpleStmtNL() is { } s ? Simple(s) : null;
        var blocks = i.block();
        Stmt? @else = i.ifStmt() is { } elseIf ? If(elseIf) : blocks.Length > 1 ? Block(blocks[1]) : null;
        return new IfStmt(P(i), init, Expr(i.expressionNL()), Block(blocks[0]), @else);
    }

    /// <summary>
    /// `switch [init;] [tag] {`: the tag decides between an expression switch and a type switch
    /// (`x.(type)` or `v := x.(type)`). Any other statement as tag is cmd/compile's
    /// "cannot use ... as value".
    /// </summary>
    private Stmt Switch(SwitchStmtContext s)
    {
        SimpleStmtNLContext? init = null, tag = null;
        bool afterSemi = false;
        foreach (var child in s.children)
        {
            if (child is ITerminalNode { Symbol.Type: GoLexer.SEMI }) afterSemi = true;
            else if (child is SimpleStmtNLContext st)
            {
                if (s.SEMI() != null && !afterSemi) init = st;
                else tag = st;
            }
        }
        var initStmt = init == null ? null : Simple(init);
        var clauses = s.caseClause().Select(Case).ToList();
        var rbrace = P(s.R_CURLY());

        switch (tag)
        {
            case null:
                return new SwitchStmt(P(s), initStmt, null, clauses, rbrace);
            case ExprStmtNLContext e:
                var x = Expr(e.expressionNL());
                return x is TypeAssertExpr { Type: null } guard
                    ? new TypeSwitchStmt(P(s), initStmt, null, guard.X, clauses, rbrace)
                    : new SwitchStmt(P(s), initStmt, x, clauses, rbrace);
            case ShortVarDeclNLContext d when Exprs(d.expressionListNL(0)) is [Ident binding]
                                           && Exprs(d.expressionListNL(1)) is [TypeAssertExpr { Type: null } bound]:
                return new TypeSwitchStmt(P(s), initStmt, binding, bound.X, clauses, rbrace);
            default:
                errors.Error(P(SyntaxErrorMessages.OperatorToken(tag)), "syntax error: " + SyntaxErrorMessages.CannotUseAsValue(tag));
                return new SwitchStmt(P(s), initStmt, null, clauses, rbrace);
        }
    }

    private CaseClause Case(CaseClauseContext c) =>
        new(P(c), c.CASE() != null ? Exprs(c.expressionList()) : null, Statements(c.statementList()));

    private SelectStmt Select(SelectStmtContext s) =>
        new(P(s), s.commClause()
            .Select(c => new CommClause(P(c), c.CASE() != null ? Simple(c.simpleStmt()) : null, Statements(c.statementList())))
            .ToList());

    private Stmt For(ForStmtContext f)
    {
        var body = Block(f.block());
        switch (f.forHeader())
        {
            case null:
                return new ForStmt(P(f), null, null, null, body);
            case CondClauseContext c:
                return new ForStmt(P(f), null, Expr(c.expressionNL()), null, body);
            case RangeClauseContext r:
                Expr? key = null, value = null;
                if (r.expressionListNL() is { } lhs)
                {
                    var vars = Exprs(lhs);
                    key = vars[0];
                    value = vars.Count > 1 ? vars[1] : null;
                    if (vars.Count > 2) errors.Error(vars[2].Pos, "range clause permits at most two iteration variables");
                }
                return new RangeStmt(P(f), key, value, r.DECLARE_ASSIGN() != null, Expr(r.expressionNL()), body);
            case ForClauseContext c:
                // [init] ; [cond] ; [post]: which simple statement is which depends on the semicolons around it.
                Stmt? init = null, post = null;
                int semis = 0;
                foreach (var child in c.children)
                {
                    if (child is ITerminalNode { Symbol.Type: GoLexer.SEMI }) semis++;
                    else if (child is SimpleStmtNLContext st)
                    {
                        if (semis == 0) init = Simple(st);
                        else post = Simple(st);
                    }
                }
                if (post is AssignStmt { Op: AssignOp.Define } define)
                    errors.Error(define.OpPos, "syntax error: cannot declare in post statement of for loop");
                var cond = c.expressionNL() is { } e ? Expr(e) : null;
                return new ForStmt(P(f), init, cond, post, body);
            default:
                throw new InvalidOperationException($"unexpected for header {f.forHeader().GetType().Name}");
        }
    }
}
