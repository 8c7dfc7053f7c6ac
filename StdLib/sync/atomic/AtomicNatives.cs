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
        RegisterValue(t);
    }

    /// <summary>atomic.Value's word: an interface read and written under its container's lock.</summary>
    private static void RegisterValue(NativeTable t)
    {
        t.Add("loadValue", c =>
        {
            ref Slot w = ref Atomics.InterfaceWord(c[0], out var gate);
            Slot v;
            lock (gate) v = w;
            c[0] = v;
        });
        t.Add("storeValue", c =>
        {
            Slot val = c[1];
            ref Slot w = ref Atomics.InterfaceWord(c[0], out var gate);
            bool inconsistent;
            lock (gate)
            {
                inconsistent = !Iface.IsNil(w) && !ReferenceEquals(Iface.TypeOf(w), Iface.TypeOf(val));
                if (!inconsistent) w = val;
            }
            c.SetBool(0, inconsistent);
        });
        t.Add("swapValue", c =>
        {
            Slot val = c[1];
            ref Slot w = ref Atomics.InterfaceWord(c[0], out var gate);
            Slot old;
            bool inconsistent;
            lock (gate)
            {
                old = w;
                inconsistent = !Iface.IsNil(w) && !ReferenceEquals(Iface.TypeOf(w), Iface.TypeOf(val));
                if (!inconsistent) w = val;
            }
            c[0] = inconsistent ? default : old;
            c.SetBool(1, inconsistent);
        });
        t.Add("compareAndSwapValue", c =>
        {
            Slot old = c[1], val = c[2];
            ref Slot w = ref Atomics.InterfaceWord(c[0], out var gate);
            bool swapped = false, inconsistent = false;
            lock (gate)
            {
                if (Iface.IsNil(w)) swapped = Iface.IsNil(old);
                else if (!ReferenceEquals(Iface.TypeOf(w), Iface.TypeOf(val))) inconsistent = true;
                else swapped = Iface.Equal(w, old); // panics on an uncomparable type, as Go's != does
                if (swapped) w = val;
            }
            c.SetBool(0, swapped);
            c.SetBool(1, inconsistent);
        });
        t.Add("sameType", c => c.SetBool(0, ReferenceEquals(Iface.TypeOf(c[0]), Iface.TypeOf(c[1]))));
    }
}
