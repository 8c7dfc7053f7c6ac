using System.Runtime.CompilerServices;
using System.Text;
using Minigo.Runtime;

namespace Minigo.StdLib.Support;

/// <summary>
/// A growable byte buffer for building Go strings (fmt's output, strconv's results) without
/// per-piece allocations. Chars of Go strings are bytes, so appending one narrows each char.
/// </summary>
public sealed class ByteBuffer(int capacity = 64)
{
    public byte[] Data = new byte[capacity];
    public int Length;

    public void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte b)
    {
        if (Length == Data.Length) Grow(1);
        Data[Length++] = b;
    }

    public void Append(char c) => Append((byte)c);

    public void Append(string s)
    {
        if (Length + s.Length > Data.Length) Grow(s.Length);
        var dst = Data.AsSpan(Length, s.Length);
        if (s.Length < 16) for (int i = 0; i < s.Length; i++) dst[i] = (byte)s[i];
        else Encoding.Latin1.GetBytes(s, dst);
        Length += s.Length;
    }

    /// <summary>Appends chars of a Go string (each a byte).</summary>
    public void Append(ReadOnlySpan<char> s)
    {
        if (Length + s.Length > Data.Length) Grow(s.Length);
        var dst = Data.AsSpan(Length, s.Length);
        if (s.Length < 16) for (int i = 0; i < s.Length; i++) dst[i] = (byte)s[i];
        else Encoding.Latin1.GetBytes(s, dst);
        Length += s.Length;
    }

    public void Append(ReadOnlySpan<byte> b)
    {
        if (Length + b.Length > Data.Length) Grow(b.Length);
        b.CopyTo(Data.AsSpan(Length));
        Length += b.Length;
    }

    /// <summary>Appends the UTF-8 encoding of r (invalid runes as U+FFFD), like utf8.AppendRune.</summary>
    public void AppendRune(long r)
    {
        if (r >= 0 && r < 0x80) { Append((byte)r); return; }
        if (r < 0 || r > GoStrings.MaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = GoStrings.RuneError;
        if (Length + 4 > Data.Length) Grow(4);
        if (r < 0x800)
        {
            Data[Length++] = (byte)(0xC0 | (r >> 6));
            Data[Length++] = (byte)(0x80 | (r & 0x3F));
        }
        else if (r < 0x10000)
        {
            Data[Length++] = (byte)(0xE0 | (r >> 12));
            Data[Length++] = (byte)(0x80 | ((r >> 6) & 0x3F));
            Data[Length++] = (byte)(0x80 | (r & 0x3F));
        }
        else
        {
            Data[Length++] = (byte)(0xF0 | (r >> 18));
            Data[Length++] = (byte)(0x80 | ((r >> 12) & 0x3F));
            Data[Length++] = (byte)(0x80 | ((r >> 6) & 0x3F));
            Data[Length++] = (byte)(0x80 | (r & 0x3F));
        }
    }

    public void AppendRepeated(byte b, int n)
    {
        if (n <= 0) return;
        if (Length + n > Data.Length) Grow(n);
        Data.AsSpan(Length, n).Fill(b);
        Length += n;
    }

    public Span<byte> Written => Data.AsSpan(0, Length);

    /// <summary>The contents as a Go string.</summary>
    public override string ToString() => Length == 0 ? "" : Encoding.Latin1.GetString(Data, 0, Length);

    public string ToString(int start) => Encoding.Latin1.GetString(Data, start, Length - start);

    private void Grow(int extra)
    {
        int size = Math.Max(Data.Length * 2, Length + extra);
        Array.Resize(ref Data, size);
    }
}
