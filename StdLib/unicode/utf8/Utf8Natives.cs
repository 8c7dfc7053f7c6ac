using Minigo.StdLib.Support;

namespace Minigo.StdLib.Unicode;

/// <summary>The natives of package unicode/utf8 (declared in utf8/utf8.go).</summary>
public static class Utf8Natives
{
    public static void Register(NativeTable t)
    {
        t.Add("FullRune", c => c.SetBool(0, Utf8.FullRune(Latin1(GoSlices.Bytes(c.SliceArg(0))))));
        t.Add("FullRuneInString", c => c.SetBool(0, Utf8.FullRune(c.Str(0))));
        t.Add("DecodeRune", c => Set(c, Utf8.Decode(GoSlices.Bytes(c.SliceArg(0)))));
        t.Add("DecodeRuneInString", c => Set(c, Utf8.Decode(c.Str(0))));
        t.Add("DecodeLastRune", c => Set(c, Utf8.DecodeLast(GoSlices.Bytes(c.SliceArg(0)))));
        t.Add("DecodeLastRuneInString", c => Set(c, Utf8.DecodeLast(c.Str(0))));
        t.Add("RuneCount", c => c.SetInt(0, Utf8.RuneCount(GoSlices.Bytes(c.SliceArg(0)))));
        t.Add("RuneCountInString", c => c.SetInt(0, Utf8.RuneCount(c.Str(0))));
        t.Add("Valid", c => c.SetBool(0, Utf8.Valid(GoSlices.Bytes(c.SliceArg(0)))));
        t.Add("ValidString", c => c.SetBool(0, Utf8.Valid(c.Str(0))));
    }

    private static void Set(Minigo.Runtime.NativeCall c, (int Rune, int Width) d)
    {
        c.SetInt(0, d.Rune);
        c.SetInt(1, d.Width);
    }

    /// <summary>The first bytes of p as chars (FullRune needs at most four).</summary>
    private static string Latin1(ReadOnlySpan<byte> p) => System.Text.Encoding.Latin1.GetString(p[..Math.Min(p.Length, 4)]);
}
