using Minigo.Runtime;
using Minigo.StdLib.Support;
using Xunit;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.Misc;

/// <summary>The bytes natives: same algorithms as strings, plus Go's nil results and aliasing.</summary>
public class BytesTests
{
    private readonly FakeContext ctx = new();

    private Slot Call(string name, params Slot[] args) => ctx.Invoke(Native("bytes", name), args, 1)[0];

    private static Slot B(string s) => new(GoSlices.FromString(s));

    private static string S(Slot v) => GoSlices.ToGoString((Slice?)v.R);

    [Fact]
    public void SearchingMatchesStrings()
    {
        Assert.Equal(2, Call("Index", B("abcabc"), B("ca")).N);
        Assert.Equal(0, Call("Index", B("abc"), B("")).N);
        Assert.Equal(3, Call("LastIndex", B("abcabc"), B("ab")).N);
        Assert.Equal(3, Call("LastIndex", B("abc"), B("")).N);
        Assert.Equal(2, Call("Count", B("a,b,c"), B(",")).N);
        Assert.Equal(-1, Call("Compare", B("a"), B("b")).N);
        Assert.Equal(0, Call("Compare", default, B("")).N);
        Assert.True(Call("Equal", default, B("")).N != 0);
        Assert.True(Call("EqualFold", B(G("Straße")), B(G("STRASSE"))).N == 0);
        Assert.True(Call("EqualFold", B("Go"), B("GO")).N != 0);
        Assert.Equal(1, Call("IndexByte", B("abc"), new Slot('b')).N);
        Assert.Equal(1, Call("IndexRune", B(G("aé")), new Slot(0xE9)).N);
    }

    [Fact]
    public void TrimReturnsSubslicesOrNil()
    {
        var src = GoSlices.FromString("  hi  ");
        var r = (Slice)Call("TrimSpace", new Slot(src)).R!;
        Assert.Same(src.Array, r.Array);
        Assert.Equal(2, r.Offset);
        Assert.Equal("hi", GoSlices.ToGoString(r));
        Assert.Null(Call("TrimSpace", B("   ")).R);
        Assert.Null(Call("Trim", B("xx"), new Slot("x")).R);
        Assert.Null(Call("TrimLeft", default, new Slot("x")).R);
        // TrimRight keeps an empty (non-nil) slice of the input.
        Assert.NotNull(Call("TrimRight", B("xx"), new Slot("x")).R);
        Assert.Equal("ab", S(Call("Trim", B("xxabx"), new Slot("x"))));
    }

    [Fact]
    public void FieldsAreCappedSubslices()
    {
        var src = GoSlices.FromString(" a bc ");
        var f = (Slice)Call("Fields", new Slot(src)).R!;
        Assert.Equal(2, f.Length);
        var second = (Slice)((Slot[])f.Array)[1].R!;
        Assert.Same(src.Array, second.Array);
        Assert.Equal(2, second.Capacity);
        Assert.Equal("bc", GoSlices.ToGoString(second));
    }

    [Fact]
    public void TransformsReturnCopies()
    {
        Assert.Equal(G("HÉLLO"), S(Call("ToUpper", B(G("héllo")))));
        Assert.NotNull(Call("ToUpper", new Slot()).R);
        Assert.Equal("a-b-c", S(Call("Join", new Slot(Slice(B("a"), B("b"), B("c"))), B("-"))));
        Assert.NotNull(Call("Join", default, B("-")).R);
        Assert.Null(Call("Join", new Slot(Slice(B(""))), B("-")).R);
        Assert.Equal("xyxy", S(Call("Repeat", B("xy"), new Slot(2))));
        Assert.Null(Call("Replace", B(""), B("a"), B("b"), new Slot(-1)).R);
        Assert.NotNull(Call("Replace", B("a"), B("a"), B(""), new Slot(-1)).R);
        Assert.Equal("bbc", S(Call("Replace", B("abc"), B("a"), B("b"), new Slot(-1))));
        var e = Assert.Throws<GoPanic>(() => Call("Repeat", B("x"), new Slot(-1)));
        Assert.Equal("bytes: negative Repeat count", Iface.ValueOf(e.Value).S);
    }
}
