using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>
/// An interface type: explicitly declared methods, embedded elements (interfaces, or for
/// constraints: types and unions), and the computed type set (all methods, sorted by name,
/// and the type terms). An implicit interface wraps a constraint written without
/// `interface{}`, as in `[T ~int | ~string]`.
/// </summary>
public sealed class Interface : Type
{
    public List<Func> Methods { get; } = [];
    public List<Type> Embeddeds { get; } = [];
    /// <summary>Positions of the embedded elements (for errors), parallel to Embeddeds.</summary>
    internal List<Pos> EmbedPos { get; } = [];
    public bool Implicit { get; internal set; }
    /// <summary>Set once the checker has collected methods and embeddeds; the type set is computed only after that.</summary>
    internal bool Complete { get; set; } = true;

    internal TypeSet? typeSet;

    public Interface() { }

    public Interface(List<Func> methods, List<Type> embeddeds)
    {
        Methods.AddRange(methods);
        Embeddeds.AddRange(embeddeds);
        Methods.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
    }

    /// <summary>The computed type set (computed on first use without reporting errors, if the checker has not done it).</summary>
    public TypeSet TypeSet => typeSet ?? TypeSets.Compute(null, Pos.None, this);

    /// <summary>The complete method set, sorted by name, including methods of embedded interfaces.</summary>
    public List<Func> AllMethods => TypeSet.Methods;
    /// <summary>True if this is (or embeds) `comparable`.</summary>
    public bool IsComparableConstraint => TypeSet.IsComparable(null);
    /// <summary>True if the type set is described by methods only (an ordinary interface, usable as a value type).</summary>
    public bool IsMethodSet => TypeSet.IsMethodSet;
    /// <summary>True for an interface without methods and type restrictions (`interface{}`): every type implements it.</summary>
    public bool IsEmpty => TypeSet.IsAll;
}
