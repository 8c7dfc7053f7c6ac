using System.Runtime.CompilerServices;

namespace Minigo.Runtime;

/// <summary>
/// One Go value of any type, as the VM stores it: a frame register, a struct field, an
/// element of a slice of references. Go is statically typed, so no tag is needed: the
/// compiler knows which half to read. Scalars (ints of every width, bools, floats as their
/// IEEE bits) live in <see cref="N"/>; everything else is a reference in <see cref="R"/>
/// (see README.md in this folder for the per-type layout).
/// </summary>
public struct Slot
{
    public long N;
    public object? R;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slot(long n) { N = n; R = null; }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slot(object? r) { N = 0; R = r; }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slot(long n, object? r) { N = n; R = r; }

    public static Slot FromFloat(double d) => new(BitConverter.DoubleToInt64Bits(d));
    public static Slot FromBool(bool b) => new(b ? 1 : 0);
    public static Slot FromString(string s) => new(s);

    public readonly double F => BitConverter.Int64BitsToDouble(N);
    public readonly bool B => N != 0;
    /// <summary>A Go string: a .NET string whose chars are bytes (0..255). Null reads as "".</summary>
    public readonly string S => Unsafe.As<string>(R) ?? "";

    public override readonly string ToString() => R is null ? N.ToString() : $"{N}/{R}";
}
