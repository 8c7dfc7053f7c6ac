using System.Runtime.CompilerServices;
using Minigo.Runtime;

namespace Minigo.StdLib.Sync;

/// <summary>
/// sync/atomic on minigo's pointers: (container, index) into a Slot[] (variables, struct
/// fields) or a long[] (elements of integer arrays and slices). Values are kept normalised
/// to their width, so 32-bit operations wrap with a compare-and-swap loop.
/// </summary>
public static class AtomicNatives
{
    public static void Register(NativeTable t)
    {
        foreach (var (name, kind) in new[] { ("Int32", Kind.Int32), ("Int64", Kind.Int64), ("Uint32", Kind.Uint32), ("Uint64", Kind.Uint64), ("Uintptr", Kind.Uintptr) })
        {
            var k = kind;
            t.Add("Add" + name, c => { long d = c.Int(1); c.SetInt(0, Update(c[0], old => k.Wrap(old + d), out _)); });
            t.Add("Load" + name, c => c.SetInt(0, Volatile.Read(ref Word(c[0]))));
            t.Add("Store" + name, c => { long v = c.Int(1); Volatile.Write(ref Word(c[0]), v); });
            t.Add("Swap" + name, c => { long v = c.Int(1); c.SetInt(0, Interlocked.Exchange(ref Word(c[0]), v)); });
            t.Add("CompareAndSwap" + name, c =>
            {
                long old = c.Int(1), nw = c.Int(2);
                c.SetBool(0, Interlocked.CompareExchange(ref Word(c[0]), nw, old) == old);
            });
        }
    }

    /// <summary>The 64-bit word a pointer designates; a nil pointer panics as Go does.</summary>
    private static ref long Word(in Slot p)
    {
        switch (p.R)
        {
            case Slot[] slots: return ref slots[p.N].N;
            case long[] words: return ref words[p.N];
            case null: throw RuntimeErrors.NilDeref();
            default: throw new GoFatal("minigo: atomic operation on an unsupported address");
        }
    }

    /// <summary>Atomically replaces the word with f(old); returns the new value.</summary>
    private static long Update(in Slot p, Func<long, long> f, out long old)
    {
        ref long w = ref Word(p);
        while (true)
        {
            old = Volatile.Read(ref w);
            long nw = f(old);
            if (Interlocked.CompareExchange(ref w, nw, old) == old) return nw;
        }
    }
}
