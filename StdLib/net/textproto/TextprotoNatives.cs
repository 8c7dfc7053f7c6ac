using Minigo.StdLib.Support;

namespace Minigo.StdLib.Net.Textproto;

/// <summary>The natives of net/textproto (reader.go): header key canonicalization, as Go's code does it.</summary>
public static class TextprotoNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("CanonicalMIMEHeaderKey", c => c.SetStr(0, CanonicalMIMEHeaderKey(c.Str(0))));
        t.Add("canonicalMIMEHeaderKey", c => c.SetStr(0, CanonicalizeInPlace(GoSlices.Bytes(c.SliceArg(0)))));
    }

    /// <summary>RFC 7230's tchar: "!#$%&'*+-.^_`|~", digits and letters (Go's isTokenTable).</summary>
    private static readonly bool[] IsToken = BuildTokenTable();

    private static bool[] BuildTokenTable()
    {
        var table = new bool[127];
        for (int b = 0; b < table.Length; b++)
            table[b] = char.IsAsciiLetterOrDigit((char)b) || "!#$%&'*+-.^_`|~".Contains((char)b);
        return table;
    }

    private static bool ValidHeaderFieldByte(int b) => b < IsToken.Length && IsToken[b];

    /// <summary>The key as it is when already canonical or invalid (Go returns it unchanged), else canonicalized.</summary>
    public static string CanonicalMIMEHeaderKey(string s)
    {
        bool upper = true;
        foreach (char c in s)
        {
            if (!ValidHeaderFieldByte(c)) return s;
            if (upper && c is >= 'a' and <= 'z' || !upper && c is >= 'A' and <= 'Z')
            {
                Span<byte> a = s.Length <= 256 ? stackalloc byte[s.Length] : new byte[s.Length];
                for (int i = 0; i < s.Length; i++) a[i] = (byte)s[i];
                return CanonicalizeInPlace(a);
            }
            upper = c == '-';
        }
        return s;
    }

    /// <summary>Go's canonicalMIMEHeaderKey: a is rewritten in place unless it holds an invalid byte.</summary>
    private static string CanonicalizeInPlace(Span<byte> a)
    {
        foreach (byte b in a)
            if (!ValidHeaderFieldByte(b)) return System.Text.Encoding.Latin1.GetString(a);
        bool upper = true;
        for (int i = 0; i < a.Length; i++)
        {
            byte c = a[i];
            if (upper && c is >= (byte)'a' and <= (byte)'z') c -= 'a' - 'A';
            else if (!upper && c is >= (byte)'A' and <= (byte)'Z') c += 'a' - 'A';
            a[i] = c;
            upper = c == '-';
        }
        return System.Text.Encoding.Latin1.GetString(a);
    }
}
