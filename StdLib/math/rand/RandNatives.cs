using Minigo.Runtime;

namespace Minigo.StdLib.GoMath;

/// <summary>
/// The natives of package math/rand: Go's ALFG source (rngSource in rng.go, a box of
/// {tap, feed, vec [607]int64}). Each call locks the source, so the shared top-level source
/// stays consistent when goroutines run in parallel.
/// </summary>
public static class RandNatives
{
    private const int RngLen = 607, RngTap = 273;
    private const long Int32Max = (1L << 31) - 1;

    public static void Register(NativeTable t)
    {
        t.Add("rngSource.Seed", c =>
        {
            var box = Box(c);
            lock (box) Seed(box, c.Int(1));
        });
        t.Add("rngSource.Int63", c =>
        {
            var box = Box(c);
            lock (box) c.SetInt(0, (long)(Next(box) & long.MaxValue));
        });
        t.Add("rngSource.Uint64", c =>
        {
            var box = Box(c);
            lock (box) c.SetInt(0, (long)Next(box));
        });
        t.Add("randomSeed", c => c.SetInt(0, System.Random.Shared.NextInt64()));
        t.Add("kn", c => c.SetInt(0, Ziggurat.Kn[c.Int(0)]));
        t.Add("wn", c => c.SetFloat(0, Ziggurat.Wn[c.Int(0)]));
        t.Add("fn", c => c.SetFloat(0, Ziggurat.Fn[c.Int(0)]));
        t.Add("ke", c => c.SetInt(0, Ziggurat.Ke[c.Int(0)]));
        t.Add("we", c => c.SetFloat(0, Ziggurat.We[c.Int(0)]));
        t.Add("fe", c => c.SetFloat(0, Ziggurat.Fe[c.Int(0)]));
    }

    private static Slot[] Box(NativeCall c) => (Slot[]?)c.Ref(0) ?? throw RuntimeErrors.NilDeref();

    /// <summary>x[n+1] = 48271 * x[n] mod (2**31 - 1), Schrage's method on int32 as Go does it.</summary>
    private static int SeedRand(int x)
    {
        const int A = 48271, Q = 44488, R = 3399;
        int hi = x / Q;
        int lo = x % Q;
        x = A * lo - R * hi;
        if (x < 0) x += (int)Int32Max;
        return x;
    }

    private static void Seed(Slot[] box, long seed)
    {
        var vec = (long[])box[2].R!;
        box[0].N = 0;
        box[1].N = RngLen - RngTap;
        seed %= Int32Max;
        if (seed < 0) seed += Int32Max;
        if (seed == 0) seed = 89482311;
        int x = (int)seed;
        for (int i = -20; i < RngLen; i++)
        {
            x = SeedRand(x);
            if (i >= 0)
            {
                long u = (long)x << 40;
                x = SeedRand(x);
                u ^= (long)x << 20;
                x = SeedRand(x);
                u ^= x;
                u ^= RngCooked.Values[i];
                vec[i] = u;
            }
        }
    }

    private static ulong Next(Slot[] box)
    {
        var vec = (long[])box[2].R!;
        long tap = box[0].N - 1;
        if (tap < 0) tap += RngLen;
        long feed = box[1].N - 1;
        if (feed < 0) feed += RngLen;
        box[0].N = tap;
        box[1].N = feed;
        long x = vec[feed] + vec[tap];
        vec[feed] = x;
        return (ulong)x;
    }
}
