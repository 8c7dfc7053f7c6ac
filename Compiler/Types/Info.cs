using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>A use of a generic function or type, instantiated: `f[int]`, or `f(1)` with inferred type arguments.</summary>
public sealed record Instance(List<Type> TypeArgs, Type Type);

/// <summary>A package-level variable initialization `lhs... = rhs`, in execution order.</summary>
public sealed record Initializer(List<Var> Lhs, Expr Rhs);

/// <summary>
/// The checker's results, as go/types' Info, plus what the code generator needs for escape
/// analysis. All maps are keyed by AST node identity.
/// </summary>
public sealed class Info
{
    /// <summary>
    /// Every expression, including type expressions and the Fun of calls. For untyped
    /// constants the recorded type is the final one after implicit conversion (`1` in
    /// `var x float64 = 1` is float64; in `var x any = 1` it is int, the default type — the
    /// conversion to the interface is the assignment's). Identifiers that are defined
    /// (Defs) are not recorded here; their object's type is. For a builtin's Fun the Type
    /// is the signature of that call; Mode is Builtin.
    /// </summary>
    public Dictionary<Expr, TypeAndValue> Types { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Identifiers that declare an object (the package name ident and `_` of blank declarations map to null values are omitted; method names map to their Func; struct field names to their Var).</summary>
    public Dictionary<Ident, Object> Defs { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Identifiers that refer to an object (including selector Sel identifiers of package members, fields and methods).</summary>
    public Dictionary<Ident, Object> Uses { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Objects declared without an identifier of their own: for a type switch with a binding
    /// `switch v := x.(type)`, each CaseClause maps to the clause's Var (typed as the case
    /// type for single-type clauses, else the type of x); an ImportSpec maps to its PkgName
    /// when it has no explicit name.
    /// </summary>
    public Dictionary<Node, Object> Implicits { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Selector expressions that are field or method selections (not package-qualified identifiers).</summary>
    public Dictionary<SelectorExpr, Selection> Selections { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Identifiers denoting a generic function or type that is instantiated at that use (the Ident is the function/type name, also for `pkg.F` it is F).</summary>
    public Dictionary<Ident, Instance> Instances { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Package-level variable initializers in Go's dependency order. Variables without initializer are not listed.</summary>
    public List<Initializer> InitOrder { get; } = [];

    /// <summary>
    /// Scopes of nodes: the FuncTypeExpr of a FuncDecl/FuncLit
    /// (function scope, holding parameters and results), BlockStmt, IfStmt, ForStmt,
    /// RangeStmt, SwitchStmt, TypeSwitchStmt (implicit statement scopes), CaseClause and
    /// CommClause.
    /// </summary>
    public Dictionary<Node, Scope> Scopes { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The file scope of each source file (holding its imports).</summary>
    public Dictionary<SourceFile, Scope> FileScopes { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>For each FuncLit: the variables of enclosing functions it references (directly or through nested literals), in first-use order.</summary>
    public Dictionary<Node, List<Var>> Captures { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Local variables (and parameters) whose address is taken: `&amp;x`, `&amp;x.f`, `&amp;a[i]` on arrays, `x.M()` with a pointer-receiver method on addressable x, slicing an array `a[:]`.</summary>
    public HashSet<Var> AddressTaken { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The declared functions and methods of the package (including init functions, in source order; method receivers resolved).</summary>
    public List<Func> Funcs { get; } = [];

    /// <summary>For each FuncLit: its signature (also available as Types[funcLit].Type).</summary>
    public Dictionary<FuncLit, Signature> FuncLits { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each RangeStmt over an integer, string, array, pointer to array, slice, map or channel: the core type of the range expression (after implicit conversion of an untyped int constant).</summary>
    public Dictionary<RangeStmt, Type> RangeTypes { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The statement each branch jumps to: break → ForStmt, RangeStmt, SwitchStmt,
    /// TypeSwitchStmt or SelectStmt; continue → ForStmt or RangeStmt; goto → LabeledStmt.
    /// (fallthrough has no entry.)
    /// </summary>
    public Dictionary<BranchStmt, Stmt> BranchTargets { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>`init` functions, in declaration order (they are not in the package scope).</summary>
    public List<Func> InitFuncs { get; } = [];

    /// <summary>The recorded type of e, or null.</summary>
    public Type? TypeOf(Expr e)
    {
        if (Types.TryGetValue(e, out var tv)) return tv.Type;
        if (e is Ident id && ObjectOf(id) is { } obj) return obj.Type;
        return null;
    }

    /// <summary>The object an identifier defines or uses, or null.</summary>
    public Object? ObjectOf(Ident id) => Defs.TryGetValue(id, out var d) ? d : Uses.GetValueOrDefault(id);

    /// <summary>
    /// Adds another check's results of the same package (a REPL session's next input): code
    /// generated later for an earlier input (a generic instantiation, a method wrapper) finds
    /// its nodes here. Keys are distinct nodes, so nothing is overwritten.
    /// </summary>
    public void MergeFrom(Info other)
    {
        static void Add<TK, TV>(Dictionary<TK, TV> into, Dictionary<TK, TV> from) where TK : notnull
        {
            foreach (var (k, v) in from) into[k] = v;
        }
        Add(Types, other.Types);
        Add(Defs, other.Defs);
        Add(Uses, other.Uses);
        Add(Implicits, other.Implicits);
        Add(Selections, other.Selections);
        Add(Instances, other.Instances);
        Add(Scopes, other.Scopes);
        Add(FileScopes, other.FileScopes);
        Add(Captures, other.Captures);
        Add(FuncLits, other.FuncLits);
        Add(RangeTypes, other.RangeTypes);
        Add(BranchTargets, other.BranchTargets);
        AddressTaken.UnionWith(other.AddressTaken);
        Funcs.AddRange(other.Funcs);
    }
}
