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

    private Decl TopLevel(TopLevelDeclContext d) =>
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
            if (s.ASSIGN() != null)
            {
                last = s;
                specs.Add(new ValueSpec(P(s), names, OptType(s.type_()), Exprs(s.expressionList()), iota, false));
            }
            else if (last != null)
                specs.Add(new ValueSpec(P(s), names, OptType(last.type_()), Exprs(last.expressionList()), iota, true));
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

    private GenDecl TypeDecl(TypeDeclContext d)
    {
        var specs = d.typeSpec()
            .Select(s => (Spec)new TypeSpec(P(s), Name(s.IDENTIFIER()), TypeParams(s.typeParameters()), s.ASSIGN() != null, Type(s.type_())))
            .ToList();
        return new GenDecl(P(d), DeclKind.Type, specs);
    }

    private FuncDecl Function(FunctionDeclContext f)
    {
        var type = FuncType(P(f.FUNC()), TypeParams(f.typeParameters()), f.signature());
        return new FuncDecl(P(f), null, Name(f.IDENTIFIER()), type, f.block() is { } b ? Block(b) : null);
    }

    private FuncDecl Method(MethodDeclContext m)
    {
        var receivers = Params(m.parameters());
        int count = receivers.Sum(r => Math.Max(1, r.Names.Count));
        if (count == 0) errors.Error(P(m.IDENTIFIER()), "method has no receiver");
        else if (count > 1) errors.Error(P(m.IDENTIFIER()), "method has multiple receivers");
        var type = FuncType(P(m.FUNC()), [], m.signature());
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
