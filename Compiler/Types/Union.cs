namespace Minigo.Compiler.Types;

/// <summary>A union of terms in a constraint (`~int | string`); only appears embedded in interfaces.</summary>
public sealed class Union(List<Term> terms) : Type
{
    public List<Term> Terms { get; } = terms;
}

/// <summary>A type term: `T` or `~T`. Type null stands for the set of all types.</summary>
public sealed record Term(bool Tilde, Type? Type)
{
    public override string ToString() => Type == null ? "𝓤" : (Tilde ? "~" : "") + TypeString.Of(Type, TypeString.ByPackageName);
}
