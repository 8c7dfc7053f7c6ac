using Minigo.Runtime;
using Minigo.StdLib.Strings;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Bytes;

/// <summary>
/// The natives of package bytes (declared in bytes.go). []byte arguments are read as byte
/// strings to share package strings' algorithms; results that are parts of the input are
/// slices of its array, as in Go.
/// </summary>
public static class BytesNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Equal", c => c.SetBool(0, GoSlices.Bytes(c.SliceArg(0)).SequenceEqual(GoSlices.Bytes(c.SliceArg(1)))));
        t.Add("Compare", c => c.SetInt(0, Math.Sign(GoSlices.Bytes(c.SliceArg(0)).SequenceCompareTo(GoSlices.Bytes(c.SliceArg(1))))));
        t.Add("Count", c => c.SetInt(0, StringOps.Count(Str(c, 0), Str(c, 1))));
        t.Add("Index", c =>
        {
            var sep = GoSlices.Bytes(c.SliceArg(1));
            c.SetInt(0, sep.Length == 0 ? 0 : GoSlices.Bytes(c.SliceArg(0)).IndexOf(sep));
        });
        t.Add("IndexByte", c => c.SetInt(0, GoSlices.Bytes(c.SliceArg(0)).IndexOf((byte)c.Int(1))));
        t.Add("IndexRune", c => c.SetInt(0, StringOps.IndexRune(Str(c, 0), c.Int(1))));
        t.Add("IndexAny", c => c.SetInt(0, StringOps.IndexAny(Str(c, 0), c.Str(1))));
        t.Add("LastIndex", c =>
        {
            var s = GoSlices.Bytes(c.SliceArg(0));
            var sep = GoSlices.Bytes(c.SliceArg(1));
            c.SetInt(0, sep.Length == 0 ? s.Length : s.LastIndexOf(sep));
        });
        t.Add("LastIndexByte", c => c.SetInt(0, GoSlices.Bytes(c.SliceArg(0)).LastIndexOf((byte)c.Int(1))));
        t.Add("LastIndexAny", c => c.SetInt(0, StringOps.LastIndexAny(Str(c, 0), c.Str(1))));
        t.Add("EqualFold", c => c.SetBool(0, StringOps.EqualFold(Str(c, 0), Str(c, 1))));
        t.Add("Fields", Fields);
        t.Add("Join", Join);
        t.Add("Repeat", c => c.SetRef(0, GoSlices.FromString(StringOps.Repeat(Str(c, 0), c.Int(1), "bytes"))));
        t.Add("Replace", c =>
        {
            string s = Str(c, 0), old = Str(c, 1);
            long n = c.Int(3);
            // Always a copy. With nothing to replace it is append([]byte(nil), s...): nil when empty.
            if (n == 0 || StringOps.Count(s, old) == 0)
            {
                c.SetRef(0, s.Length == 0 ? null : GoSlices.FromString(s));
                return;
            }
            c.SetRef(0, GoSlices.FromString(StringOps.Replace(s, old, Str(c, 2), n)));
        });
        t.Add("ToUpper", c => c.SetRef(0, GoSlices.FromString(StringOps.ToUpper(Str(c, 0)))));
        t.Add("ToLower", c => c.SetRef(0, GoSlices.FromString(StringOps.ToLower(Str(c, 0)))));
        t.Add("ToTitle", c => c.SetRef(0, GoSlices.FromString(StringOps.ToTitle(Str(c, 0)))));
        t.Add("ToValidUTF8", c => c.SetRef(0, GoSlices.FromString(StringOps.ToValidUtf8(Str(c, 0), Str(c, 1)))));
        t.Add("Trim", c =>
        {
            string s = Str(c, 0), cutset = c.Str(1);
            if (s.Length == 0) { c.SetRef(0, null); return; }
            if (cutset.Length == 0) return;
            int start = StringOps.TrimLeftIndex(s, cutset);
            SubOrNil(c, start, StringOps.TrimRightIndex(s, start, cutset));
        });
        t.Add("TrimLeft", c =>
        {
            string s = Str(c, 0), cutset = c.Str(1);
            if (s.Length == 0) { c.SetRef(0, null); return; }
            if (cutset.Length == 0) return;
            SubOrNil(c, StringOps.TrimLeftIndex(s, cutset), s.Length);
        });
        t.Add("TrimRight", c =>
        {
            string s = Str(c, 0), cutset = c.Str(1);
            if (s.Length == 0 || cutset.Length == 0) return;
            c.SetRef(0, Sub(c.SliceArg(0)!, 0, StringOps.TrimRightIndex(s, 0, cutset)));
        });
        t.Add("TrimSpace", c =>
        {
            var (start, end) = StringOps.TrimSpace(Str(c, 0));
            SubOrNil(c, start, end);
        });
    }

    /// <summary>A []byte argument as a byte string.</summary>
    private static string Str(NativeCall c, int i) => GoSlices.ToGoString(c.SliceArg(i));

    /// <summary>s[start:end] (its capacity runs to s's).</summary>
    private static Slice Sub(Slice s, int start, int end) =>
        new(s.Array, s.Offset + start, end - start, s.Capacity - start);

    /// <summary>Result s[start:end], or nil when empty (Go's Trim functions return nil then).</summary>
    private static void SubOrNil(NativeCall c, int start, int end)
    {
        var s = c.SliceArg(0);
        c.SetRef(0, s == null || start >= end ? null : Sub(s, start, end));
    }

    private static void Fields(NativeCall c)
    {
        var s = c.SliceArg(0);
        var spans = StringOps.FieldSpans(GoSlices.ToGoString(s));
        var arr = new Slot[spans.Count];
        for (int i = 0; i < arr.Length; i++)
        {
            var (start, end) = spans[i];
            // Fields have no spare capacity (s[start:end:end]).
            arr[i] = new Slot(new Slice(s!.Array, s.Offset + start, end - start, end - start));
        }
        c.SetRef(0, new Slice(arr, 0, arr.Length, arr.Length));
    }

    private static void Join(NativeCall c)
    {
        var s = c.SliceArg(0);
        var sep = GoSlices.Bytes(c.SliceArg(1));
        int n = s?.Length ?? 0;
        if (n == 0)
        {
            c.SetRef(0, new Slice(Array.Empty<byte>(), 0, 0, 0));
            return;
        }
        var parts = (Slot[])s!.Array;
        if (n == 1)
        {
            // A copy; nil when the element is empty.
            var only = GoSlices.Bytes((Slice?)parts[s.Offset].R);
            c.SetRef(0, only.Length == 0 ? null : GoSlices.FromBytes(only));
            return;
        }
        long total = (long)sep.Length * (n - 1);
        for (int i = 0; i < n; i++) total += ((Slice?)parts[s.Offset + i].R)?.Length ?? 0;
        if (total > int.MaxValue) throw Panics.String("bytes: Join output length overflow");
        var result = new byte[total];
        int pos = 0;
        for (int i = 0; i < n; i++)
        {
            if (i > 0) { sep.CopyTo(result.AsSpan(pos)); pos += sep.Length; }
            var part = GoSlices.Bytes((Slice?)parts[s.Offset + i].R);
            part.CopyTo(result.AsSpan(pos));
            pos += part.Length;
        }
        c.SetRef(0, new Slice(result, 0, result.Length, result.Length));
    }
}
