using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>
/// Rewriting encoded JSON without decoding it (Go's indent.go and HTMLEscape): Compact,
/// Indent, HTMLEscape. Compact and Indent run the scanner and leave nothing in dst on a
/// syntax error (the error is left in the scanner).
/// </summary>
internal static class Layout
{
    private const string Hex = "0123456789abcdef";

    /// <summary>Appends src without insignificant space; escapes HTML characters if escape. False on a syntax error.</summary>
    public static bool Compact(ByteBuffer dst, ReadOnlySpan<byte> src, bool escape, Scanner scan)
    {
        int origLen = dst.Length;
        scan.Reset();
        scan.Bytes = 0; // a new scanner, which compact never advances: its errors are at offset 0
        int start = 0;
        for (int i = 0; i < src.Length; i++)
        {
            byte c = src[i];
            if (escape) EscapeHtmlAt(dst, src, i, ref start);
            int v = scan.Next(c);
            if (v >= Scanner.SkipSpace)
            {
                if (v == Scanner.Error) break;
                if (start < i) dst.Append(src[start..i]);
                start = i + 1;
            }
        }
        if (scan.Eof() == Scanner.Error)
        {
            dst.Length = origLen;
            return false;
        }
        if (start < src.Length) dst.Append(src[start..]);
        return true;
    }

    /// <summary>Go's Indent: appends src with each element on its own line. False on a syntax error.</summary>
    public static bool Indent(ByteBuffer dst, ReadOnlySpan<byte> src, string prefix, string indent, Scanner scan)
    {
        int origLen = dst.Length;
        scan.Reset();
        scan.Bytes = 0;
        bool needIndent = false;
        int depth = 0;
        foreach (byte c in src)
        {
            scan.Bytes++;
            int v = scan.Next(c);
            if (v == Scanner.SkipSpace) continue;
            if (v == Scanner.Error) break;
            if (needIndent && v != Scanner.EndObject && v != Scanner.EndArray)
            {
                needIndent = false;
                depth++;
                Newline(dst, prefix, indent, depth);
            }
            // Emit semantically uninteresting bytes (in particular, punctuation in strings) unmodified.
            if (v == Scanner.Continue)
            {
                dst.Append(c);
                continue;
            }
            // Add spacing around real punctuation.
            switch (c)
            {
                case (byte)'{': case (byte)'[':
                    // delay indent so that empty object and array are formatted as {} and [].
                    needIndent = true;
                    dst.Append(c);
                    break;
                case (byte)',':
                    dst.Append(c);
                    Newline(dst, prefix, indent, depth);
                    break;
                case (byte)':':
                    dst.Append(c);
                    dst.Append((byte)' ');
                    break;
                case (byte)'}': case (byte)']':
                    if (needIndent) needIndent = false; // suppress indent in empty object/array
                    else
                    {
                        depth--;
                        Newline(dst, prefix, indent, depth);
                    }
                    dst.Append(c);
                    break;
                default:
                    dst.Append(c);
                    break;
            }
        }
        if (scan.Eof() == Scanner.Error)
        {
            dst.Length = origLen;
            return false;
        }
        return true;
    }

    private static void Newline(ByteBuffer dst, string prefix, string indent, int depth)
    {
        dst.Append((byte)'\n');
        dst.Append(prefix);
        for (int i = 0; i < depth; i++) dst.Append(indent);
    }

    /// <summary>Go's HTMLEscape: &lt;, &gt;, &amp;, U+2028 and U+2029 as \u escapes, wherever they are.</summary>
    public static void HtmlEscape(ByteBuffer dst, ReadOnlySpan<byte> src)
    {
        int start = 0;
        for (int i = 0; i < src.Length; i++) EscapeHtmlAt(dst, src, i, ref start);
        if (start < src.Length) dst.Append(src[start..]);
    }

    /// <summary>
    /// If src[i] starts &lt;, &gt;, &amp;, U+2028 or U+2029, appends src[start..i] and its
    /// escape, and moves start past it (the bytes from start are still to be copied).
    /// </summary>
    private static void EscapeHtmlAt(ByteBuffer dst, ReadOnlySpan<byte> src, int i, ref int start)
    {
        byte c = src[i];
        if (c == '<' || c == '>' || c == '&')
        {
            if (start < i) dst.Append(src[start..i]);
            AppendEscapedByte(dst, c);
            start = i + 1;
        }
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        if (c == 0xE2 && i + 2 < src.Length && src[i + 1] == 0x80 && (src[i + 2] & ~1) == 0xA8)
        {
            if (start < i) dst.Append(src[start..i]);
            dst.Append("\\u202");
            dst.Append((byte)Hex[src[i + 2] & 0xF]);
            start = i + 3;
        }
    }

    /// <summary>\u00XX for an ASCII byte.</summary>
    public static void AppendEscapedByte(ByteBuffer dst, byte c)
    {
        dst.Append("\\u00");
        dst.Append((byte)Hex[c >> 4]);
        dst.Append((byte)Hex[c & 0xF]);
    }
}
