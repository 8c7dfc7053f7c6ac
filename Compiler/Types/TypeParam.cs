namespace Minigo.Compiler.Types;

/// <summary>A type parameter; its Constraint is an interface type (possibly Named or implicit).</summary>
public sealed class TypeParam : Type
{
    public TypeName Obj { get; }
    public int Index { get; internal set; }
    public Type Constraint { get; internal set; }

    public TypeParam(TypeName obj, int index, Type constraint)
    {
        Obj = obj;
        Index = index;
        Constraint = constraint;
        if (obj.RawType == null) obj.Type = this;
    }

    /// <summary>The constraint's interface.</summary>
    public Interface Iface => Constraint.Underlying as Interface ?? Universe.EmptyInterface;

    public override Type Underlying => Iface;
}
