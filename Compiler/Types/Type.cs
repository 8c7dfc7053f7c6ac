namespace Minigo.Compiler.Types;

// The type model follows go/types. Note for users outside this namespace: `Type`, `Array`,
// `Object` and `Tuple` collide with System types under ImplicitUsings; alias them, e.g.
// `using Type = Minigo.Compiler.Types.Type;`.

/// <summary>A Go type. Types are compared with <see cref="Predicates.Identical"/>, not by reference (except Named/TypeParam/Basic identity).</summary>
public abstract class Type
{
    /// <summary>The underlying type: itself for type literals and basic types; for a Named type the type it was declared with; for a TypeParam its constraint interface.</summary>
    public virtual Type Underlying => this;

    /// <summary>Go's type string with named types qualified by their package name (`main.T`, `[]int`, `func(int) string`), as go/types' TypeString with a package-name qualifier.</summary>
    public override string ToString() => TypeString.Of(this, TypeString.ByPackageName);
}
