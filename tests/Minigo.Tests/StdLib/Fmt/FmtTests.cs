using Minigo.Runtime;
using Xunit;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.Fmt;

/// <summary>The fmt natives besides Sprintf's verbs (see FmtCaseTests): the Print family, Errorf, Append, methods.</summary>
public class FmtTests
{
    private readonly FakeContext ctx = new();

    private string Call(string name, params Slot[] args) => ctx.Invoke(Native("fmt", name), [new Slot(Slice(args))], 1)[0].S;

    private string Sprintf(string format, params Slot[] args) =>
        ctx.Invoke(Native("fmt", "Sprintf"), [new Slot(format), new Slot(Slice(args))], 1)[0].S;

    [Fact]
    public void SprintAddsSpacesBetweenNonStrings()
    {
        Assert.Equal("1 2a3bc4.5 <nil> true", Call("Sprint", Int(1), Int(2), Str("a"), Int(3), Str("b"), Str("c"), Float(4.5), default, Bool(true)));
        Assert.Equal("ab", Call("Sprint", Str("a"), Str("b")));
        Assert.Equal("", Call("Sprint"));
        // A named string type counts as a string.
        Assert.Equal("1hi2", Call("Sprint", Int(1), Box(FmtFixtures.MyStr, new Slot("hi")), Int(2)));
    }

    [Fact]
    public void SprintlnSeparatesAllAndEndsWithNewline()
    {
        Assert.Equal("1 a <nil>\n", Call("Sprintln", Int(1), Str("a"), default));
        Assert.Equal("\n", Call("Sprintln"));
    }

    [Fact]
    public void PrintWritesToStdoutAndReturnsTheCount()
    {
        var r = ctx.Invoke(Native("fmt", "Println"), [new Slot(Slice(Str(G("héllo")), Int(42)))], 2);
        Assert.Equal(10, r[0].N);
        Assert.Null(r[1].R);
        r = ctx.Invoke(Native("fmt", "Printf"), [new Slot("%d|%s\n"), new Slot(Slice(Int(7), Str("x")))], 2);
        Assert.Equal(4, r[0].N);
        Assert.Equal(G("héllo 42\n7|x\n"), ctx.StdoutText);
    }

    [Fact]
    public void AppendfAppendsToTheSlice()
    {
        var dst = Minigo.StdLib.Support.GoSlices.FromString("x:");
        var r = ctx.Invoke(Native("fmt", "Appendf"), [new Slot(dst), new Slot("%d-%s"), new Slot(Slice(Int(1), Str("y")))], 1);
        Assert.Equal("x:1-y", Minigo.StdLib.Support.GoSlices.ToGoString((Slice)r[0].R!));
        r = ctx.Invoke(Native("fmt", "Appendln"), [default, new Slot(Slice(Int(1)))], 1);
        Assert.Equal("1\n", Minigo.StdLib.Support.GoSlices.ToGoString((Slice)r[0].R!));
    }

    private (string Msg, long[] Wrapped) Errorf(string format, params Slot[] args)
    {
        var r = ctx.Invoke(Native("fmt", "errorf"), [new Slot(format), new Slot(Slice(args))], 2);
        var w = (Slice?)r[1].R;
        return (r[0].S, w == null ? [] : ((long[])w.Array)[w.Offset..(w.Offset + w.Length)]);
    }

    [Fact]
    public void ErrorfReportsTheWrappedOperands()
    {
        var e1 = FmtFixtures.Get("errval");
        var (msg, wrapped) = Errorf("wrap %w and %w, %d", e1, e1, Int(5));
        Assert.Equal("wrap error 42 and error 42, 5", msg);
        Assert.Equal([0L, 1L], wrapped);
        // Reordered: the indexes are sorted (the Go wrapper drops the duplicates).
        (_, wrapped) = Errorf("x %[2]w %[1]w %[2]w", e1, e1);
        Assert.Equal([0L, 1L, 1L], wrapped);
        // %w of a non-error is a bad verb; the operand is still listed.
        (msg, wrapped) = Errorf("one %w", Int(5));
        Assert.Equal("one %!w(int=5)", msg);
        Assert.Equal([0L], wrapped);
        (msg, wrapped) = Errorf("plain %d", Int(1));
        Assert.Equal("plain 1", msg);
        Assert.Empty(wrapped);
    }

    [Fact]
    public void SprintfRejectsPercentWOutsideErrorf()
    {
        Assert.Equal("%!w(main.E={42})", Sprintf("%w", FmtFixtures.Get("errval")));
    }

    [Fact]
    public void PointersPrintAsFakeAddresses()
    {
        var box = new Slot[] { new(1), new(2) };
        string a = Sprintf("%p", Box(FmtFixtures.PointPtr, new Slot(box)));
        Assert.Matches("^0xc[0-9a-f]{9}$", a);
        Assert.Equal(a, Sprintf("%p", Box(FmtFixtures.PointPtr, new Slot(box))));
        Assert.Equal(a[2..], Sprintf("%#p", Box(FmtFixtures.PointPtr, new Slot(box))));
        // Deeper than the top level a pointer to a struct is an address, not &{...}.
        Assert.Matches(@"^\[0xc[0-9a-f]{9}\]$", Sprintf("%v", Box(SliceOf(FmtFixtures.PointPtr), new Slot(Slice(new Slot(box))))));
        Assert.Matches(@"^\(\*main\.Point\)\(0xc[0-9a-f]{9}\)$", Sprintf("%#v", Box(SliceOf(FmtFixtures.PointPtr), new Slot(Slice(new Slot(box)))))[14..^1]);
        Assert.Equal("[<nil>] map[a:<nil>]", Sprintf("%v %+v", Box(SliceOf(FmtFixtures.PointPtr), new Slot(Slice(default(Slot)))),
            Box(MapOf(BasicTypes.String, FmtFixtures.PointPtr), new Slot(NewMap(BasicTypes.String, FmtFixtures.PointPtr, (new Slot("a"), default))))));
        Assert.Equal("%!p(int=5)", Sprintf("%p", Int(5)));
        Assert.Equal("0x0", Sprintf("%p", Box(SliceOf(BasicTypes.Int), default)));
    }

    private static Map NewMap(RType k, RType v, params (Slot K, Slot V)[] entries)
    {
        var m = new Map(k, v);
        foreach (var (key, val) in entries) m.Entries[key] = val;
        return m;
    }

    [Fact]
    public void ErrorTakesPrecedenceOverString()
    {
        var t = new RType(Kind.Int)
        {
            Name = "main.Both",
            Methods = [Method("Error", c => c.SetStr(0, "as error")), Method("String", c => c.SetStr(0, "as string"))],
        };
        // %d is not a method verb: the value prints as its kind.
        Assert.Equal("as error|as error|3|3", Sprintf("%v|%s|%d|%#v", Box(t, new Slot(3)), Box(t, new Slot(3)), Box(t, new Slot(3)), Box(t, new Slot(3))));
    }

    [Fact]
    public void MethodsAreCalledOnNestedValuesAndNilPointersPrintNil()
    {
        Assert.Equal("{S1 [S2 S3] map[S4:S5]}", Sprintf("%v", Box(
            Struct("main.W", ("A", FmtFixtures.S), ("L", SliceOf(FmtFixtures.S)), ("M", MapOf(FmtFixtures.S, FmtFixtures.S))),
            StructValue(new Slot(1), new Slot(IntSlice(2, 3)), new Slot(NewMap(FmtFixtures.S, FmtFixtures.S, (new Slot(4), new Slot(5))))))));
        // A panic with a nil pointer receiver prints <nil>, as Go's catchPanic does.
        Assert.Equal("[<nil>]", Sprintf("%v", Box(SliceOf(FmtFixtures.NEPtr), new Slot(Slice(default(Slot))))));
    }

    [Fact]
    public void PanicInsideAPanicValuePropagates()
    {
        // The panic value's own String method panics: Go gives up and panics.
        var bad = new RType(Kind.Int) { Name = "main.Bad", Methods = [Method("String", c => throw new GoPanic(Box(FmtFixtures.P, StructValue())))] };
        Assert.Throws<GoPanic>(() => Sprintf("%v", Box(bad, new Slot(1))));
    }

    [Fact]
    public void WidthAndFlagsApplyToMethodResults()
    {
        Assert.Equal("[   S7]|S7   |\"S7\"", Sprintf("[%5v]|%-5s|%q", FmtFixtures.Get("stringer"), FmtFixtures.Get("stringer"), FmtFixtures.Get("stringer")));
    }

    [Fact]
    public void ReentrantFormattingUsesSeparatePrinters()
    {
        // A String method that itself formats (fmt.Sprintf inside String()).
        var inner = new RType(Kind.Int)
        {
            Name = "main.Inner",
            Methods = [Method("String", c => c.SetStr(0, ctx.Invoke(Native("fmt", "Sprintf"), [new Slot("<%03d>"), new Slot(Slice(Int(c.Int(0))))], 1)[0].S))],
        };
        Assert.Equal("a <007> b <042>", Sprintf("a %v b %v", Box(inner, new Slot(7)), Box(inner, new Slot(42))));
    }
}
