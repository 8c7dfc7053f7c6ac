using Minigo.Runtime;

namespace Minigo.StdLib.Support;

/// <summary>Building and reading Go slices from natives (see Runtime/Values/README.md for their layout).</summary>
public static class GoSlices
{
    /// <summary>The bytes of a []byte (a nil slice is empty).</summary>
    public static Span<byte> Bytes(Slice? s) =>
        s == null ? Span<byte>.Empty : new Span<byte>((byte[])s.Array, s.Offset, s.Length);

    public static Slice FromBytes(ReadOnlySpan<byte> b)
    {
        var arr = b.ToArray();
        return new Slice(arr, 0, arr.Length, arr.Length);
    }

    /// <summary>A []byte holding a Go string's bytes.</summary>
    public static Slice FromString(string s)
    {
        var arr = GoStrings.ToBytes(s);
        return new Slice(arr, 0, arr.Length, arr.Length);
    }

    /// <summary>The Go string with a []byte's bytes.</summary>
    public static string ToGoString(Slice? s) =>
        s == null || s.Length == 0 ? "" : GoStrings.FromBytes((byte[])s.Array, s.Offset, s.Length);

    public static Slice Strings(IReadOnlyList<string> items)
    {
        var arr = new Slot[items.Count];
        for (int i = 0; i < arr.Length; i++) arr[i] = new Slot(items[i]);
        return new Slice(arr, 0, arr.Length, arr.Length);
    }

    public static Slice Ints(ReadOnlySpan<long> items)
    {
        var arr = items.ToArray();
        return new Slice(arr, 0, arr.Length, arr.Length);
    }

    /// <summary>Go's append(s, data...) for a []byte: in place when the capacity allows, else a grown copy.</summary>
    public static Slice AppendBytes(Slice? s, ReadOnlySpan<byte> data)
    {
        int len = s?.Length ?? 0, cap = s?.Capacity ?? 0;
        int need = len + data.Length;
        if (s != null && need <= cap)
        {
            data.CopyTo(new Span<byte>((byte[])s.Array, s.Offset + len, data.Length));
            return new Slice(s.Array, s.Offset, need, cap);
        }
        int newCap = Slice.GrowCapacity(cap, need, 1);
        var arr = new byte[newCap];
        if (s != null) Bytes(s).CopyTo(arr);
        data.CopyTo(arr.AsSpan(len));
        return new Slice(arr, 0, need, newCap);
    }

    /// <summary>append(s, str...) for a []byte and a Go string.</summary>
    public static Slice AppendString(Slice? s, string str)
    {
        if (str.Length <= 256)
        {
            Span<byte> tmp = stackalloc byte[str.Length];
            for (int i = 0; i < str.Length; i++) tmp[i] = (byte)str[i];
            return AppendBytes(s, tmp);
        }
        return AppendBytes(s, GoStrings.ToBytes(str));
    }
}
