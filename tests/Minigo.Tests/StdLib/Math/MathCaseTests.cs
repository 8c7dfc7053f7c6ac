using System.Globalization;
using System.Runtime.CompilerServices;
using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.GoMath;

/// <summary>Replays math_cases.txt (real Go's math, math/bits and math/rand's source; see gen.go.txt).</summary>
public class MathCaseTests
{
    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(Path.Combine(Dir(), "math_cases.txt")));

    private readonly FakeContext ctx = new();

    private Slot[] Call(string pkg, string name, int results, params Slot[] args) => ctx.Invoke(Native(pkg, name), args, results);

    private static Slot F(string hex) => new((long)ulong.Parse(hex, NumberStyles.HexNumber));
    private static string X(Slot s) => ((ulong)s.N).ToString("x");

    [Fact]
    public void RandSourceMatchesGo()
    {
        foreach (var line in Lines.Value.Where(l => l.StartsWith("seed ")))
        {
            long seed = long.Parse(line[5..line.IndexOf(':')]);
            var box = new Slot[] { default, default, new(new long[607]) };
            Call("math/rand", "rngSource.Seed", 0, new Slot(box), new Slot(seed));
            var got = new List<string>();
            for (int i = 0; i < 5; i++) got.Add(Call("math/rand", "rngSource.Int63", 1, new Slot(box))[0].N.ToString());
            string u = ((ulong)Call("math/rand", "rngSource.Uint64", 1, new Slot(box))[0].N).ToString();
            Assert.Equal(line, $"seed {seed}: {string.Join(' ', got)} | {u}");
        }
    }

    [Fact]
    public void PowFrexpModfMaxMinLdexpModMatchGo()
    {
        var failures = new List<string>();
        foreach (var l in Lines.Value.Select(l => l.Split(' ')))
        {
            if (l[0] == "pow")
            {
                string got = X(Call("math", "Pow", 1, F(l[1]), F(l[2]))[0]);
                if (got != l[3]) failures.Add($"Pow({l[1]}, {l[2]}) = {got}, want {l[3]}");
            }
            else if (l[0] == "misc")
            {
                var fr = Call("math", "Frexp", 2, F(l[1]));
                var mf = Call("math", "Modf", 2, F(l[1]));
                string got = string.Join(' ', X(fr[0]), fr[1].N, X(mf[0]), X(mf[1]),
                    X(Call("math", "Max", 1, F(l[1]), Slot.FromFloat(1))[0]),
                    X(Call("math", "Min", 1, F(l[1]), Slot.FromFloat(-0.0))[0]),
                    X(Call("math", "Ldexp", 1, F(l[1]), new Slot(-1060))[0]),
                    X(Call("math", "Mod", 1, F(l[1]), Slot.FromFloat(0.3))[0]));
                string want = string.Join(' ', l[2..]);
                if (got != want) failures.Add($"misc({l[1]}) = {got}, want {want}");
            }
            else if (l[0] == "pow10")
            {
                string got = X(Call("math", "Pow10", 1, new Slot(long.Parse(l[1])))[0]);
                if (got != l[2]) failures.Add($"Pow10({l[1]}) = {got}, want {l[2]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void FunctionsFollowingGosAlgorithmsMatchBitForBit()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var l in Lines.Value.Select(l => l.Split(' ')).Where(l => l[0] == "fn"))
        {
            n++;
            var got = l[1] == "Atan2" ? Call("math", "Atan2", 1, F(l[2]), Slot.FromFloat(-3))[0] : Call("math", l[1], 1, F(l[2]))[0];
            // NaN results only need to be NaN.
            double want = BitConverter.UInt64BitsToDouble(ulong.Parse(l[3], NumberStyles.HexNumber));
            if (X(got) != l[3] && !(double.IsNaN(want) && double.IsNaN(got.F)))
                failures.Add($"{l[1]}({BitConverter.UInt64BitsToDouble(ulong.Parse(l[2], NumberStyles.HexNumber)):R}) = {got.F:R}, want {want:R}");
        }
        Assert.True(n > 1000);
        Assert.True(failures.Count == 0, $"{failures.Count}/{n}:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void BitsMatchGo()
    {
        var lines = Lines.Value;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("bits ")) continue;
            var l = lines[i].Split(' ');
            var x = new Slot((long)ulong.Parse(l[1]));
            long N(string f, params Slot[] extra) => Call("math/bits", f, 1, [x, .. extra])[0].N;
            ulong U(string f, params Slot[] extra) => (ulong)N(f, extra);
            var x32 = new Slot((long)(uint)x.N);
            var x8 = new Slot((long)(byte)x.N);
            var x16 = new Slot((long)(ushort)x.N);
            string[] parts =
            [
                "bits", l[1], N("LeadingZeros64").ToString(),
                Call("math/bits", "LeadingZeros32", 1, x32)[0].N.ToString(),
                Call("math/bits", "LeadingZeros8", 1, x8)[0].N.ToString(),
                Call("math/bits", "TrailingZeros16", 1, x16)[0].N.ToString(),
                N("OnesCount64").ToString(),
                Call("math/bits", "RotateLeft32", 1, x32, new Slot(-3))[0].N.ToString(),
                Call("math/bits", "RotateLeft8", 1, x8, new Slot(11))[0].N.ToString(),
                Call("math/bits", "Reverse16", 1, x16)[0].N.ToString(),
                Call("math/bits", "ReverseBytes32", 1, x32)[0].N.ToString(),
                N("Len64").ToString(),
                Call("math/bits", "Len8", 1, x8)[0].N.ToString(),
                U("Reverse64").ToString(),
            ];
            Assert.Equal(lines[i], string.Join(' ', parts));
            var mul = Call("math/bits", "Mul64", 2, x, new Slot(0x123456789));
            var add = Call("math/bits", "Add64", 2, x, new Slot(-1), new Slot(1));
            var sub = Call("math/bits", "Sub64", 2, x, new Slot(5), new Slot(1));
            var rem = Call("math/bits", "Rem64", 1, x, new Slot(17), new Slot(13));
            string arith = string.Join(' ', "arith", (ulong)mul[0].N, (ulong)mul[1].N, (ulong)add[0].N, add[1].N, (ulong)sub[0].N, sub[1].N, rem[0].N);
            Assert.Equal(lines[i + 1], arith);
        }
    }

    [Fact]
    public void Div64PanicsLikeGo()
    {
        var e = Assert.Throws<GoPanic>(() => Call("math/bits", "Div64", 2, new Slot(5), new Slot(0), new Slot(5)));
        Assert.Equal("integer overflow", Iface.ValueOf(e.Value).S);
        e = Assert.Throws<GoPanic>(() => Call("math/bits", "Div64", 2, new Slot(0), new Slot(1), new Slot(0)));
        Assert.Equal("integer divide by zero", Iface.ValueOf(e.Value).S);
    }

    [Fact]
    public void SpecialValues()
    {
        Assert.Equal(0x7FF8000000000001UL, (ulong)Call("math", "NaN", 1)[0].N);
        Assert.True(Call("math", "IsInf", 1, Slot.FromFloat(double.NegativeInfinity), new Slot(-1))[0].N != 0);
        Assert.False(Call("math", "IsInf", 1, Slot.FromFloat(double.NegativeInfinity), new Slot(1))[0].N != 0);
        Assert.True(Call("math", "Signbit", 1, Slot.FromFloat(-0.0))[0].N != 0);
        Assert.Equal(1065353216, Call("math", "Float32bits", 1, Slot.FromFloat(1.0))[0].N);
        Assert.Equal(3.0, Call("math", "Log10", 1, Slot.FromFloat(1000))[0].F);
        Assert.Equal(14.999999999999998, Call("math", "Log10", 1, Slot.FromFloat(1e15))[0].F);
        Assert.Equal(3.0, Call("math", "Log2", 1, Slot.FromFloat(8))[0].F);
        Assert.Equal(1.3310000000000004, Call("math", "Pow", 1, Slot.FromFloat(1.1), Slot.FromFloat(3))[0].F);
        Assert.Equal(3.0, Call("math", "Round", 1, Slot.FromFloat(2.5))[0].F);
        Assert.Equal(2.0, Call("math", "RoundToEven", 1, Slot.FromFloat(2.5))[0].F);
    }
}
