namespace Minigo.Compiler.Types;

public enum BasicKind
{
    Invalid,
    Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, Complex64, Complex128, String, UnsafePointer,
    UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}

/// <summary>Properties of a basic type, as go/types' BasicInfo.</summary>
[Flags]
public enum BasicInfo
{
    None = 0,
    IsBoolean = 1, IsInteger = 2, IsUnsigned = 4, IsFloat = 8, IsComplex = 16, IsString = 32, IsUntyped = 64,
    IsOrdered = IsInteger | IsFloat | IsString,
    IsNumeric = IsInteger | IsFloat | IsComplex,
    IsConstType = IsBoolean | IsNumeric | IsString,
}

/// <summary>A predeclared type. byte and rune are distinct Basic objects (so messages say `byte`) with the kinds Uint8 and Int32.</summary>
public sealed class Basic(BasicKind kind, BasicInfo info, string name) : Type
{
    public BasicKind Kind { get; } = kind;
    public BasicInfo Info { get; } = info;
    public string Name { get; } = name;

    public bool IsUntyped => (Info & BasicInfo.IsUntyped) != 0;
    public bool IsInteger => (Info & BasicInfo.IsInteger) != 0;
    public bool IsUnsigned => (Info & BasicInfo.IsUnsigned) != 0;
    public bool IsFloat => (Info & BasicInfo.IsFloat) != 0;
    public bool IsComplex => (Info & BasicInfo.IsComplex) != 0;
    public bool IsNumeric => (Info & BasicInfo.IsNumeric) != 0;
    public bool IsString => (Info & BasicInfo.IsString) != 0;
    public bool IsBoolean => (Info & BasicInfo.IsBoolean) != 0;
    public bool IsOrdered => (Info & BasicInfo.IsOrdered) != 0;
    public bool IsConstType => (Info & BasicInfo.IsConstType) != 0;
}
