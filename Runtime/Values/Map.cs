namespace Minigo.Runtime;

/// <summary>
/// A Go map: a hash table keyed by Go equality of the key type. Iteration starts at a random
/// position, as Go randomizes it, and sees a snapshot of the keys taken when `range` starts
/// (entries deleted later are skipped, as Go requires).
/// </summary>
public sealed class Map
{
    public readonly RType KeyType;
    public readonly RType ValueType;
    public readonly Dictionary<Slot, Slot> Entries;

    /// <summary>Keys that may hold an unhashable dynamic type (interfaces): every lookup must hash them, as Go does.</summary>
    public readonly bool KeysNeedHashCheck;

    public Map(RType keyType, RType valueType, int capacity = 0)
    {
        KeyType = keyType;
        ValueType = valueType;
        KeysNeedHashCheck = ContainsInterface(keyType);
        Entries = new Dictionary<Slot, Slot>(capacity, KeyComparer.For(keyType));
    }

    public int Count => Entries.Count;

    private static bool ContainsInterface(RType t) => t.Kind switch
    {
        Kind.Interface => true,
        Kind.Struct => t.Fields.Any(f => ContainsInterface(f.Type)),
        Kind.Array => ContainsInterface(t.Elem!),
        _ => false,
    };

    /// <summary>Panics as Go does if the key's dynamic type cannot be hashed (even when the map is empty).</summary>
    public void CheckKey(in Slot key)
    {
        if (KeysNeedHashCheck) KeyType.ValueHash(key);
    }

    public KeyValuePair<Slot, Slot>[] Snapshot(bool randomStart)
    {
        var keys = new KeyValuePair<Slot, Slot>[Entries.Count];
        ((ICollection<KeyValuePair<Slot, Slot>>)Entries).CopyTo(keys, 0);
        if (randomStart && keys.Length > 1)
        {
            int start = Random.Shared.Next(keys.Length);
            if (start != 0)
            {
                var rotated = new KeyValuePair<Slot, Slot>[keys.Length];
                Array.Copy(keys, start, rotated, 0, keys.Length - start);
                Array.Copy(keys, 0, rotated, keys.Length - start, start);
                keys = rotated;
            }
        }
        return keys;
    }
}

/// <summary>Key equality by the key type's Go semantics; specialised for the common kinds.</summary>
public abstract class KeyComparer : IEqualityComparer<Slot>
{
    public abstract bool Equals(Slot a, Slot b);
    public abstract int GetHashCode(Slot s);

    public static IEqualityComparer<Slot> For(RType t) => t.Kind switch
    {
        Kind.String => StringKeys.Instance,
        _ when t.Kind.IsInteger() || t.Kind == Kind.Bool => WordKeys.Instance,
        _ => new GeneralKeys(t),
    };

    private sealed class WordKeys : KeyComparer
    {
        public static readonly WordKeys Instance = new();
        public override bool Equals(Slot a, Slot b) => a.N == b.N;
        public override int GetHashCode(Slot s) => s.N.GetHashCode();
    }

    private sealed class StringKeys : KeyComparer
    {
        public static readonly StringKeys Instance = new();
        public override bool Equals(Slot a, Slot b) => string.Equals(a.S, b.S, StringComparison.Ordinal);
        public override int GetHashCode(Slot s) => string.GetHashCode(s.S.AsSpan());
    }

    private sealed class GeneralKeys(RType t) : KeyComparer
    {
        public override bool Equals(Slot a, Slot b) => t.ValueEquals(a, b);
        public override int GetHashCode(Slot s) => t.ValueHash(s);
    }
}
