using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Sort;

/// <summary>The natives of package sort: the reflection sort.Slice needs (slice.go).</summary>
public static class SortNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("sliceLen", c => c.SetInt(0, SliceOf(c[0]).Slice?.Length ?? 0));
        t.Add("swapSlice", c =>
        {
            var (_, s) = SliceOf(c[0]);
            long i = c.Int(1), j = c.Int(2);
            int len = s?.Length ?? 0;
            if ((ulong)i >= (ulong)len) throw RuntimeErrors.IndexOutOfRange(i, len);
            if ((ulong)j >= (ulong)len) throw RuntimeErrors.IndexOutOfRange(j, len);
            int a = s!.Offset + (int)i, b = s.Offset + (int)j;
            switch (s.Array)
            {
                case long[] l: (l[a], l[b]) = (l[b], l[a]); break;
                case byte[] by: (by[a], by[b]) = (by[b], by[a]); break;
                default:
                    var slots = (Slot[])s.Array;
                    (slots[a], slots[b]) = (slots[b], slots[a]);
                    break;
            }
        });
    }

    /// <summary>The slice in an interface value; panics as reflect does for other kinds.</summary>
    private static (RType Type, Slice? Slice) SliceOf(in Slot x)
    {
        var t = Iface.TypeOf(x);
        if (t == null || t.Kind != Kind.Slice)
            throw Panics.String("reflect: call of Swapper on " + (t == null ? "zero" : KindName(t.Kind)) + " Value");
        return (t, (Slice?)Iface.ValueOf(x).R);
    }

    private static string KindName(Kind k) => k switch
    {
        Kind.UnsafePointer => "unsafe.Pointer",
        Kind.Pointer => "ptr",
        _ => k.ToString().ToLowerInvariant(),
    };
}
