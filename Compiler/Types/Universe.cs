using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>The predeclared identifiers: types, constants, nil and the builtin functions.</summary>
public static class Universe
{
    public static readonly Scope Scope = new(null, Pos.None, Pos.None, "universe");

    private static readonly Basic[] typ =
    [
        new(BasicKind.Invalid, BasicInfo.None, "invalid type"),
        new(BasicKind.Bool, BasicInfo.IsBoolean, "bool"),
        new(BasicKind.Int, BasicInfo.IsInteger, "int"),
        new(BasicKind.Int8, BasicInfo.IsInteger, "int8"),
        new(BasicKind.Int16, BasicInfo.IsInteger, "int16"),
        new(BasicKind.Int32, BasicInfo.IsInteger, "int32"),
        new(BasicKind.Int64, BasicInfo.IsInteger, "int64"),
        new(BasicKind.Uint, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint"),
        new(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint8"),
        new(BasicKind.Uint16, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint16"),
        new(BasicKind.Uint32, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint32"),
        new(BasicKind.Uint64, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint64"),
        new(BasicKind.Uintptr, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uintptr"),
        new(BasicKind.Float32, BasicInfo.IsFloat, "float32"),
        new(BasicKind.Float64, BasicInfo.IsFloat, "float64"),
        new(BasicKind.Complex64, BasicInfo.IsComplex, "complex64"),
        new(BasicKind.Complex128, BasicInfo.IsComplex, "complex128"),
        new(BasicKind.String, BasicInfo.IsString, "string"),
        new(BasicKind.UnsafePointer, BasicInfo.None, "Pointer"),
        new(BasicKind.UntypedBool, BasicInfo.IsBoolean | BasicInfo.IsUntyped, "untyped bool"),
        new(BasicKind.UntypedInt, BasicInfo.IsInteger | BasicInfo.IsUntyped, "untyped int"),
        new(BasicKind.UntypedRune, BasicInfo.IsInteger | BasicInfo.IsUntyped, "untyped rune"),
        new(BasicKind.UntypedFloat, BasicInfo.IsFloat | BasicInfo.IsUntyped, "untyped float"),
        new(BasicKind.UntypedComplex, BasicInfo.IsComplex | BasicInfo.IsUntyped, "untyped complex"),
        new(BasicKind.UntypedString, BasicInfo.IsString | BasicInfo.IsUntyped, "untyped string"),
        new(BasicKind.UntypedNil, BasicInfo.None | BasicInfo.IsUntyped, "untyped nil"),
    ];

    /// <summary>The Basic type of a kind (byte and rune are separate: see Byte, Rune).</summary>
    public static Basic Typ(BasicKind k) => typ[(int)k];

    public static Basic Invalid => typ[0];
    public static readonly Basic Byte = new(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "byte");
    public static readonly Basic Rune = new(BasicKind.Int32, BasicInfo.IsInteger, "rune");

    public static Basic Bool => typ[(int)BasicKind.Bool];
    public static Basic Int => typ[(int)BasicKind.Int];
    public static Basic String => typ[(int)BasicKind.String];
    public static Basic Float64 => typ[(int)BasicKind.Float64];
    public static Basic UntypedNil => typ[(int)BasicKind.UntypedNil];

    /// <summary>A fresh `interface{}` value used where an empty interface is needed internally.</summary>
    public static readonly Interface EmptyInterface = new();
    /// <summary>The type of `any`: printed as "any".</summary>
    public static readonly Interface Any = new();
    /// <summary>The predeclared `error` type.</summary>
    public static readonly Named Error;
    /// <summary>The predeclared `comparable` constraint.</summary>
    public static readonly Named Comparable;

    public static readonly Const True, False, Iota;
    public static readonly Nil Nil = new();
    private static readonly Dictionary<BuiltinId, Builtin> builtins = [];

    public static Builtin BuiltinObj(BuiltinId id) => builtins[id];

    static Universe()
    {
        for (int k = (int)BasicKind.Bool; k <= (int)BasicKind.String; k++)
            Def(new TypeName(typ[k].Name, typ[k], Pos.None, null));
        Def(new TypeName("byte", Byte, Pos.None, null) { aliasDecl = true });
        Def(new TypeName("rune", Rune, Pos.None, null) { aliasDecl = true });
        Def(new TypeName("any", Any, Pos.None, null) { aliasDecl = true });

        // type error interface{ Error() string }
        var errObj = new TypeName("error", null, Pos.None, null);
        Error = new Named(errObj, null);
        var errSig = new Signature(new Var("", Error, Pos.None, null), [],
            Tuple.Empty, new Tuple([new Var("", String, Pos.None, null)]), false);
        var errMethod = new Func("Error", errSig, Pos.None, null) { IsInterfaceMethod = true };
        var errIface = new Interface([errMethod], []);
        Error.SetUnderlying(errIface);
        Def(errObj);

        // type comparable interface{ /* comparable */ }
        var cmpObj = new TypeName("comparable", null, Pos.None, null);
        Comparable = new Named(cmpObj, null);
        var cmpIface = new Interface();
        cmpIface.typeSet = new TypeSet([], TermList.All, comparable: true);
        Comparable.SetUnderlying(cmpIface);
        Def(cmpObj);

        True = new Const("true", Typ(BasicKind.UntypedBool), Pos.None, null, ConstValue.True);
        False = new Const("false", Typ(BasicKind.UntypedBool), Pos.None, null, ConstValue.False);
        Iota = new Const("iota", Typ(BasicKind.UntypedInt), Pos.None, null, ConstValue.MakeInt64(0));
        Def(True);
        Def(False);
        Def(Iota);
        Def(Nil);

        foreach (var id in Enum.GetValues<BuiltinId>())
        {
            var b = new Builtin(id, id.ToString().ToLowerInvariant());
            builtins[id] = b;
            Def(b);
        }
    }

    private static void Def(Object obj) => Scope.Insert(obj);

    public static Object? Lookup(string name) => Scope.Lookup(name);
}
