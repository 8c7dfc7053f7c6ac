namespace Minigo.Compiler.Types;

/// <summary>
/// A defined (named) type. For a generic type, TypeParams is set and TypeArgs empty. An
/// instance `List[int]` is a Named with Origin = the generic `List`, TypeArgs = [int], its
/// underlying type and methods obtained by substitution (lazily).
/// </summary>
public sealed class Named : Type
{
    public TypeName Obj { get; }
    private Type? underlying;
    private readonly List<Func> methods = [];
    private bool methodsExpanded;
    /// <summary>Bumped whenever a method is added or removed (a REPL session adds methods to earlier generic types): instances expand their methods again.</summary>
    private int methodsVersion;
    private int expandedVersion;
    public List<TypeParam> TypeParams { get; internal set; } = [];
    public List<Type> TypeArgs { get; } = [];
    private readonly Named? origin;
    /// <summary>Type-argument substitution map for instances.</summary>
    internal Substitution? Subst { get; }

    public Named(TypeName obj, Type? underlying, List<Func>? methods = null)
    {
        Obj = obj;
        this.underlying = underlying;
        if (methods != null) this.methods.AddRange(methods);
        methodsExpanded = true;
        if (obj.RawType == null) obj.Type = this;
    }

    /// <summary>An instance of a generic type.</summary>
    internal Named(Named origin, List<Type> typeArgs)
    {
        this.origin = origin;
        Obj = origin.Obj;
        TypeArgs.AddRange(typeArgs);
        Subst = new Substitution(origin.TypeParams, typeArgs);
    }

    /// <summary>The generic type this is an instance of, or this type itself.</summary>
    public Named Origin => origin ?? this;
    public bool IsInstance => origin != null;
    public bool IsGeneric => origin == null && TypeParams.Count > 0;

    public override Type Underlying
    {
        get
        {
            if (underlying == null && origin != null)
            {
                var ou = origin.underlying;
                if (ou == null) return Universe.Invalid;
                // While the generic type's declaration is being checked its underlying type is
                // still being filled in: substitute, but do not cache the incomplete result.
                if (!origin.Declared) return Subst!.Apply(ou);
                // Guard against re-entrancy through recursive instances (type T[P any] struct{ next *T[P] }).
                underlying = Universe.Invalid;
                underlying = Subst!.Apply(ou);
            }
            return underlying ?? Universe.Invalid;
        }
    }

    internal Type? RawUnderlying => underlying;
    /// <summary>False while the checker is still resolving the declaration's right-hand side.</summary>
    internal bool Declared { get; set; } = true;
    /// <summary>The type expression's type as written on the right of the declaration (for recursive type validation).</summary>
    internal Type? FromRHS { get; set; }
    internal void SetUnderlying(Type t) => underlying = t;

    /// <summary>The methods declared with this type as receiver (for an instance: instantiated copies, whose Origin is the generic method).</summary>
    public List<Func> Methods
    {
        get
        {
            if (origin != null && (!methodsExpanded || expandedVersion != origin.methodsVersion))
            {
                methodsExpanded = true;
                expandedVersion = origin.methodsVersion;
                methods.Clear();
                foreach (var m in origin.Methods) methods.Add(Instantiation.InstantiateMethod(this, m));
            }
            return methods;
        }
    }

    internal void AddMethod(Func m)
    {
        methods.Add(m);
        methodsVersion++;
    }

    /// <summary>A REPL session replacing a method: the old declaration leaves the method set.</summary>
    internal bool RemoveMethod(Func m)
    {
        methodsVersion++;
        return methods.Remove(m);
    }
}
