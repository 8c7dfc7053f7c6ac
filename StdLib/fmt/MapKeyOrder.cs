using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Fmt;

/// <summary>
/// The order in which fmt prints map keys (Go's internal/fmtsort): numbers numerically,
/// strings bytewise, NaN first, false before true, pointers and channels by address, structs
/// and arrays field by field, interfaces nil first, then by dynamic type, then by value.
/// </summary>
internal static class MapKeyOrder
{
    /// <summary>The entries sorted by key (pairs, since NaN keys cannot be looked up again).</summary>
    public static KeyValuePair<Slot, Slot>[] SortedEntries(Map map, RType keyType)
    {
        var entries = new KeyValuePair<Slot, Slot>[map.Count];
        int n = 0;
        foreach (var e in map.Entries) entries[n++] = e;
        if (n > 1) MergeSort(entries, new KeyValuePair<Slot, Slot>[n], 0, n, keyType);
        return entries;
    }

    /// <summary>A stable sort (as fmtsort uses sort.Stable): NaN keys compare below everything, both ways.</summary>
    private static void MergeSort(KeyValuePair<Slot, Slot>[] a, KeyValuePair<Slot, Slot>[] tmp, int lo, int hi, RType t)
    {
        if (hi - lo <= 12)
        {
            for (int i = lo + 1; i < hi; i++)
                for (int j = i; j > lo && Compare(t, a[j].Key, a[j - 1].Key) < 0; j--)
                    (a[j], a[j - 1]) = (a[j - 1], a[j]);
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, t);
        MergeSort(a, tmp, mid, hi, t);
        int x = lo, y = mid, k = lo;
        while (x < mid && y < hi) tmp[k++] = Compare(t, a[y].Key, a[x].Key) < 0 ? a[y++] : a[x++];
        while (x < mid) tmp[k++] = a[x++];
        while (y < hi) tmp[k++] = a[y++];
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }

    public static int Compare(RType t, in Slot a, in Slot b)
    {
        switch (t.Kind)
        {
            case Kind.Bool:
                return a.N == b.N ? 0 : a.N != 0 ? 1 : -1;
            case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
                return a.N.CompareTo(b.N);
            case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
                return ((ulong)a.N).CompareTo((ulong)b.N);
            case Kind.String:
                return Math.Sign(string.CompareOrdinal(a.S, b.S));
            case Kind.Float32: case Kind.Float64:
                return FloatCompare(a.F, b.F);
            case Kind.Complex64: case Kind.Complex128:
            {
                var x = (a.R as BoxedComplex)?.Value ?? default;
                var y = (b.R as BoxedComplex)?.Value ?? default;
                int c = FloatCompare(x.Real, y.Real);
                return c != 0 ? c : FloatCompare(x.Imaginary, y.Imaginary);
            }
            case Kind.Pointer: case Kind.Chan: case Kind.UnsafePointer: case Kind.Func: case Kind.Map:
                return Address(t, a).CompareTo(Address(t, b));
            case Kind.Struct:
            {
                var x = (Slot[])a.R!;
                var y = (Slot[])b.R!;
                for (int i = 0; i < t.Fields.Length; i++)
                {
                    int c = Compare(t.Fields[i].Type, x[i], y[i]);
                    if (c != 0) return c;
                }
                return 0;
            }
            case Kind.Array:
                for (int i = 0; i < t.Len; i++)
                {
                    int c = Compare(t.Elem!, t.ElemGet(a.R!, i), t.ElemGet(b.R!, i));
                    if (c != 0) return c;
                }
                return 0;
            case Kind.Interface:
            {
                var ta = Iface.TypeOf(a);
                var tb = Iface.TypeOf(b);
                if (ta == null) return tb == null ? 0 : -1;
                if (tb == null) return 1;
                if (!ReferenceEquals(ta, tb)) return CompareTypes(ta, tb);
                return Compare(ta, Iface.ValueOf(a), Iface.ValueOf(b));
            }
            default:
                return 0;
        }
    }

    private static ulong Address(RType t, in Slot v) =>
        t.Kind == Kind.Pointer && v.R != null && !t.Elem!.IsAggregate ? Addresses.Of(v.R, v.N) : Addresses.Of(v.R);

    private static int FloatCompare(double a, double b)
    {
        if (double.IsNaN(a)) return -1; // no good answer if b is NaN too
        if (double.IsNaN(b)) return 1;
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /// <summary>
    /// Go orders distinct dynamic types by the address of their type descriptors: in practice
    /// the predeclared types first, each group by name. This reproduces that layout.
    /// </summary>
    private static int CompareTypes(RType a, RType b)
    {
        bool pa = IsPredeclared(a), pb = IsPredeclared(b);
        if (pa != pb) return pa ? -1 : 1;
        int c = string.CompareOrdinal(a.ToString(), b.ToString());
        return c != 0 ? Math.Sign(c) : -1;
    }

    private static bool IsPredeclared(RType t) => t.Name != null && !t.Name.Contains('.');
}
