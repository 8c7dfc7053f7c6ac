using Minigo.Runtime;

namespace Minigo.StdLib.Sync;

/// <summary>
/// The natives of atomic.Value and atomic.Pointer: their interface word is two machine words
/// here (type and value), so each operation reads or replaces it under a lock on the word's
/// container. Go's rules (one concrete type per Value, interface comparison) hold inside.
/// </summary>
public static class ValueNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("loadAny", c =>
        {
            var (box, i) = Word(c);
            lock (box) c[0] = box[i];
        });
        t.Add("swapAny", c =>
        {
            var (box, i) = Word(c);
            var nw = c[1];
            lock (box) (c[0], box[i]) = (box[i], nw);
        });
        t.Add("swapTyped", c =>
        {
            var (box, i) = Word(c);
            var nw = c[1];
            Slot old;
            bool ok;
            lock (box)
            {
                old = box[i];
                ok = Iface.IsNil(old) || ReferenceEquals(Iface.TypeOf(old), Iface.TypeOf(nw));
                if (ok) box[i] = nw;
            }
            c[0] = ok ? old : default;
            c.SetBool(1, ok);
        });
        t.Add("casTyped", c =>
        {
            var (box, i) = Word(c);
            Slot old = c[1], nw = c[2];
            bool swapped = false, ok = true;
            lock (box)
            {
                var cur = box[i];
                if (Iface.IsNil(cur)) swapped = Iface.IsNil(old);
                else if (!ReferenceEquals(Iface.TypeOf(cur), Iface.TypeOf(nw))) ok = false;
                else swapped = Iface.Equal(cur, old); // panics if old is not comparable, as Go's i != old
                if (swapped) box[i] = nw;
            }
            c.SetBool(0, swapped);
            c.SetBool(1, ok);
        });
        t.Add("casPointer", c =>
        {
            var (box, i) = Word(c);
            Slot old = c[1], nw = c[2];
            bool swapped;
            lock (box)
            {
                var cur = box[i];
                // Never stored: the nil *T.
                swapped = Iface.IsNil(cur) ? Iface.ValueOf(old).R == null : Iface.ValueOf(cur).R == Iface.ValueOf(old).R && Iface.ValueOf(cur).N == Iface.ValueOf(old).N;
                if (swapped) box[i] = nw;
            }
            c.SetBool(0, swapped);
        });
        t.Add("sameType", c => c.SetBool(0, ReferenceEquals(Iface.TypeOf(c[0]), Iface.TypeOf(c[1]))));
    }

    /// <summary>The pointer argument *any: its container and index (a nil pointer panics, as in Go).</summary>
    private static (Slot[] Box, int Index) Word(NativeCall c)
    {
        var p = c[0];
        return (p.R as Slot[] ?? throw RuntimeErrors.NilDeref(), (int)p.N);
    }
}
