namespace Minigo.StdLib.Support;

/// <summary>Float constants whose exact bits Go programs can observe.</summary>
public static class Floats
{
    /// <summary>math.NaN(): Go's quiet NaN, bits 0x7FF8000000000001 (not .NET's double.NaN).</summary>
    public static readonly double GoNaN = BitConverter.UInt64BitsToDouble(0x7FF8000000000001);
}
