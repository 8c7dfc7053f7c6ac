using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>State of a `for range` over a map: the key snapshot and the position in it.</summary>
internal sealed class MapIterator(Map? map)
{
    private readonly Slot[] keys = map?.SnapshotKeys(randomStart: true) ?? [];
    private int next;

    public bool Next(out Slot key, out Slot value)
    {
        while (next < keys.Length)
        {
            key = keys[next++];
            if (map!.Entries.TryGetValue(key, out value)) return true; // skip entries deleted meanwhile
        }
        key = default; value = default;
        return false;
    }
}
