using System.Runtime.CompilerServices;
using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.Strings;

/// <summary>Replays text_cases.txt (real Go's strings, unicode and utf8; see gen.go.txt) against the natives.</summary>
public class TextCaseTests
{
    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Hex(string h) =>
        h == "-" ? "" : System.Text.Encoding.Latin1.GetString(Convert.FromHexString(h));

    private static string ToHex(string s) =>
        s.Length == 0 ? "-" : Convert.ToHexString(System.Text.Encoding.Latin1.GetBytes(s)).ToLowerInvariant();

    private static string List(Slot v)
    {
        var s = (Slice?)v.R;
        if (s == null) return "nil";
        var arr = (Slot[])s.Array;
        return "[" + string.Join(",", Enumerable.Range(0, s.Length).Select(i => ToHex(arr[s.Offset + i].S))) + "]";
    }

    private static readonly HashSet<string> BoolResults =
        ["Contains", "ContainsAny", "ContainsRune", "EqualFold", "HasPrefix", "HasSuffix", "ValidString", "FullRuneInString"];
    private static readonly HashSet<string> IntResults =
        ["Compare", "Count", "Index", "IndexAny", "LastIndex", "LastIndexAny", "IndexByte", "LastIndexByte", "IndexRune", "RuneCountInString"];
    private static readonly HashSet<string> ListResults = ["Fields", "Split", "SplitAfter", "SplitN", "SplitAfterN"];

    private static readonly string[] RuneProps =
        ["IsLetter", "IsDigit", "IsNumber", "IsSpace", "IsUpper", "IsLower", "IsTitle", "IsPunct", "IsSymbol", "IsMark", "IsControl", "IsGraphic", "IsPrint"];

    private readonly FakeContext ctx = new();

    private Slot[] Call(string pkg, string name, int results, params Slot[] args) => ctx.Invoke(Native(pkg, name), args, results);

    private string Run(string fn, string[] a)
    {
        switch (fn)
        {
            case "Rune": return RuneCase(long.Parse(a[0]));
            case "DecodeRuneInString": case "DecodeLastRuneInString":
            {
                var r = Call("unicode/utf8", fn, 2, new Slot(Hex(a[0])));
                return r[0].N + "," + r[1].N;
            }
            case "RuneCountInString": case "ValidString": case "FullRuneInString":
                return Format(fn, Call("unicode/utf8", fn, 1, new Slot(Hex(a[0])))[0]);
            case "Join":
                return ToHex(Call("strings", "Join", 1, new Slot(StrSlice(Hex(a[0]), Hex(a[1]), Hex(a[0]))), new Slot(Hex(a[1])))[0].S);
            case "Replacer":
            {
                var box = new Slot[] { new(StrSlice(a[1..].Select(Hex).ToArray())) };
                return ToHex(Call("strings", "Replacer.Replace", 1, new Slot(box), new Slot(Hex(a[0])))[0].S);
            }
        }
        var args = a.Select((x, i) => ArgSlot(fn, i, x)).ToArray();
        return Format(fn, Call("strings", fn, 1, args)[0]);
    }

    /// <summary>Arguments are hex strings, except the numeric ones (a count, a byte, a rune).</summary>
    private static Slot ArgSlot(string fn, int i, string x)
    {
        bool numeric = (fn is "SplitN" or "SplitAfterN" && i == 2) || (fn == "Replace" && i == 3) || (fn == "Repeat" && i == 1)
                       || (fn is "IndexByte" or "LastIndexByte" or "IndexRune" or "ContainsRune" && i == 1);
        return numeric ? new Slot(long.Parse(x)) : new Slot(Hex(x));
    }

    private static string Format(string fn, Slot v) =>
        BoolResults.Contains(fn) ? (v.N != 0 ? "true" : "false")
        : IntResults.Contains(fn) ? v.N.ToString()
        : ListResults.Contains(fn) ? List(v)
        : ToHex(v.S);

    private string RuneCase(long r)
    {
        string props = string.Concat(RuneProps.Select(p => Call("unicode", p, 1, new Slot(r))[0].N != 0 ? "1" : "0"));
        long Map(string f) => Call("unicode", f, 1, new Slot(r))[0].N;
        var latin = Call("unicode", "table", 1, new Slot("Latin"))[0];
        var han = Call("unicode", "table", 1, new Slot("Han"))[0];
        if (r >= 0x10000)
            return $"{props[0]}{props[1]}{props[4]}{props[12]},{Map("ToUpper")},{Map("ToLower")},{Map("SimpleFold")}";
        string scripts = (InTable(latin, r) ? "1" : "0") + (InTable(han, r) ? "1" : "0")
                         + (InTable(Call("unicode", "table", 1, new Slot("Greek"))[0], r) || InTable(Call("unicode", "table", 1, new Slot("Cyrillic"))[0], r) ? "1" : "0");
        return $"{props}{scripts},{Map("ToUpper")},{Map("ToLower")},{Map("ToTitle")},{Map("SimpleFold")},{Minigo.StdLib.Support.Utf8.RuneLen(r)}";
    }

    /// <summary>unicode.Is over a table built by the table native (the Go code does this with binary search).</summary>
    private static bool InTable(Slot table, long r)
    {
        var box = (Slot[])table.R!;
        foreach (var part in new[] { (Slice?)box[0].R, (Slice?)box[1].R })
        {
            if (part == null) continue;
            var arr = (Slot[])part.Array;
            for (int i = 0; i < part.Length; i++)
            {
                var rg = (Slot[])arr[part.Offset + i].R!;
                if (r >= rg[0].N && r <= rg[1].N && (r - rg[0].N) % rg[2].N == 0) return true;
            }
        }
        return false;
    }

    [Fact]
    public void MatchesGo()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var line in File.ReadLines(Path.Combine(Dir(), "text_cases.txt")))
        {
            var parts = line.Split('\t');
            n++;
            string got = Run(parts[0], parts[1].Split(' '));
            if (got != parts[2]) failures.Add($"{parts[0]}({parts[1]}) = {got}, want {parts[2]}");
        }
        Assert.True(n > 1000);
        Assert.True(failures.Count == 0, $"{failures.Count}/{n} failed:\n" + string.Join("\n", failures.Take(30)));
    }
}
