using System.Globalization;
using System.Runtime.CompilerServices;
using Minigo.Runtime;
using Minigo.StdLib.Strconv;
using Xunit;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.Fmt;

/// <summary>
/// Replays fmt_cases.txt: each line is a format, its operands, and the text real Go's
/// Sprintf produced for them (see gen.go.txt).
/// </summary>
public class FmtCaseTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var line in File.ReadLines(Path.Combine(Dir(), "fmt_cases.txt")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            yield return [parts[0], parts[1], parts[2]];
        }
    }

    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sprintf(string format, string operands, string expected)
    {
        string f = Unquote(format);
        var args = Tokens(operands).Select(Operand).ToArray();
        var ctx = new FakeContext();
        var result = ctx.Invoke(Native("fmt", "Sprintf"), [new Slot(f), new Slot(Slice(args))], 1)[0].S;
        Assert.Equal(Unquote(expected), result);
    }

    /// <summary>A Go-quoted literal from the (UTF-8) case file as a Go byte string.</summary>
    private static string Unquote(string quoted)
    {
        Assert.True(Quote.Unquote(G(quoted), out var s), "bad literal " + quoted);
        return s;
    }

    private static Slot Operand(string tok)
    {
        if (tok == "nil") return default;
        int colon = tok.IndexOf(':');
        string kind = tok[..colon], val = tok[(colon + 1)..];
        long Num() => val.StartsWith("0x") ? long.Parse(val[2..], NumberStyles.HexNumber) : long.Parse(val, CultureInfo.InvariantCulture);
        double Fl() => val switch
        {
            "NaN" => double.NaN, "+Inf" => double.PositiveInfinity, "-Inf" => double.NegativeInfinity, "-0" => -0.0,
            _ => double.Parse(val, CultureInfo.InvariantCulture),
        };
        return kind switch
        {
            "i" => Box(BasicTypes.Int, new Slot(Num())),
            "i8" => Box(BasicTypes.Int8, new Slot((sbyte)Num())),
            "i16" => Box(BasicTypes.Int16, new Slot((short)Num())),
            "i32" => Box(BasicTypes.Int32, new Slot((int)Num())),
            "i64" => Box(BasicTypes.Int64, new Slot(Num())),
            "u" => Box(BasicTypes.Uint, new Slot((long)ulong.Parse(val, CultureInfo.InvariantCulture))),
            "u8" => Box(BasicTypes.Uint8, new Slot((byte)Num())),
            "u16" => Box(BasicTypes.Uint16, new Slot((ushort)Num())),
            "u32" => Box(BasicTypes.Uint32, new Slot((uint)Num())),
            "u64" => Box(BasicTypes.Uint64, new Slot((long)ulong.Parse(val, CultureInfo.InvariantCulture))),
            "uptr" => Box(BasicTypes.Uintptr, new Slot(Num())),
            "f" => Box(BasicTypes.Float64, Slot.FromFloat(Fl())),
            "f32" => Box(BasicTypes.Float32, Slot.FromFloat((float)Fl())),
            "c" or "c64" => Complex(kind, val),
            "b" => Box(BasicTypes.Bool, Slot.FromBool(val == "true")),
            "s" => Box(BasicTypes.String, new Slot(Unquote(val))),
            "bs" => Box(SliceOf(BasicTypes.Uint8), new Slot(Minigo.StdLib.Support.GoSlices.FromString(Unquote(val)))),
            "r" => Box(BasicTypes.Int32, new Slot(Rune(val))),
            "v" => FmtFixtures.Get(val),
            _ => throw new ArgumentException(tok),
        };
    }

    private static long Rune(string quoted)
    {
        Assert.True(Quote.UnquoteChar(G(quoted), 1, (byte)'\'', out int r, out _, out _));
        return r;
    }

    private static Slot Complex(string kind, string val)
    {
        var parts = val.Split(',');
        double re = double.Parse(parts[0], CultureInfo.InvariantCulture), im = double.Parse(parts[1], CultureInfo.InvariantCulture);
        if (kind == "c64") { re = (float)re; im = (float)im; }
        var t = kind == "c64" ? BasicTypes.Complex64 : BasicTypes.Complex128;
        return Box(t, new Slot(new BoxedComplex(new System.Numerics.Complex(re, im))));
    }

    /// <summary>Operands separated by spaces outside quotes.</summary>
    private static List<string> Tokens(string s)
    {
        var list = new List<string>();
        var cur = new System.Text.StringBuilder();
        char quote = '\0';
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (quote != '\0')
            {
                cur.Append(c);
                if (c == '\\' && i + 1 < s.Length) cur.Append(s[++i]);
                else if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'' or '`') { quote = c; cur.Append(c); }
            else if (c == ' ') { if (cur.Length > 0) { list.Add(cur.ToString()); cur.Clear(); } }
            else cur.Append(c);
        }
        if (cur.Length > 0) list.Add(cur.ToString());
        return list;
    }
}
