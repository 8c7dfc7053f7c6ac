namespace Minigo.Runtime;

/// <summary>The kinds of Go types, in reflect.Kind order.</summary>
public enum Kind : byte
{
    Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice,
    String, Struct, UnsafePointer,
}

/// <summary>How the elements of an array or slice are stored (see Values/README.md).</summary>
public enum Storage : byte
{
    /// <summary>Slot[]: references, strings, aggregates, complex numbers.</summary>
    Slot,
    /// <summary>long[]: ints wider than a byte, floats (as bits).</summary>
    Word,
    /// <summary>byte[]: bool, int8, uint8.</summary>
    Byte,
}

public static class KindExtensions
{
    public static bool IsInteger(this Kind k) => k is >= Kind.Int and <= Kind.Uintptr;
    public static bool IsUnsigned(this Kind k) => k is >= Kind.Uint and <= Kind.Uintptr;
    public static bool IsFloat(this Kind k) => k is Kind.Float32 or Kind.Float64;
    public static bool IsComplex(this Kind k) => k is Kind.Complex64 or Kind.Complex128;
    /// <summary>Kinds whose whole value lives in Slot.N.</summary>
    public static bool IsScalar(this Kind k) => k is >= Kind.Bool and <= Kind.Float64;

    public static Storage StorageOf(this Kind k) => k switch
    {
        Kind.Bool or Kind.Int8 or Kind.Uint8 => Storage.Byte,
        _ when k.IsScalar() => Storage.Word,
        _ => Storage.Slot,
    };

    /// <summary>Bit width of an integer kind (int, uint and uintptr are 64-bit).</summary>
    public static int Bits(this Kind k) => k switch
    {
        Kind.Int8 or Kind.Uint8 => 8,
        Kind.Int16 or Kind.Uint16 => 16,
        Kind.Int32 or Kind.Uint32 or Kind.Float32 => 32,
        _ => 64,
    };

    /// <summary>Wraps an integer to the width and signedness of kind k.</summary>
    public static long Wrap(this Kind k, long v) => k switch
    {
        Kind.Int8 => (sbyte)v,
        Kind.Int16 => (short)v,
        Kind.Int32 => (int)v,
        Kind.Uint8 or Kind.Bool => (byte)v,
        Kind.Uint16 => (ushort)v,
        Kind.Uint32 => (uint)v,
        _ => v,
    };
}
