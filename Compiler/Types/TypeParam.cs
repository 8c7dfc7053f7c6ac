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

    private Interface? implicitIface;
    private Type? implicitFor;

    /// <summary>The constraint's interface; a non-interface constraint `[T int]` stands for the implicit interface{ int }.</summary>
    public Interface Iface
    {
        get
        {
            var u = Constraint.Underlying;
            if (u is Interface it) return it;
            if (u == Universe.Invalid) return Universe.EmptyInterface;
            if (!ReferenceEquals(implicitFor, Constraint))
            {
                implicitIface = new Interface([], [Constraint]) { Implicit = true };
                implicitFor = Constraint;
            }
            return implicitIface!;
        }
    }

    public override Type Underlying => Iface;
}
