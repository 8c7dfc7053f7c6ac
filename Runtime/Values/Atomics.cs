namespace Minigo.Runtime;

/// <summary>
/// sync/atomic on minigo's pointers: (container, index) into a Slot[] (variables, struct
/// fields) or a long[] (elements of integer arrays and slices). Values stay normalised to
/// their width, so additions wrap with a compare-and-swap loop. Shared by the VM's atomic
/// instructions (the compiler's intrinsics) and the natives (atomic functions as values).
/// </summary>
public static class Atomics
{
    /// <summary>The 64-bit word a pointer designates; a nil pointer panics as Go does.</summary>
    public static ref long Word(in Slot p)
    {
        switch (p.R)
        {
            case Slot[] slots: return ref slots[p.N].N;
            case long[] words: return ref words[p.N];
            case null: throw RuntimeErrors.NilDeref();
            default: throw new GoFatal("minigo: atomic operation on an unsupported address");
        }
    }

    public static long Add(in Slot p, long delta, Kind k)
    {
        ref long w = ref Word(p);
        if (k.Bits() == 64) return Interlocked.Add(ref w, delta);
        while (true)
        {
            long old = Volatile.Read(ref w);
            long nw = k.Wrap(old + delta);
            if (Interlocked.CompareExchange(ref w, nw, old) == old) return nw;
        }
    }

    public static long Load(in Slot p) => Volatile.Read(ref Word(p));
    public static void Store(in Slot p, long v) => Volatile.Write(ref Word(p), v);
    public static long Swap(in Slot p, long v) => Interlocked.Exchange(ref Word(p), v);
    public static bool CompareAndSwap(in Slot p, long old, long nw) => Interlocked.CompareExchange(ref Word(p), nw, old) == old;
}
