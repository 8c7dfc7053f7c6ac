using Antlr4.Runtime;
using Minigo.Compiler.Syntax.Generated;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

// Expressions: operators, postfix chains and operands, for both the plain and the NL rules.
// Long operator and postfix chains are left-nested in the parse tree (`a+b+c+...`,
// `x.f().g()...`): they are unrolled with explicit stacks rather than recursion.
internal sealed partial class AstBuilder
{
    /// <summary>The expressions of an expressionList or expressionListNL (its only rule children).</summary>
    private List<Expr> Exprs(ParserRuleContext list)
    {
        var result = new List<Expr>((list.ChildCount + 1) / 2);
        foreach (var child in list.children)
            if (child is ParserRuleContext e) result.Add(Expr(e));
        return result;
    }

    private Expr? OptExpr(ParserRuleContext? e) => e == null ? null : Expr(e);

    /// <summary>Any expression-level context: expression(NL), unaryExpr(NL) or primaryExpr(NL).</summary>
    private Expr Expr(ParserRuleContext c) => c switch
    {
        BinaryExpressionContext or BinaryExpressionNLContext => Binary(c),
        UnaryExpressionContext u => Unary(u.unaryExpr()),
        UnaryExpressionNLContext u => Unary(u.unaryExprNL()),
        UnaryExprContext or UnaryExprNLContext => Unary(c),
        PrimaryExprContext or PrimaryExprNLContext => Primary(c),
        _ => throw new InvalidOperationException($"unexpected expression {c.GetType().Name}"),
    };

    private Expr Binary(ParserRuleContext c)
    {
        var pending = new Stack<(IToken Op, ParserRuleContext Y)>();
        while (true)
        {
            if (c is BinaryExpressionContext b) { pending.Push((b.op, b.expression(1))); c = b.expression(0); }
            else if (c is BinaryExpressionNLContext n) { pending.Push((n.op, n.expressionNL(1))); c = n.expressionNL(0); }
            else break;
        }
        var x = Expr(c);
        while (pending.TryPop(out var r)) x = new BinaryExpr(x.Pos, BinaryOperator(r.Op.Type), x, Expr(r.Y), P(r.Op));
        return x;
    }

    private static Op BinaryOperator(int token) => token switch
    {
        GoLexer.LOGICAL_OR => Op.LogOr,
        GoLexer.LOGICAL_AND => Op.LogAnd,
        GoLexer.EQUALS => Op.Eql,
        GoLexer.NOT_EQUALS => Op.Neq,
        GoLexer.LESS => Op.Lss,
        GoLexer.LESS_OR_EQUALS => Op.Leq,
        GoLexer.GREATER => Op.Gtr,
        GoLexer.GREATER_OR_EQUALS => Op.Geq,
        GoLexer.PLUS => Op.Add,
        GoLexer.MINUS => Op.Sub,
        GoLexer.OR => Op.Or,
        GoLexer.CARET => Op.Xor,
        GoLexer.STAR => Op.Mul,
        GoLexer.DIV => Op.Quo,
        GoLexer.MOD => Op.Rem,
        GoLexer.LSHIFT => Op.Shl,
        GoLexer.RSHIFT => Op.Shr,
        GoLexer.AMPERSAND => Op.And,
        GoLexer.BIT_CLEAR => Op.AndNot,
        _ => throw new InvalidOperationException($"unexpected binary operator {token}"),
    };

    /// <summary>A unaryExpr(NL): prefix operators applied to a primary expression.</summary>
    private Expr Unary(ParserRuleContext c)
    {
        var ops = new Stack<IToken>();
        ParserRuleContext primary;
        while (true)
        {
            if (c is UnaryExprContext u)
            {
                if (u.op == null) { primary = u.primaryExpr(); break; }
                ops.Push(u.op);
                c = u.unaryExpr();
            }
            else
            {
                var n = (UnaryExprNLContext)c;
                if (n.op == null) { primary = n.primaryExprNL(); break; }
                ops.Push(n.op);
                c = n.unaryExprNL();
            }
        }
        var x = Primary(primary);
        while (ops.TryPop(out var op)) x = ApplyUnary(op, x);
        return x;
    }

    private Expr ApplyUnary(IToken op, Expr x) => op.Type switch
    {
        GoLexer.STAR => new StarExpr(P(op), x),
        GoLexer.RECEIVE when x is ChanTypeExpr ch => ReceiveOnly(P(op), ch),
        GoLexer.RECEIVE => new UnaryExpr(P(op), Op.Arrow, x),
        GoLexer.PLUS => new UnaryExpr(P(op), Op.Add, x),
        GoLexer.MINUS => new UnaryExpr(P(op), Op.Sub, x),
        GoLexer.EXCLAMATION => new UnaryExpr(P(op), Op.Not, x),
        GoLexer.CARET => new UnaryExpr(P(op), Op.Xor, x),
        GoLexer.AMPERSAND => new UnaryExpr(P(op), Op.And, x),
        GoLexer.TILDE => new UnaryExpr(P(op), Op.Tilde, x),
        _ => throw new InvalidOperationException($"unexpected unary operator {op.Text}"),
    };

    /// <summary>
    /// `<-` applied to a channel type is part of it: `<-chan T` is a receive-only channel, and
    /// `<-chan<- chan T` the receive-only `<-chan (<-chan T)`, as cmd/compile re-associates.
    /// A channel type that cannot take the `<-` (`<-<-chan T`, `<-chan<- T`) is its syntax error.
    /// </summary>
    private ChanTypeExpr ReceiveOnly(Pos arrow, ChanTypeExpr ch)
    {
        switch (ch.Dir)
        {
            case ChanDir.Recv:
                errors.Error(ch.Pos, "syntax error: unexpected <-, expected chan");
                return ch;
            case ChanDir.Send when ch.Elem is ChanTypeExpr inner:
                return new ChanTypeExpr(arrow, ChanDir.Recv, ReceiveOnly(inner.Pos, inner));
            case ChanDir.Send:
                errors.Error(ch.Elem.Pos, "syntax error: unexpected " + ExprText(ch.Elem) + ", expected chan");
                return ch;
            default:
                return new ChanTypeExpr(arrow, ChanDir.Recv, ch.Elem);
        }
    }

    /// <summary>A type name for an error message.</summary>
    private static string ExprText(Expr e) => e switch
    {
        Ident i => i.Name,
        SelectorExpr { X: Ident x } s => x.Name + "." + s.Sel.Name,
        _ => "type",
    };

    /// <summary>A primaryExpr(NL): an operand followed by selectors, indexes, slices, assertions and calls.</summary>
    private Expr Primary(ParserRuleContext c)
    {
        var postfixes = new Stack<PostfixContext>();
        while (true)
        {
            if (c is PostfixExprContext p) { postfixes.Push(p.postfix()); c = p.primaryExpr(); }
            else if (c is PostfixExprNLContext n) { postfixes.Push(n.postfix()); c = n.primaryExprNL(); }
            else break;
        }
        var x = c is OperandExprContext o ? Operand(o.operand()) : BasicOperand(((OperandExprNLContext)c).operandNL().basicOperandNL());
        while (postfixes.TryPop(out var postfix)) x = Postfix(x, postfix);
        return x;
    }

    private Expr Postfix(Expr x, PostfixContext p) => p switch
    {
        SelectorPostfixContext s => new SelectorExpr(x.Pos, x, Name(s.IDENTIFIER())),
        TypeSwitchPostfixContext => new TypeAssertExpr(x.Pos, x, null),
        TypeAssertPostfixContext t => new TypeAssertExpr(x.Pos, x, Type(t.type_())),
        SlicePostfixContext s => new SliceExpr(x.Pos, x, OptExpr(s.lo), OptExpr(s.hi), null, false),
        Slice3PostfixContext s => new SliceExpr(x.Pos, x, OptExpr(s.lo), Expr(s.hi), Expr(s.max), true),
        IndexPostfixContext i => new IndexExpr(x.Pos, x, i.expression().Select(Expr).ToList()),
        CallPostfixContext call => new CallExpr(x.Pos, x, call.expressionList() is { } args ? Exprs(args) : [],
            call.ELLIPSIS() != null, P(call.L_PAREN()), P(call.R_PAREN())),
        _ => throw new InvalidOperationException($"unexpected postfix {p.GetType().Name}"),
    };

    private Expr Operand(OperandContext o)
    {
        if (o.namedCompositeLit() is not { } lit) return BasicOperand(o.basicOperand());
        return Composite(WithTypeArgs(TypeName(lit.typeName()), lit.typeArgs()), lit.literalValue());
    }

    /// <summary>A basicOperand or basicOperandNL.</summary>
    private Expr BasicOperand(ParserRuleContext b) => b switch
    {
        LiteralOperandContext l => Literal(l.basicLit()),
        LiteralOperandNLContext l => Literal(l.basicLit()),
        NameOperandContext n => Name(n.IDENTIFIER()),
        NameOperandNLContext n => Name(n.IDENTIFIER()),
        ParenOperandContext p => new ParenExpr(P(p), Expr(p.expression())),
        ParenOperandNLContext p => new ParenExpr(P(p), Expr(p.expression())),
        CompositeOperandContext c => Composite(LiteralType(c.literalType()), c.literalValue()),
        CompositeOperandNLContext c => Composite(LiteralType(c.literalType()), c.literalValue()),
        FuncLitOperandContext f => new FuncLit(P(f), FuncType(P(f), [], f.funcSignature()), Block(f.block())),
        FuncLitOperandNLContext f => new FuncLit(P(f), FuncType(P(f), [], f.funcSignature()), Block(f.block())),
        TypeOperandContext t => TypeLit(t.operandTypeLit()),
        TypeOperandNLContext t => TypeLit(t.operandTypeLit()),
        _ => throw new InvalidOperationException($"unexpected operand {b.GetType().Name}"),
    };

    private BasicLit Literal(BasicLitContext l)
    {
        var token = l.Start;
        var kind = token.Type switch
        {
            GoLexer.INT_LIT => LitKind.Int,
            GoLexer.FLOAT_LIT => LitKind.Float,
            GoLexer.IMAGINARY_LIT => LitKind.Imag,
            GoLexer.RUNE_LIT => LitKind.Char,
            _ => LitKind.String,
        };
        return new BasicLit(P(token), kind, token.Text);
    }

    /// <summary>`T{...}`; type is null for an element literal whose type is elided (`{1, 2}` in `[]P{{1, 2}}`).</summary>
    private CompositeLit Composite(Expr? type, LiteralValueContext value)
    {
        var elements = new List<KeyedElement>();
        foreach (var k in value.keyedElement())
        {
            var parts = k.element();
            elements.Add(parts.Length == 2
                ? new KeyedElement(Element(parts[0]), Element(parts[1]))
                : new KeyedElement(null, Element(parts[0])));
        }
        return new CompositeLit(type?.Pos ?? P(value), type, elements, P(value.R_CURLY()));
    }

    private Expr Element(ElementContext e) => e.expression() is { } x ? Expr(x) : Composite(null, e.literalValue());
}
