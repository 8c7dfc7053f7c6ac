using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// A literal the decoder stores (a []byte in Go): usually a part of the input, which becomes
/// a Go slice sharing the input's array only if an Unmarshal method receives it.
/// </summary>
internal readonly struct ItemBytes(byte[] array, int offset, int length, int capacity)
{
    public ReadOnlySpan<byte> Span => array.AsSpan(offset, length);

    public Slice ToSlice() => new(array, offset, length, capacity);

    /// <summary>A fresh []byte holding a Go string's bytes.</summary>
    public static ItemBytes Of(string s)
    {
        var b = GoStrings.ToBytes(s);
        return new ItemBytes(b, 0, b.Length, b.Length);
    }
}
