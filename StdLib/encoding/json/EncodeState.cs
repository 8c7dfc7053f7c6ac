using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>
/// One Marshal in progress (Go's encodeState): the output, the options, the program, and
/// the pointers being encoded once nesting is deep enough that a cycle is suspected.
/// </summary>
internal sealed class EncodeState(IGoContext ctx, JsonProgram program, bool escapeHTML)
{
    /// <summary>Nesting of pointers, maps and slices after which cycles are looked for (Go's startDetectingCyclesAfter).</summary>
    private const int StartDetectingCyclesAfter = 1000;

    private const string Hex = "0123456789abcdef";

    public readonly ByteBuffer Buf = TakeBuffer();
    public readonly IGoContext Ctx = ctx;
    public readonly JsonProgram Program = program;
    public readonly bool EscapeHTML = escapeHTML;

    private int ptrLevel;
    private HashSet<(object, long, int)>? ptrSeen;
    private Scanner? scanner;

    /// <summary>A scanner for checking and compacting what MarshalJSON methods return.</summary>
    public Scanner Scanner => scanner ??= new Scanner();

    /// <summary>
    /// The output buffer of the last Marshal on this thread, kept for the next (Go pools its
    /// encodeStates): a large document then costs no regrowth of the buffer each time.
    /// </summary>
    [ThreadStatic] private static ByteBuffer? spareBuffer;

    private const int MaxSpareBuffer = 4 << 20;

    private static ByteBuffer TakeBuffer()
    {
        var b = spareBuffer;
        if (b == null) return new ByteBuffer(256);
        spareBuffer = null; // a MarshalJSON method calling Marshal gets its own
        b.Clear();
        return b;
    }

    /// <summary>Hands the buffer to the next Marshal on this thread once the result is copied out.</summary>
    public void Release()
    {
        if (Buf.Data.Length <= MaxSpareBuffer) spareBuffer = Buf;
    }

    public static JsonException Fail(JsonError e) => new(e);

    /// <summary>
    /// Enters a pointer, map or slice (identified by reference, index and length); past the
    /// depth where Go starts looking, meeting one already being encoded is a cycle. Returns
    /// whether Leave must forget it.
    /// </summary>
    public bool Enter(object r, long n, int len, RType t)
    {
        // Deep C# recursion: stop cleanly rather than overflow the thread's stack.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Fail(new JsonError { Kind = JsonError.Kinds.UnsupportedValue, A = "value nested too deeply for minigo's encoder via " + t });
        if (++ptrLevel <= StartDetectingCyclesAfter) return false;
        ptrSeen ??= new HashSet<(object, long, int)>();
        if (!ptrSeen.Add((r, n, len)))
            throw Fail(new JsonError { Kind = JsonError.Kinds.UnsupportedValue, A = "encountered a cycle via " + t });
        return true;
    }

    public void Leave(object r, long n, int len, bool tracked)
    {
        if (tracked) ptrSeen!.Remove((r, n, len));
        ptrLevel--;
    }

    /// <summary>Appends s (a Go string, or bytes as chars) as a JSON string: Go's encodeState.string.</summary>
    public void String(ReadOnlySpan<char> s, bool escapeHTML)
    {
        var buf = Buf;
        buf.Append((byte)'"');
        int start = 0;
        for (int i = 0; i < s.Length;)
        {
            int b = s[i];
            if (b < Utf8.RuneSelf)
            {
                if (escapeHTML ? CharSets.HtmlSafe[b] : CharSets.Safe[b])
                {
                    i++;
                    continue;
                }
                if (start < i) buf.Append(s[start..i]);
                buf.Append((byte)'\\');
                switch (b)
                {
                    case '\\': case '"': buf.Append((byte)b); break;
                    case '\n': buf.Append((byte)'n'); break;
                    case '\r': buf.Append((byte)'r'); break;
                    case '\t': buf.Append((byte)'t'); break;
                    default:
                        // This encodes bytes < 0x20 except for \t, \n and \r (and <, >, & when escaping HTML).
                        buf.Append("u00");
                        buf.Append((byte)Hex[b >> 4]);
                        buf.Append((byte)Hex[b & 0xF]);
                        break;
                }
                i++;
                start = i;
                continue;
            }
            var (c, size) = Utf8.Decode(s[i..]);
            if (c == Utf8.RuneError && size == 1)
            {
                if (start < i) buf.Append(s[start..i]);
                buf.Append("\\ufffd");
                i += size;
                start = i;
                continue;
            }
            // U+2028 is LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR: valid JSON, but not valid
            // JavaScript in strings, so they are always escaped.
            if (c == 0x2028 || c == 0x2029)
            {
                if (start < i) buf.Append(s[start..i]);
                buf.Append("\\u202");
                buf.Append((byte)Hex[c & 0xF]);
                i += size;
                start = i;
                continue;
            }
            i += size;
        }
        if (start < s.Length) buf.Append(s[start..]);
        buf.Append((byte)'"');
    }

    /// <summary>Appends the bytes of a []byte as a JSON string (Go's stringBytes).</summary>
    public void StringBytes(Slice? b, bool escapeHTML) => String(GoSlices.ToGoString(b), escapeHTML);
}

/// <summary>The ASCII characters JSON strings hold without escaping (Go's tables.go).</summary>
internal static class CharSets
{
    /// <summary>Safe: from space to DEL, except " and \.</summary>
    public static readonly bool[] Safe = Build(htmlSafe: false);
    /// <summary>HtmlSafe: Safe without &lt;, &gt; and &amp;.</summary>
    public static readonly bool[] HtmlSafe = Build(htmlSafe: true);

    private static bool[] Build(bool htmlSafe)
    {
        var t = new bool[Utf8.RuneSelf];
        for (int c = ' '; c < Utf8.RuneSelf; c++)
            t[c] = c != '"' && c != '\\' && !(htmlSafe && c is '<' or '>' or '&');
        return t;
    }
}
