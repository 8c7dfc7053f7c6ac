using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Converts a GoParser parse tree (of a file without syntax errors) to the AST of Ast.cs, and
/// reports the syntax errors the grammar does not catch: mixed named and unnamed parameters,
/// method receivers, switch headers that are not expressions, `:=` in a for post statement.
///
/// Split by area: declarations here, types, statements and expressions in the other
/// AstBuilder.*.cs files. The grammar's *NL rules ("no composite literal") have the same shape
/// as their plain twins, so each helper takes either and dispatches on the context type.
/// </summary>
internal sealed partial class AstBuilder(SyntaxErrorSink errors)
{
    private readonly SourcePositions positions = errors.Positions;

    public SourceFile Build(SourceFileContext file)
    {
        var pkg = file.packageClause();
        var imports = file.importDecl().SelectMany(d => d.importSpec()).Select(ImportSpec).ToList();
        var decls = file.topLevelDecl().Select(TopLevel).ToList();
        return new SourceFile(P(pkg.PACKAGE()), positions.Path, Name(pkg.IDENTIFIER()), imports, decls);
    }

    // ---------------- declarations ----------------

    /// <summary>One top-level declaration (SyntaxErrorPass also uses this, for the errors found on the way).</summary>
    public Decl TopLevel(TopLevelDeclContext d) =>
        d.declaration() is { } g ? GenDecl(g)
        : d.functionDecl() is { } f ? Function(f)
        : Method(d.methodDecl());

    private GenDecl GenDecl(DeclarationContext d) =>
        d.constDecl() is { } c ? Const(c)
        : d.typeDecl() is { } t ? TypeDecl(t)
        : Var(d.varDecl());

    private ImportSpec ImportSpec(ImportSpecContext s)
    {
        Ident? name = s.DOT() is { } dot ? new Ident(P(dot), ".") : s.IDENTIFIER() is { } id ? Name(id) : null;
        return new ImportSpec(P(s), name, Unquote(s.string_()));
    }

    /// <summary>
    /// Const specs without values repeat the last values (and type) given, rebuilt from the
    /// parse tree so that every spec has its own nodes: the checker keys constant values by node,
    /// and the repeated `iota` means something else in each spec.
    /// </summary>
    private GenDecl Const(ConstDeclContext d)
    {
        var specs = new List<Spec>();
        ConstSpecContext? last = null;
        var list = d.constSpec();
        for (int iota = 0; iota < list.Length; iota++)
        {
            var s = list[iota];
            var names = Names(s.identifierList());
            if (s.ASSIGN() != null || s.type_() != null)
            {
                // a type without values is the checker's "missing init expr", and is not repeated either
                last = s;
                specs.Add(new ValueSpec(P(s), names, OptType(s.type_()), s.expressionList() is { } e ? Exprs(e) : [], iota, false));
            }
            else if (last != null)
                specs.Add(new ValueSpec(P(s), names, OptType(last.type_()), last.expressionList() is { } e ? Exprs(e) : [], iota, true));
            else
                specs.Add(new ValueSpec(P(s), names, null, [], iota, false)); // the checker reports the missing init expression
        }
        return new GenDecl(P(d), DeclKind.Const, specs);
    }

    private GenDecl Var(VarDeclContext d)
    {
        var list = d.varSpec();
        var specs = new List<Spec>(list.Length);
        for (int i = 0; i < list.Length; i++)
        {
            var s = list[i];
            var values = s.expressionList() is { } e ? Exprs(e) : [];
            specs.Add(new ValueSpec(P(s), Names(s.identifierList()), OptType(s.type_()), values, i, false));
        }
        return new GenDecl(P(d), DeclKind.Var, specs);
    }

    private GenDecl TypeDecl(TypeDeclContext d) =>
        new(P(d), DeclKind.Type, d.typeSpec().Select(s => (Spec)TypeSpec(s)).ToList());

    private TypeSpec TypeSpec(TypeSpecContext s)
    {
        var name = Name(s.IDENTIFIER());
        bool alias = s.ASSIGN() != null;
        if (s.typeParameters() is { } tp && ArrayLength(tp) is { } len)
            return new TypeSpec(P(s), name, [], alias, new ArrayTypeExpr(P(tp), len, Type(s.type_())));
        return new TypeSpec(P(s), name, TypeParams(s.typeParameters()), alias, Type(s.type_()));
    }

    /// <summary>
    /// `type T[N *M] E` and `type T[N (M)] E` read as a type parameter list or as an array type
    /// with length `N*M` or `N(M)`. The grammar takes the first; Go's rule (see the spec on type
    /// declarations) is an array unless M is clearly a type (a type literal other than a name) or
    /// a comma follows. This gives back the length expression when Go reads an array.
    /// </summary>
    private Expr? ArrayLength(TypeParametersContext tp)
    {
        if (tp.COMMA().Length > 0) return null;
        var decl = tp.typeParamDecl(0);
        var names = decl.identifierList().IDENTIFIER();
        var terms = decl.typeConstraint().typeTerm();
        if (names.Length != 1 || terms.Length != 1 || terms[0].TILDE() != null) return null;
        var n = Name(names[0]);
        var t = terms[0].type_();
        if (t.typeLit()?.pointerType() is { } star && Type(star.type_()) is var factor && !IsTypeElem(factor))
            return new BinaryExpr(n.Pos, Op.Mul, n, factor, P(star));
        if (t.L_PAREN() != null && Type(t.type_()) is var arg && !IsTypeElem(arg))
            return new CallExpr(n.Pos, n, [arg], false, P(t.L_PAREN()), P(t.R_PAREN()));
        return null;
    }

    /// <summary>cmd/compile's isTypeElem: x can only be a type (a type literal, possibly under `*` or parentheses).</summary>
    private static bool IsTypeElem(Expr x) => x switch
    {
        ArrayTypeExpr or StructTypeExpr or FuncTypeExpr or InterfaceTypeExpr or MapTypeExpr or ChanTypeExpr => true,
        StarExpr s => IsTypeElem(s.X),
        ParenExpr p => IsTypeElem(p.X),
        _ => false,
    };

    private FuncDecl Function(FunctionDeclContext f)
    {
        var type = FuncType(P(f.FUNC()), TypeParams(f.typeParameters()), f.funcSignature());
        return new FuncDecl(P(f), null, Name(f.IDENTIFIER()), type, f.block() is { } b ? Block(b) : null);
    }

    private FuncDecl Method(MethodDeclContext m)
    {
        if (m.typeParameters() is { } tp) errors.Error(P(tp), "syntax error: method must have no type parameters");
        var receivers = Params(m.parameters());
        int count = receivers.Sum(r => Math.Max(1, r.Names.Count));
        if (count == 0) errors.Error(P(m.IDENTIFIER()), "method has no receiver");
        else if (count > 1) errors.Error(P(m.IDENTIFIER()), "method has multiple receivers");
        var type = FuncType(P(m.FUNC()), [], m.funcSignature());
        return new FuncDecl(P(m), receivers.FirstOrDefault(), Name(m.IDENTIFIER()), type, m.block() is { } b ? Block(b) : null);
    }

    // ---------------- helpers ----------------

    private Pos P(IToken token) => positions.Of(token);
    private Pos P(ITerminalNode node) => positions.Of(node.Symbol);
    private Pos P(ParserRuleContext ctx) => positions.Of(ctx.Start);

    private Ident Name(ITerminalNode id) => new(P(id), id.GetText());
    private Ident? OptName(ITerminalNode? id) => id == null ? null : Name(id);
    private List<Ident> Names(IdentifierListContext list) => list.IDENTIFIER().Select(Name).ToList();

    /// <summary>The value of a string literal as a byte string (the TokenChecker has already reported bad ones).</summary>
    private static string Unquote(String_Context s) => Literals.ParseString(s.Start.Text, out _) ?? "";
}
