using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>State of a `for range` over a map: the key snapshot and the position in it.</summary>
internal sealed class MapIterator(Map? map)
{
    private readonly KeyValuePair<Slot, Slot>[] entries = map?.Snapshot(randomStart: true) ?? [];
    private int next;

    public bool Next(out Slot key, out Slot value)
    {
        while (next < entries.Length)
        {
            var e = entries[next++];
            key = e.Key;
            if (map!.Entries.TryGetValue(key, out value)) return true; // skip entries deleted meanwhile
            // A NaN key is not equal to itself, so no lookup finds it; nor can delete remove it:
            // it is still there, with the value it had when iteration began.
            if (!map.KeyType.ValueEquals(key, key)) { value = e.Value; return true; }
        }
        key = default; value = default;
        return false;
    }
}
