using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>A named language entity: constant, type, variable, function, package name, builtin, label or nil.</summary>
public abstract class Object(string name, Type? type, Pos pos, Package? pkg)
{
    public string Name { get; } = name;
    private Type? type = type;
    /// <summary>The object's type (Invalid if erroneous). Package-level objects are checked on first access if necessary.</summary>
    public Type Type
    {
        get
        {
            if (type == null && Resolver != null)
            {
                var r = Resolver;
                Resolver = null;
                r(this);
            }
            return type ?? Universe.Invalid;
        }
        internal set => type = value;
    }
    /// <summary>The type as set so far, without triggering resolution.</summary>
    internal Type? RawType => type;
    /// <summary>Set by the checker for package-level objects: declares the object on demand.</summary>
    internal Action<Object>? Resolver { get; set; }
    public Pos Pos { get; } = pos;
    /// <summary>The declaring package; null for universe objects.</summary>
    public Package? Pkg { get; } = pkg;
    /// <summary>The scope the object was declared in (null for fields, methods and parameters before insertion).</summary>
    public Scope? Parent { get; internal set; }
    public bool Exported => Name.Length > 0 && char.IsUpper(Name[0]);

    // Checker bookkeeping: declaration order (for init order tie-breaks) and the color of the
    // object-path cycle detection (white=0, grey=stack index+1..., black), as in go/types.
    internal uint Order { get; set; }
    internal ObjColor Color { get; set; }

    /// <summary>The name, qualified by package path if unexported (go/types' Id): unique across packages.</summary>
    public string UniqueName => Exported || Pkg == null ? Name : Pkg.Path + "." + Name;

    public bool SameId(Package? pkg, string name)
    {
        if (name != Name) return false;
        if (Exported) return true;
        return (Pkg?.Path ?? "") == (pkg?.Path ?? "");
    }

    public override string ToString() => ObjectString.Of(this, TypeString.ByPackageName);
}

internal readonly record struct ObjColor(uint Value)
{
    public static readonly ObjColor White = new(0), Black = new(1);
    public static ObjColor Grey(int stackIndex) => new((uint)stackIndex + 2);
    public bool IsGrey => Value >= 2;
    public int StackIndex => (int)Value - 2;
}

/// <summary>A variable, parameter, result or struct field.</summary>
public sealed class Var(string name, Type? type, Pos pos, Package? pkg) : Object(name, type, pos, pkg)
{
    public bool IsField { get; internal set; }
    /// <summary>For a field: it is an embedded field.</summary>
    public bool Embedded { get; internal set; }
    public bool IsParam { get; internal set; }
    /// <summary>For a field: its index in the struct.</summary>
    public int FieldIndex { get; internal set; }
    /// <summary>For a field or parameter of an instantiated type or function: the generic original.</summary>
    public Var Origin { get => origin ?? this; internal set => origin = value; }
    private Var? origin;
    /// <summary>Package-level variable.</summary>
    public bool IsGlobal => Parent != null && Parent.IsPackage;
    internal bool Used { get; set; }

    internal static Var Field(Package? pkg, Pos pos, string name, Type type, bool embedded, int index) =>
        new(name, type, pos, pkg) { IsField = true, Embedded = embedded, FieldIndex = index };
    internal static Var Param(Package? pkg, Pos pos, string name, Type type) => new(name, type, pos, pkg) { IsParam = true };
}

public sealed class Const(string name, Type? type, Pos pos, Package? pkg, ConstValue? value) : Object(name, type, pos, pkg)
{
    public ConstValue Value { get; internal set; } = value ?? ConstValue.Unknown;
}

public sealed class TypeName(string name, Type? type, Pos pos, Package? pkg) : Object(name, type, pos, pkg)
{
    /// <summary>Declared with `type A = B` (and the predeclared byte, rune, any).</summary>
    public bool IsAlias => aliasDecl;
    internal bool aliasDecl;
}

/// <summary>A function or method (declared or an interface method). For an instantiated method, Origin is the generic one.</summary>
public sealed class Func(string name, Signature? sig, Pos pos, Package? pkg) : Object(name, sig, pos, pkg)
{
    public Signature Signature => Type as Signature ?? new Signature(null, [], Tuple.Empty, Tuple.Empty, false);
    /// <summary>The declaration; null for interface methods and instantiated copies (see Origin.Decl).</summary>
    public FuncDecl? Decl { get; internal set; }
    public Func Origin { get => origin ?? this; internal set => origin = value; }
    private Func? origin;
    /// <summary>Set for methods that have a pointer receiver.</summary>
    public bool HasPtrRecv { get; internal set; }
    /// <summary>Set for a method declared in an interface.</summary>
    public bool IsInterfaceMethod { get; internal set; }

    /// <summary>"main.f", "main.T.M", "(*main.T).M", as go/types' FullName.</summary>
    public string FullName
    {
        get
        {
            var sig = Type as Signature;
            if (sig?.Recv is { } recv)
            {
                var rt = recv.Type;
                bool ptr = false;
                if (rt is Pointer p) { ptr = true; rt = p.Elem; }
                var rs = TypeString.Of(rt is Named n ? n.Origin : rt, TypeString.ByPackageName);
                if (rt is Named nn && nn.Origin.TypeParams.Count > 0 && rs.Contains('[')) rs = rs[..rs.IndexOf('[')];
                return ptr ? $"(*{rs}).{Name}" : $"{rs}.{Name}";
            }
            return Pkg != null ? $"{Pkg.Name}.{Name}" : Name;
        }
    }
}

public sealed class PkgName(string name, Pos pos, Package? pkg, Package imported) : Object(name, Universe.Invalid, pos, pkg)
{
    public Package Imported { get; } = imported;
    internal bool Used { get; set; }
}

public enum BuiltinId
{
    Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println, Real, Recover,
}

public sealed class Builtin(BuiltinId id, string name) : Object(name, Universe.Invalid, Pos.None, null)
{
    public BuiltinId Id { get; } = id;
}

public sealed class Nil() : Object("nil", Universe.Typ(BasicKind.UntypedNil), Pos.None, null);

public sealed class Label(string name, Pos pos, Package? pkg) : Object(name, Universe.Invalid, pos, pkg)
{
    internal bool Used { get; set; }
}
