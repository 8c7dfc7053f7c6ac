using System.Globalization;
using System.Runtime.CompilerServices;
using Minigo.StdLib.Strconv;
using Xunit;

namespace Minigo.Tests.StdLib.Strconv;

/// <summary>Replays strconv_cases.txt, produced by real Go's strconv (see gen.go.txt).</summary>
public class StrconvCaseTests
{
    private static readonly Lazy<string[][]> Lines = new(() =>
        File.ReadLines(Path.Combine(Dir(), "strconv_cases.txt")).Select(l => l.Split(' ')).ToArray());

    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static IEnumerable<string[]> Of(string kind) => Lines.Value.Where(l => l[0] == kind);

    /// <summary>A hex-encoded Go string ("-" is empty).</summary>
    private static string Hex(string h) =>
        h == "-" ? "" : System.Text.Encoding.Latin1.GetString(Convert.FromHexString(h));

    private static void Check(List<string> failures, int total)
    {
        Assert.True(total > 0);
        Assert.True(failures.Count == 0, $"{failures.Count}/{total} failed:\n" + string.Join("\n", failures.Take(25)));
    }

    private static string Status(ParseStatus st) => st switch
    {
        ParseStatus.Ok => "ok",
        ParseStatus.Syntax => "syntax",
        ParseStatus.Range => "range",
        _ => "other",
    };

    [Fact]
    public void FormatFloat()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var l in Of("ff"))
        {
            n++;
            double v = BitConverter.UInt64BitsToDouble(ulong.Parse(l[1], NumberStyles.HexNumber));
            string got = FloatFormat.Format(v, (byte)l[2][0], int.Parse(l[3]), int.Parse(l[4]));
            if (got != l[5]) failures.Add($"FormatFloat({v:R}, '{l[2]}', {l[3]}, {l[4]}) = {got}, want {l[5]}");
        }
        Check(failures, n);
    }

    [Fact]
    public void ParseFloat()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var l in Of("pf"))
        {
            n++;
            string s = Hex(l[1]);
            var st = FloatParse.Parse(s, int.Parse(l[2]), out double v);
            string bits = BitConverter.DoubleToUInt64Bits(v).ToString("x");
            if (bits != l[3] || Status(st) != l[4])
                failures.Add($"ParseFloat(\"{s}\", {l[2]}) = {bits} {Status(st)}, want {l[3]} {l[4]}");
        }
        Check(failures, n);
    }

    [Fact]
    public void ParseIntUintAtoi()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var l in Lines.Value.Where(l => l[0] is "pi" or "pu" or "at"))
        {
            n++;
            string s = Hex(l[1]);
            string got, want;
            if (l[0] == "at")
            {
                var st = IntParse.Atoi(s, out long v);
                got = $"{v} {Status(st)}";
                want = $"{l[2]} {l[3]}";
            }
            else
            {
                int @base = int.Parse(l[2]), bits = int.Parse(l[3]);
                ParseStatus st;
                string value;
                if (l[0] == "pi") { st = IntParse.ParseInt(s, @base, bits, out long v); value = v.ToString(); }
                else { st = IntParse.ParseUint(s, @base, bits, out ulong u); value = u.ToString(); }
                // Base and bit-size errors are "other" errors in the case file.
                got = $"{value} {(st is ParseStatus.Base or ParseStatus.BitSize ? "other" : Status(st))}";
                want = $"{l[4]} {(l[5].StartsWith("other") ? "other" : l[5])}";
            }
            if (got != want) failures.Add($"{l[0]}(\"{s}\" {string.Join(' ', l[2..^2])}) = {got}, want {want}");
        }
        Check(failures, n);
    }

    [Fact]
    public void QuoteAndUnquote()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var l in Lines.Value.Where(l => l[0] is "qs" or "qr" or "uq"))
        {
            n++;
            switch (l[0])
            {
                case "qs":
                {
                    string s = Hex(l[1]);
                    string[] got = [Quote.QuoteString(s, (byte)'"', QuoteMode.Printable), Quote.QuoteString(s, (byte)'"', QuoteMode.Ascii),
                        Quote.QuoteString(s, (byte)'"', QuoteMode.Graphic)];
                    for (int i = 0; i < 3; i++)
                        if (got[i] != Hex(l[2 + i])) failures.Add($"quote mode {i} of {l[1]}: {got[i]}, want {Hex(l[2 + i])}");
                    break;
                }
                case "qr":
                {
                    long r = long.Parse(l[1]);
                    string[] got = [Quote.QuoteRune(r, QuoteMode.Printable), Quote.QuoteRune(r, QuoteMode.Ascii), Quote.QuoteRune(r, QuoteMode.Graphic)];
                    for (int i = 0; i < 3; i++)
                        if (got[i] != Hex(l[2 + i])) failures.Add($"quoteRune mode {i} of {r}: {got[i]}, want {Hex(l[2 + i])}");
                    break;
                }
                default:
                {
                    string s = Hex(l[1]);
                    bool ok = Quote.Unquote(s, out var v);
                    if (ok != (l[2] == "true") || v != Hex(l[3])) failures.Add($"Unquote({s}) = {v} {ok}, want {Hex(l[3])} {l[2]}");
                    break;
                }
            }
        }
        Check(failures, n);
    }

    [Fact]
    public void FormatInt()
    {
        var failures = new List<string>();
        int n = 0;
        foreach (var l in Of("fi"))
        {
            n++;
            string got = IntFormat.FormatInt(long.Parse(l[1]), int.Parse(l[2]));
            if (got != Hex(l[3])) failures.Add($"FormatInt({l[1]}, {l[2]}) = {got}, want {Hex(l[3])}");
        }
        Check(failures, n);
    }
}
