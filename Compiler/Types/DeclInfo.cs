using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>The declaration of a package-level object (go/types' declInfo), with the objects its initializer or body depends on.</summary>
internal sealed class DeclInfo
{
    public required Scope File;
    /// <summary>All variables of an n:1 variable declaration (`var a, b = f()`), or null.</summary>
    public List<Var>? Lhs;
    public Expr? VType;
    public Expr? Init;
    /// <summary>The init expression is inherited from a previous constant spec (implicit repetition).</summary>
    public bool Inherited;
    public TypeSpec? TDecl;
    public FuncDecl? FDecl;
    /// <summary>The package-level objects (vars, consts, funcs) the initializer refers to.</summary>
    public HashSet<Object> Deps { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Deps in first-reference order (for a deterministic init order).</summary>
    public List<Object> DepList { get; } = [];

    public bool HasInitializer => Init != null || FDecl?.Body != null;

    public void AddDep(Object obj)
    {
        if (Deps.Add(obj)) DepList.Add(obj);
    }
}
