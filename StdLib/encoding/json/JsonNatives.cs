using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>The natives of package encoding/json (declared in json.go and scanner.go).</summary>
public static class JsonNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("setup", JsonProgram.Setup);
        t.Add("marshal", Marshal);
        t.Add("unmarshal", Unmarshal);
        t.Add("Valid", c => c.SetBool(0, new Scanner().CheckValid(GoSlices.Bytes(c.SliceArg(0)))));
        t.Add("compact", c => Rewrite(c, (dst, src, scan) => Layout.Compact(dst, src, c.Bool(1), scan)));
        t.Add("indentJSON", c =>
        {
            string prefix = c.Str(1), indent = c.Str(2);
            Rewrite(c, (dst, src, scan) => Layout.Indent(dst, src, prefix, indent, scan));
        });
        t.Add("htmlEscape", HtmlEscape);
        t.Add("scanner.scan", ScannerState.Scan);
        t.Add("scanner.endsAtEOF", ScannerState.EndsAtEof);
    }

    /// <summary>marshal(v any, escapeHTML bool) ([]byte, error).</summary>
    private static void Marshal(NativeCall c)
    {
        var v = c[0];
        var p = JsonProgram.Of(c.Ctx);
        var e = new EncodeState(c.Ctx, p, c.Bool(1));
        try
        {
            var t = Iface.TypeOf(v);
            if (t == null) e.Buf.Append("null");
            else TypeEncoders.For(t, p).Encode(e, Iface.ValueOf(v), default, false);
        }
        catch (JsonException ex)
        {
            e.Release();
            var err = ex.Error.ToGo(c.Ctx, p);
            c[0] = default;
            c[1] = err;
            return;
        }
        var result = GoSlices.AppendBytes(null, e.Buf.Written);
        e.Release();
        c.SetRef(0, result);
        c[1] = default;
    }

    /// <summary>unmarshal(data []byte, v any, useNumber, disallowUnknownFields, checkValid bool) error.</summary>
    private static void Unmarshal(NativeCall c)
    {
        var data = c.SliceArg(0) ?? new Slice(System.Array.Empty<byte>(), 0, 0, 0);
        var v = c[1];
        var p = JsonProgram.Of(c.Ctx);
        var d = new DecodeState(c.Ctx, p, data, useNumber: c.Bool(2), disallowUnknownFields: c.Bool(3));
        // Go code runs in between (methods, error constructors) and may move the stack: take the result first.
        var err = c.Bool(4) && !d.Scan.CheckValid(GoSlices.Bytes(data))
            ? JsonError.Syntax(d.Scan.Err!, d.Scan.ErrOffset).ToGo(c.Ctx, p)
            : d.Unmarshal(v);
        c[0] = err;
    }

    /// <summary>compact and indentJSON: (src []byte, ...) ([]byte, error), the rewritten src or its syntax error.</summary>
    private static void Rewrite(NativeCall c, Func<ByteBuffer, ReadOnlySpan<byte>, Scanner, bool> rewrite)
    {
        var src = c.SliceArg(0);
        var dst = new ByteBuffer(Math.Max(16, src?.Length ?? 0));
        var scan = new Scanner();
        if (!rewrite(dst, GoSlices.Bytes(src), scan))
        {
            var err = JsonError.Syntax(scan.Err!, scan.ErrOffset).ToGo(c.Ctx, JsonProgram.Of(c.Ctx));
            c[0] = default;
            c[1] = err;
            return;
        }
        c.SetRef(0, GoSlices.FromBytes(dst.Written));
        c[1] = default;
    }

    private static void HtmlEscape(NativeCall c)
    {
        var src = GoSlices.Bytes(c.SliceArg(0));
        var dst = new ByteBuffer(Math.Max(16, src.Length));
        Layout.HtmlEscape(dst, src);
        c.SetRef(0, GoSlices.FromBytes(dst.Written));
    }
}
