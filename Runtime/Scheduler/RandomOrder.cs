namespace Minigo.Runtime;

/// <summary>
/// Go's randomOrder: visits all P's exactly once in a random order without allocating. From
/// a random start it steps by a random increment coprime with the count, so every position
/// comes up once; thieves that start together spread over different victims.
/// </summary>
internal sealed class RandomOrder
{
    private readonly uint[] coprimes;

    public RandomOrder(int count)
    {
        Count = (uint)count;
        var list = new List<uint>();
        for (uint i = 1; i <= Count; i++)
            if (Gcd(i, Count) == 1) list.Add(i);
        coprimes = [.. list];
    }

    public uint Count { get; }

    public Enumerator Start(uint random) =>
        new(Count, random % Count, coprimes[random / Count % (uint)coprimes.Length]);

    private static uint Gcd(uint a, uint b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    public struct Enumerator(uint count, uint pos, uint inc)
    {
        private uint i;
        private uint pos = pos;

        public readonly bool Done => i == count;
        public readonly int Position => (int)pos;

        public void Next()
        {
            i++;
            pos = (pos + inc) % count;
        }
    }
}
