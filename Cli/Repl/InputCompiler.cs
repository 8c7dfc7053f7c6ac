using Minigo.Compiler;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;

namespace Minigo.Cli.Repl;

/// <summary>An input checked against the session: its Info, and the function that runs its statements (null: declarations only).</summary>
internal sealed record CheckedInput(Info Info, string? Entry);

/// <summary>
/// Turns one input into a file of the session's main package and checks it.
///
/// Declarations (`func`, `type`, `var`, `const`, `import`) become package-level declarations
/// as written. Statements become the body of a new function `__repl_N`, checked twice: a dry
/// run learns the types of the variables its top level declares, which then become package
/// variables ("hoisted": `x := 1` is checked as `x = 1` against a package variable x of type
/// int), so that they outlive the input; expression statements with a value are rewritten to
/// print it (except calls of fmt's Print family, run for what they print). The input starts on the file's first line, after the code put before it, so that
/// lines in errors and stack traces are the input's own; columns on the first line are
/// shifted by FirstLineShift.
/// </summary>
internal sealed class InputCompiler(IncrementalCompilation session, string path)
{
    /// <summary>Characters put before the input's first line: subtracted from columns on line 1.</summary>
    public int FirstLineShift { get; private set; }

    private const string PackageClause = "package main; ";

    public CheckedInput? Compile(string input, int number, DiagnosticBag diags)
    {
        if (IsWholeFile(input))
        {
            FirstLineShift = 0;
            return CheckDeclarations(input, diags);
        }
        var asDecls = new DiagnosticBag();
        var declFile = GoSyntax.Parse(path, PackageClause + input, asDecls);
        if (declFile != null && !asDecls.HasErrors)
        {
            FirstLineShift = PackageClause.Length;
            return CheckDeclarations(PackageClause + input, diags);
        }
        string entry = "__repl_" + number;
        var asStmts = new DiagnosticBag();
        var stmtFile = GoSyntax.Parse(path, StatementsText(entry, input), asStmts);
        if (stmtFile == null || asStmts.HasErrors)
        {
            // Report the reading that got further into the input.
            bool declsFurther = FirstErrorLine(asDecls) > FirstErrorLine(asStmts) ||
                FirstErrorLine(asDecls) == FirstErrorLine(asStmts) && StartsWithDeclarationKeyword(input);
            FirstLineShift = declsFurther ? PackageClause.Length : StatementsPrefix(entry).Length;
            Copy(declsFurther ? asDecls : asStmts, diags);
            return null;
        }
        FirstLineShift = StatementsPrefix(entry).Length;
        return CheckStatements(entry, input, stmtFile, diags);
    }

    /// <summary>The type of an expression, as %T prints it; null with errors in diags.</summary>
    public string? TypeOf(string expr, DiagnosticBag diags)
    {
        FirstLineShift = StatementsPrefix("__repl_type").Length;
        var file = GoSyntax.Parse(path, StatementsText("__repl_type", expr), diags);
        if (file == null || diags.HasErrors) return null;
        var body = EntryBody(file);
        if (body.Count != 1 || body[0] is not ExprStmt es)
        {
            diags.Error(body.Count > 0 ? body[0].Pos : file.Pos, "not an expression");
            return null;
        }
        var dry = new DiagnosticBag();
        var info = session.Check(file, dry, dryRun: true);
        Copy(dry, diags, d => d.Message.EndsWith(" is not used", StringComparison.Ordinal));
        if (diags.HasErrors) return null;
        if (!info.Types.TryGetValue(es.X, out var tv) || tv.Mode == Mode.NoValue) return "(no value)";
        return TypeString.Of(Predicates.Default(tv.Type), TypeString.ByPackageName); // as %T shows a constant: its default type
    }

    private CheckedInput? CheckDeclarations(string text, DiagnosticBag diags)
    {
        var file = GoSyntax.Parse(path, text, diags);
        if (file == null || diags.HasErrors) return null;
        var info = session.Check(file, diags);
        return diags.HasErrors ? null : new CheckedInput(info, null);
    }

    private CheckedInput? CheckStatements(string entry, string input, SourceFile dryFile, DiagnosticBag diags)
    {
        // The dry run: types of the top-level variables, and which expression statements have a value.
        var stmts = EntryBody(dryFile);
        var declared = stmts.SelectMany(TopLevelNames).ToList();
        var dry = new DiagnosticBag();
        var info = session.Check(dryFile, dry, dryRun: true);
        Copy(dry, diags, d => IsExpectedInDryRun(d, stmts, declared));
        if (diags.HasErrors) return null;

        var hoisted = new List<Var>();
        foreach (var id in declared)
            if (info.Defs.GetValueOrDefault(id) is Var v)
                hoisted.Add(new Var(v.Name, v.Type, v.Pos, session.Package));
        var printed = stmts.Select(s => s is ExprStmt es && info.Types.TryGetValue(es.X, out var tv) && tv.Mode != Mode.NoValue && !IsFmtPrint(es.X, info)).ToList();

        // The real check: a fresh parse of the same text, rewritten.
        var file = GoSyntax.Parse(path, StatementsText(entry, input), diags)!;
        var body = EntryBody(file);
        for (int i = 0; i < body.Count; i++) body[i] = Rewrite(body[i], printed[i]);
        var checkedInfo = session.Check(file, diags, hoisted);
        return diags.HasErrors ? null : new CheckedInput(checkedInfo, entry);
    }

    /// <summary>A top-level statement as it runs against hoisted variables: declarations become assignments.</summary>
    private static Stmt Rewrite(Stmt s, bool print) => s switch
    {
        AssignStmt { Op: AssignOp.Define } a => new AssignStmt(a.Pos, a.Lhs, AssignOp.Assign, a.Rhs, a.OpPos),
        DeclStmt { Decl: { Kind: DeclKind.Var } g } => VarAsAssignments(g),
        ExprStmt es when print => new ExprStmt(es.Pos, new CallExpr(es.X.Pos, new Ident(es.X.Pos, Prelude.Print), [es.X], false, es.X.Pos, es.X.Pos)),
        _ => s,
    };

    /// <summary>`var a, b = 1, 2` → `a, b = 1, 2`; a variable without a value is already zero (a fresh global).</summary>
    private static Stmt VarAsAssignments(GenDecl g)
    {
        var assigns = new List<Stmt>();
        foreach (var vs in g.Specs.OfType<ValueSpec>())
            if (vs.Values.Count > 0)
                assigns.Add(new AssignStmt(vs.Pos, vs.Names.Cast<Expr>().ToList(), AssignOp.Assign, vs.Values, vs.Pos));
        return assigns.Count switch
        {
            0 => new EmptyStmt(g.Pos),
            1 => assigns[0],
            _ => new BlockStmt(g.Pos, assigns, g.Pos),
        };
    }

    /// <summary>fmt.Println(...) and the rest of fmt's Print family are run for what they print: their (n, err) is not shown.</summary>
    private static bool IsFmtPrint(Expr e, Info info) =>
        e is CallExpr { Fun: SelectorExpr sel } && info.ObjectOf(sel.Sel) is Func { Pkg.Path: "fmt" } f &&
        (f.Name.StartsWith("Print", StringComparison.Ordinal) || f.Name.StartsWith("Fprint", StringComparison.Ordinal));

    private static IEnumerable<Ident> TopLevelNames(Stmt s) => s switch
    {
        AssignStmt { Op: AssignOp.Define } a => a.Lhs.OfType<Ident>().Where(id => id.Name != "_"),
        DeclStmt { Decl: { Kind: DeclKind.Var } g } => g.Specs.OfType<ValueSpec>().SelectMany(vs => vs.Names).Where(id => id.Name != "_"),
        _ => [],
    };

    /// <summary>What the dry run reports but the rewritten input will not: unused top-level variables, unused values (they are printed).</summary>
    private static bool IsExpectedInDryRun(Diagnostic d, List<Stmt> stmts, List<Ident> declared)
    {
        if (d.Message.StartsWith("declared and not used: ", StringComparison.Ordinal))
            return declared.Any(id => id.Pos == d.Pos);
        if (!d.Message.EndsWith(" is not used", StringComparison.Ordinal)) return false;
        var owner = stmts.LastOrDefault(s => !d.Pos.IsBefore(s.Pos));
        return owner is ExprStmt;
    }

    private static string StatementsPrefix(string entry) => PackageClause + "func " + entry + "() { ";

    private static string StatementsText(string entry, string input) => StatementsPrefix(entry) + input + "\n}\n";

    private static List<Stmt> EntryBody(SourceFile file) => ((FuncDecl)file.Decls[^1]).Body!.Stmts;

    private static bool IsWholeFile(string input) => input.TrimStart().StartsWith("package ", StringComparison.Ordinal);

    private static bool StartsWithDeclarationKeyword(string input)
    {
        var t = input.TrimStart();
        return t.StartsWith("func ", StringComparison.Ordinal) || t.StartsWith("import", StringComparison.Ordinal) || t.StartsWith("type ", StringComparison.Ordinal);
    }

    private static int FirstErrorLine(DiagnosticBag bag) =>
        bag.Sorted().Select(d => d.Pos.Line).DefaultIfEmpty(int.MaxValue).First();

    private static void Copy(DiagnosticBag from, DiagnosticBag to, Func<Diagnostic, bool>? skip = null)
    {
        foreach (var d in from.Sorted())
            if (skip == null || !skip(d)) to.Error(d.Pos, d.Message);
    }
}
