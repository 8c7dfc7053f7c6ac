using Minigo.Runtime;

namespace Minigo.StdLib.Sync;

/// <summary>The natives of sync/atomic (used when an atomic function is a value; direct calls compile to VM instructions).</summary>
public static class AtomicNatives
{
    public static void Register(NativeTable t)
    {
        foreach (var (name, kind) in new[] { ("Int32", Kind.Int32), ("Int64", Kind.Int64), ("Uint32", Kind.Uint32), ("Uint64", Kind.Uint64), ("Uintptr", Kind.Uintptr) })
        {
            var k = kind;
            t.Add("Add" + name, c => { long d = c.Int(1); c.SetInt(0, Atomics.Add(c[0], d, k)); });
            t.Add("Load" + name, c => c.SetInt(0, Atomics.Load(c[0])));
            t.Add("Store" + name, c => { long v = c.Int(1); Atomics.Store(c[0], v); });
            t.Add("Swap" + name, c => { long v = c.Int(1); c.SetInt(0, Atomics.Swap(c[0], v)); });
            t.Add("CompareAndSwap" + name, c => { long old = c.Int(1), nw = c.Int(2); c.SetBool(0, Atomics.CompareAndSwap(c[0], old, nw)); });
        }
        ValueNatives.Register(t);
    }
}
