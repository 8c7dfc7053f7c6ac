namespace Minigo.Compiler.Types;

public enum SelectionKind
{
    /// <summary>x.f is a struct field selector.</summary>
    FieldVal,
    /// <summary>x.m is a method value (bound receiver).</summary>
    MethodVal,
    /// <summary>T.m is a method expression (receiver becomes the first parameter).</summary>
    MethodExpr,
}

/// <summary>
/// A resolved selector x.f, as go/types' Selection. Index is the path through embedded
/// fields: every element but the last is an embedded field index; the last is the field
/// index (FieldVal) or the method's index in the declaring type's method list (for a named
/// type: Named.Methods; for an interface: Interface.AllMethods). Indirect is true if a
/// pointer was dereferenced on the way (other than the receiver of a pointer method).
/// </summary>
public sealed class Selection(SelectionKind kind, Type recv, Object obj, int[] index, bool indirect)
{
    public SelectionKind Kind { get; } = kind;
    /// <summary>The type of x.</summary>
    public Type Recv { get; } = recv;
    /// <summary>The field (Var) or method (Func).</summary>
    public Object Obj { get; } = obj;
    public int[] Index { get; } = index;
    public bool Indirect { get; } = indirect;

    /// <summary>The type of x.f: the field type, the method value's signature without receiver, or for a method expression the signature with the receiver as first parameter.</summary>
    public Type Type
    {
        get
        {
            if (Kind == SelectionKind.MethodExpr && Obj.Type is Signature sig)
            {
                var arg0 = new Var(sig.Recv?.Name ?? "", Recv, sig.Recv?.Pos ?? Syntax.Pos.None, sig.Recv?.Pkg) { IsParam = true };
                var ps = new List<Var> { arg0 };
                ps.AddRange(sig.Params.Vars);
                return new Signature(null, [], new Tuple(ps), sig.Results, sig.Variadic);
            }
            if (Kind == SelectionKind.MethodVal && Obj.Type is Signature s2)
                return new Signature(null, [], s2.Params, s2.Results, s2.Variadic);
            return Obj.Type;
        }
    }

    public override string ToString() => $"{Kind} ({Recv}) {Obj.Name} [{string.Join(",", Index)}]{(Indirect ? " indirect" : "")}";
}
