using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>Slice operations with Go's bounds checks, messages and growth.</summary>
internal static class Slices
{
    public static Slice? Make(RType elem, long len, long cap)
    {
        if (len < 0 || len > int.MaxValue) throw RuntimeErrors.Panic("makeslice: len out of range");
        if (cap < len || cap > int.MaxValue) throw RuntimeErrors.Panic("makeslice: cap out of range");
        return Slice.Make(elem, (int)len, (int)cap);
    }

    public static Slot ElemAddr(object? target, long i, bool isSlice, bool aggregateElem)
    {
        Array arr; int off, len;
        if (isSlice)
        {
            var sl = (Slice?)target;
            if (sl == null) throw RuntimeErrors.IndexOutOfRange(i, 0);
            arr = sl.Array; off = sl.Offset; len = sl.Length;
        }
        else
        {
            arr = (Array?)target ?? throw RuntimeErrors.NilDeref();
            off = 0; len = arr.Length;
        }
        if ((ulong)i >= (ulong)len) throw RuntimeErrors.IndexOutOfRange(i, len);
        int idx = off + (int)i;
        // An element that is itself an aggregate is addressed by its own box.
        return aggregateElem ? new Slot(((Slot[])arr)[idx].R) : new Slot(idx, arr);
    }

    public static Slice? SliceOf(Slice? s, long lo, long hi, long max, bool hasMax)
    {
        int cap = s?.Capacity ?? 0;
        if (!hasMax) max = cap;
        CheckBounds(lo, hi, max, cap, hasMax, "capacity");
        if (s == null) return null;
        return new Slice(s.Array, s.Offset + (int)lo, (int)(hi - lo), (int)(max - lo));
    }

    public static Slice SliceOfArray(Array? box, long lo, long hi, long max, bool hasMax)
    {
        if (box == null) throw RuntimeErrors.NilDeref();
        int len = box.Length;
        if (!hasMax) max = len;
        CheckBounds(lo, hi, max, len, hasMax, "length");
        return new Slice(box, (int)lo, (int)(hi - lo), (int)(max - lo));
    }

    private static void CheckBounds(long lo, long hi, long max, int cap, bool hasMax, string what)
    {
        if (hasMax)
        {
            if ((ulong)max > (ulong)cap) throw RuntimeErrors.Panic($"slice bounds out of range [::{max}] with {what} {cap}");
            if ((ulong)hi > (ulong)max) throw RuntimeErrors.Panic($"slice bounds out of range [:{hi}:{max}]");
            if ((ulong)lo > (ulong)hi) throw RuntimeErrors.Panic($"slice bounds out of range [{lo}:{hi}:]");
        }
        else
        {
            if ((ulong)hi > (ulong)cap) throw RuntimeErrors.Panic($"slice bounds out of range [:{hi}] with {what} {cap}");
            if ((ulong)lo > (ulong)hi) throw RuntimeErrors.Panic($"slice bounds out of range [{lo}:{hi}]");
        }
    }

    /// <summary>Go 1.20's slice-to-array conversions; the pointer form aliases the slice's elements.</summary>
    public static Slot ToArray(RType arrayType, Slice? s, bool pointer)
    {
        int n = arrayType.Len;
        int len = s?.Length ?? 0;
        if (len < n) throw RuntimeErrors.Panic($"cannot convert slice with length {len} to array or pointer to array with length {n}");
        if (pointer)
        {
            if (s == null) return default; // (*[0]T)(nil) is nil
            if (s.Offset == 0 && s.Array.Length == n) return new Slot(s.Array);
            throw new GoFatal("minigo: converting a slice to an array pointer is supported only when the slice covers its whole backing array");
        }
        var box = RType.NewArray(arrayType.Elem!, n);
        if (n > 0) Array.Copy(s!.Array, s.Offset, box, 0, n);
        if (arrayType.Elem!.IsAggregate)
        {
            var slots = (Slot[])box;
            for (int i = 0; i < n; i++) slots[i].R = arrayType.Elem.CloneBox(slots[i].R!);
        }
        return new Slot(box);
    }

    public static string SliceString(string s, long lo, long hi)
    {
        if ((ulong)hi > (ulong)s.Length) throw RuntimeErrors.Panic($"slice bounds out of range [:{hi}] with length {s.Length}");
        if ((ulong)lo > (ulong)hi) throw RuntimeErrors.Panic($"slice bounds out of range [{lo}:{hi}]");
        return s.Substring((int)lo, (int)(hi - lo));
    }

    /// <summary>Makes room for `extra` more elements, reallocating as Go's growslice does.</summary>
    private static Slice Grow(RType elem, Slice? s, int extra)
    {
        int len = s?.Length ?? 0;
        int needed = len + extra;
        if (s != null && needed <= s.Capacity) return new Slice(s.Array, s.Offset, needed, s.Capacity);
        int newCap = Slice.GrowCapacity(s?.Capacity ?? 0, needed, (int)elem.Size);
        var arr = RType.NewArray(elem, newCap);
        if (s != null) Array.Copy(s.Array, s.Offset, arr, 0, len);
        return new Slice(arr, 0, needed, newCap);
    }

    public static Slice? Append(RType elem, Slice? s, Slot[] regs, int first, int n)
    {
        if (n == 0) return s;
        int len = s?.Length ?? 0;
        var r = Grow(elem, s, n);
        for (int i = 0; i < n; i++) Set(r, len + i, regs[first + i]);
        return r;
    }

    public static Slice? AppendSlice(RType elem, Slice? s, object? other)
    {
        if (other is string str)
        {
            if (str.Length == 0) return s;
            int len0 = s?.Length ?? 0;
            var r0 = Grow(elem, s, str.Length);
            var bytes = (byte[])r0.Array;
            for (int i = 0; i < str.Length; i++) bytes[r0.Offset + len0 + i] = (byte)str[i];
            return r0;
        }
        var o = (Slice?)other;
        if (o == null || o.Length == 0) return s;
        int len = s?.Length ?? 0;
        var r = Grow(elem, s, o.Length);
        Array.Copy(o.Array, o.Offset, r.Array, r.Offset + len, o.Length);
        if (elem.IsAggregate)
        {
            var slots = (Slot[])r.Array;
            for (int i = 0; i < o.Length; i++) slots[r.Offset + len + i].R = elem.CloneBox(slots[r.Offset + len + i].R!);
        }
        return r;
    }

    private static void Set(Slice s, int i, in Slot v)
    {
        switch (s.Array)
        {
            case long[] l: l[s.Offset + i] = v.N; break;
            case byte[] b: b[s.Offset + i] = (byte)v.N; break;
            default: ((Slot[])s.Array)[s.Offset + i] = v; break;
        }
    }

    public static long Copy(RType elem, Slice? dst, object? src)
    {
        if (dst == null) return 0;
        if (src is string str)
        {
            int n0 = Math.Min(dst.Length, str.Length);
            var b = (byte[])dst.Array;
            for (int i = 0; i < n0; i++) b[dst.Offset + i] = (byte)str[i];
            return n0;
        }
        var s = (Slice?)src;
        if (s == null) return 0;
        int n = Math.Min(dst.Length, s.Length);
        if (elem.IsAggregate)
        {
            var d = (Slot[])dst.Array; var from = (Slot[])s.Array;
            // element-wise in the direction that is safe for overlapping slices
            if (ReferenceEquals(d, from) && dst.Offset > s.Offset)
                for (int i = n - 1; i >= 0; i--) elem.CopyInto(d[dst.Offset + i].R!, from[s.Offset + i].R!);
            else
                for (int i = 0; i < n; i++) elem.CopyInto(d[dst.Offset + i].R!, from[s.Offset + i].R!);
            return n;
        }
        Array.Copy(s.Array, s.Offset, dst.Array, dst.Offset, n); // handles overlap like memmove
        return n;
    }

    public static void Clear(Slice? s, RType elem)
    {
        if (s == null) return;
        if (s.Array is Slot[] slots && elem.NeedsInit)
            for (int i = 0; i < s.Length; i++) slots[s.Offset + i] = elem.Zero();
        else Array.Clear(s.Array, s.Offset, s.Length);
    }
}
