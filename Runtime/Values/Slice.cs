namespace Minigo.Runtime;

/// <summary>
/// A Go slice header: a typed backing array (byte[], long[] or Slot[]), offset, length and
/// capacity. Immutable: reslicing and append make a new header, as Go copies its 3 words.
/// </summary>
public sealed class Slice(Array array, int offset, int length, int capacity)
{
    public readonly Array Array = array;
    public readonly int Offset = offset;
    public readonly int Length = length;
    public readonly int Capacity = capacity;

    public static Slice Make(RType elem, int len, int cap) => new(RType.NewArray(elem, cap), 0, len, cap);

    /// <summary>Go's growslice: the new capacity for appending to reach `needed` elements.</summary>
    public static int GrowCapacity(int oldCap, int needed, int elemSize)
    {
        int newcap = oldCap;
        int doublecap = newcap + newcap;
        if (needed > doublecap) newcap = needed;
        else
        {
            const int threshold = 256;
            if (oldCap < threshold) newcap = doublecap;
            else
            {
                while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
                if (newcap <= 0) newcap = needed;
            }
        }
        return RoundUpToSizeClass(newcap, elemSize);
    }

    /// <summary>Rounds a capacity up the way Go's allocator size classes do, so cap() matches Go.</summary>
    private static int RoundUpToSizeClass(int cap, int elemSize)
    {
        if (elemSize <= 0) return cap;
        long bytes = (long)cap * elemSize;
        long rounded = SizeClasses.RoundUp(bytes);
        return (int)Math.Min(int.MaxValue, rounded / elemSize);
    }
}

/// <summary>Go's malloc size classes (runtime/sizeclasses.go), for append's capacity rounding.</summary>
public static class SizeClasses
{
    private static readonly int[] Sizes =
    [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480,
        512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376,
        6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
        27264, 28672, 32768,
    ];

    public static long RoundUp(long size)
    {
        if (size <= 32768)
        {
            int lo = 0, hi = Sizes.Length - 1;
            while (lo < hi) { int mid = (lo + hi) / 2; if (Sizes[mid] >= size) hi = mid; else lo = mid + 1; }
            return Sizes[lo];
        }
        const long page = 8192;
        return (size + page - 1) / page * page;
    }
}
