using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Entry point:
//
//     var pkg = new Package("main");                       // scope: child of Universe.Scope
//     Info info = Checker.Check(pkg, files, importer, diags);
//
// Check declares every package-level object, checks all declarations and function bodies,
// computes the package initialization order and reports errors to diags with go build's
// wording and positions. It never throws on bad input. The package's Name is taken from
// the files' package clause when empty. Info (also stored in pkg.Info) holds everything the
// code generator needs; see Info.cs. Imported packages come from the importer, which
// checks them with this same entry point.
//
// The checker is a port of go/types (cmd/compile/internal/types2 for message wording): the
// file layout mirrors it (Checker.Resolver = resolver.go, Checker.Decls = decl.go, ...).

/// <summary>The type checker for one package.</summary>
public sealed partial class Checker
{
    private readonly Package pkg;
    private readonly Info info;
    private readonly IImporter importer;
    private readonly DiagnosticBag diags;
    private readonly IReadOnlyList<SourceFile> files;
    private bool hasErrors;
    /// <summary>The package already holds declarations checked earlier (a REPL session): see Check.</summary>
    private readonly bool incremental;

    // package-level objects and their declarations
    private readonly Dictionary<Object, DeclInfo> objMap = new(ReferenceEqualityComparer.Instance);
    private readonly List<Object> objList = [];
    // objects on the current type-checking path (for cycle detection)
    private readonly List<Object> objPath = [];
    // expressions whose untyped type is not final yet
    private readonly Dictionary<Expr, UntypedInfo> untyped = new(ReferenceEqualityComparer.Instance);
    private readonly List<Action> delayed = [];
    private readonly Dictionary<string, Package> impMap = [];
    private readonly List<(PkgName obj, ImportSpec spec)> imports = [];
    // methods declared with a receiver base type name, collected before checking types
    private readonly Dictionary<TypeName, List<Func>> methods = new(ReferenceEqualityComparer.Instance);

    private Env env = new();

    private Checker(Package pkg, IReadOnlyList<SourceFile> files, IImporter importer, DiagnosticBag diags, bool incremental)
    {
        this.pkg = pkg;
        this.incremental = incremental;
        this.files = files;
        this.importer = importer;
        this.diags = diags;
        info = new Info();
        pkg.Info = info;
    }

    /// <summary>
    /// Checks a package's files; see the comment at the top of this file. incremental: the
    /// package's scope already holds objects checked earlier (a REPL session adds one input at a
    /// time): the files may declare methods on those earlier types, and an unused import is no
    /// error (the session keeps it for later inputs).
    /// </summary>
    public static Info Check(Package pkg, IReadOnlyList<SourceFile> files, IImporter importer, DiagnosticBag diags, bool incremental = false)
    {
        var check = new Checker(pkg, files, importer, diags, incremental);
        try
        {
            check.CheckFiles();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An internal failure must not crash the host; report it as Go would an internal compiler error.
            var pos = files.Count > 0 ? files[0].Pos : Pos.None;
            diags.Error(pos, $"minigo: internal error in type checker: {ex.GetType().Name}: {ex.Message}");
        }
        pkg.Complete = true;
        return check.info;
    }

    private void CheckFiles()
    {
        InitFiles();
        CollectObjects();
        PackageObjects();
        ProcessDelayed(0);
        InitOrder();
        UnusedImports();
        RecordUntyped();
        if (!hasErrors) Monomorph();
    }

    private void InitFiles()
    {
        foreach (var f in files)
        {
            if (pkg.Name == "") pkg.Name = f.PackageName.Name;
            else if (f.PackageName.Name != pkg.Name)
                ErrorAt(f.PackageName.Pos, $"package {f.PackageName.Name}; expected package {pkg.Name}");
        }
    }

    /// <summary>Queues an action to run after the package-level declarations (function bodies, validity checks).</summary>
    internal void Later(Action f) => delayed.Add(f);

    private void ProcessDelayed(int top)
    {
        for (int i = top; i < delayed.Count; i++) delayed[i]();
        delayed.RemoveRange(top, delayed.Count - top);
    }

    // ---------------- environment ----------------

    /// <summary>The context of the code being checked (go/types' environment).</summary>
    private sealed class Env
    {
        public DeclInfo? Decl;
        public Scope? Scope;
        public ConstValue? Iota;
        public Pos ErrPos = Pos.None;
        public bool InTParamList;
        public Signature? Sig;
        public HashSet<CallExpr>? IsPanic;
        public bool HasLabel;
        public bool HasCallOrRecv;

        public Env Copy() => (Env)MemberwiseClone();
    }

    private Object? LookupName(string name) => env.Scope?.LookupParent(name, Pos.None).obj;

    // ---------------- recording ----------------

    private sealed record UntypedInfo(bool IsLhs, OperandMode Mode, Basic Type, ConstValue? Val);

    private void Record(Operand x)
    {
        Type typ;
        ConstValue? val = null;
        switch (x.Mode)
        {
            case OperandMode.Invalid: typ = Universe.Invalid; break;
            case OperandMode.NoValue: typ = Tuple.Empty; break;
            case OperandMode.Constant: typ = x.Type; val = x.Val; break;
            default: typ = x.Type; break;
        }
        if (x.Expr == null) return;
        if (Predicates.IsUntyped(typ))
            RememberUntyped(x.Expr, false, x.Mode, (Basic)typ, val);
        else
            RecordTypeAndValue(x.Expr, x.Mode, typ, val);
    }

    private void RememberUntyped(Expr e, bool lhs, OperandMode mode, Basic typ, ConstValue? val) =>
        untyped[e] = new UntypedInfo(lhs, mode, typ, val);

    private void RecordUntyped()
    {
        foreach (var (x, u) in untyped) RecordTypeAndValue(x, u.Mode, u.Type, u.Val);
    }

    private static Mode PublicMode(OperandMode m) => m switch
    {
        OperandMode.Invalid => Mode.Invalid,
        OperandMode.NoValue => Mode.NoValue,
        OperandMode.Builtin => Mode.Builtin,
        OperandMode.TypeExpr => Mode.TypeExpr,
        OperandMode.Constant => Mode.Constant,
        OperandMode.Variable => Mode.Variable,
        OperandMode.MapIndex => Mode.MapIndex,
        OperandMode.CommaOk or OperandMode.CommaErr => Mode.CommaOk,
        _ => Mode.Value,
    };

    private void RecordTypeAndValue(Expr x, OperandMode mode, Type typ, ConstValue? val)
    {
        if (mode == OperandMode.Invalid) return;
        info.Types[x] = new TypeAndValue(PublicMode(mode), typ, mode == OperandMode.Constant ? val : null) { IsNil = mode == OperandMode.NilValue };
    }

    private void RecordBuiltinType(Expr f, Signature sig)
    {
        while (true)
        {
            RecordTypeAndValue(f, OperandMode.Builtin, sig, null);
            if (f is ParenExpr p) f = p.X;
            else return;
        }
    }

    /// <summary>Records the two-value type (T, bool) of a comma-ok expression used in a two-value context.</summary>
    private void RecordCommaOkTypes(Expr x, Type t0, Type t1)
    {
        if (!Predicates.IsValid(t0) || !Predicates.IsValid(t1)) return;
        while (true)
        {
            if (!info.Types.TryGetValue(x, out var tv)) return;
            var tup = new Tuple([new Var("", t0, x.Pos, pkg), new Var("", t1, x.Pos, pkg)]);
            info.Types[x] = tv with { Type = tup };
            if (x is ParenExpr p) x = p.X;
            else return;
        }
    }

    private void RecordInstance(Expr expr, List<Type> targs, Type typ)
    {
        Ident? id = expr switch
        {
            IndexExpr ix => ix.X switch { Ident i => i, SelectorExpr s => s.Sel, _ => null },
            SelectorExpr s => s.Sel,
            Ident i => i,
            _ => null,
        };
        if (id != null) info.Instances[id] = new Instance(targs, typ);
    }

    private void RecordDef(Ident id, Object? obj)
    {
        if (obj != null) info.Defs[id] = obj;
    }

    private void RecordUse(Ident id, Object obj) => info.Uses[id] = obj;

    private void RecordImplicit(Node node, Object obj) => info.Implicits[node] = obj;

    private void RecordSelection(SelectorExpr x, SelectionKind kind, Type recv, Object obj, int[] index, bool indirect)
    {
        RecordUse(x.Sel, obj);
        info.Selections[x] = new Selection(kind, recv, obj, index, indirect);
    }

    private void RecordScope(Node node, Scope scope) => info.Scopes[node] = scope;
}
