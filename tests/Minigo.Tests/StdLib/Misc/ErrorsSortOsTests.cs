using Minigo.Runtime;
using Minigo.StdLib.Os;
using Minigo.StdLib.Support;
using Xunit;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.Misc;

/// <summary>The reflection natives of errors and sort, and the natives of os and syscall.</summary>
public class ErrorsSortOsTests
{
    private readonly FakeContext ctx = new();

    private Slot[] Call(string pkg, string name, int results, params Slot[] args) => ctx.Invoke(Native(pkg, name), args, results);

    private static string PanicText(GoPanic p) => Iface.ValueOf(p.Value).S;

    [Fact]
    public void ComparableLooksAtTheDynamicType()
    {
        Assert.True(Call("errors", "comparable", 1, Int(1))[0].N != 0);
        Assert.True(Call("errors", "comparable", 1, new Slot())[0].N != 0);
        Assert.False(Call("errors", "comparable", 1, Box(SliceOf(BasicTypes.Int), default))[0].N != 0);
        Assert.False(Call("errors", "comparable", 1, Box(Struct("main.S", ("F", SliceOf(BasicTypes.Int))), StructValue(default!)))[0].N != 0);
    }

    [Fact]
    public void CheckAsTargetPanicsAsGoDoes()
    {
        var e = Assert.Throws<GoPanic>(() => Call("errors", "checkAsTarget", 0, Int(1)));
        Assert.Equal("errors: target must be a non-nil pointer", PanicText(e));
        e = Assert.Throws<GoPanic>(() => Call("errors", "checkAsTarget", 0, Box(PtrTo(BasicTypes.Int), default)));
        Assert.Equal("errors: target must be a non-nil pointer", PanicText(e));
        e = Assert.Throws<GoPanic>(() => Call("errors", "checkAsTarget", 0, Box(PtrTo(BasicTypes.Int), new Slot(0, new Slot[1]))));
        Assert.Equal("errors: *target must be interface or implement error", PanicText(e));
        Call("errors", "checkAsTarget", 0, Box(PtrTo(Error), new Slot(0, new Slot[1])));
        Call("errors", "checkAsTarget", 0, Box(PtrTo(Fmt.FmtFixtures.E), new Slot(Fmt.FmtFixtures.E.Zero().R)));
    }

    [Fact]
    public void AssignToStoresThroughThePointer()
    {
        var err = Fmt.FmtFixtures.Get("errval");          // main.E{42}, a struct implementing error
        // *E target: a pointer to a struct is its box; the value is copied into it.
        var box = (Slot[])Fmt.FmtFixtures.E.Zero().R!;
        Assert.True(Call("errors", "assignTo", 1, err, Box(PtrTo(Fmt.FmtFixtures.E), new Slot(box)))[0].N != 0);
        Assert.Equal(42, box[0].N);
        // *error target: a cell holding an interface.
        var cell = new Slot[1];
        Assert.True(Call("errors", "assignTo", 1, err, Box(PtrTo(Error), new Slot(0, cell)))[0].N != 0);
        Assert.Same(Fmt.FmtFixtures.E, Iface.TypeOf(cell[0]));
        // *S where S is another error type: not assignable.
        var other = new RType(Kind.String) { Name = "main.Other", Methods = [Method("Error", c => { })] };
        var cell2 = new Slot[1];
        Assert.False(Call("errors", "assignTo", 1, err, Box(PtrTo(other), new Slot(0, cell2)))[0].N != 0);
        // An interface the error does not implement.
        var stringer = new RType(Kind.Interface) { Name = "fmt.Stringer", Methods = [new RMethod("String", StringSig, null)] };
        Assert.False(Call("errors", "assignTo", 1, err, Box(PtrTo(stringer), new Slot(0, new Slot[1])))[0].N != 0);
    }

    [Fact]
    public void SwapSliceSwapsEveryStorage()
    {
        var ints = IntSlice(1, 2, 3);
        Call("sort", "swapSlice", 0, Box(SliceOf(BasicTypes.Int), new Slot(ints)), new Slot(0), new Slot(2));
        Assert.Equal(new long[] { 3, 2, 1 }, (long[])ints.Array);
        var bytes = new Slice(new byte[] { 9, 1, 2, 3 }, 1, 3, 3);
        Call("sort", "swapSlice", 0, Box(SliceOf(BasicTypes.Uint8), new Slot(bytes)), new Slot(0), new Slot(1));
        Assert.Equal(new byte[] { 9, 2, 1, 3 }, (byte[])bytes.Array);
        var strs = StrSlice("a", "b");
        Call("sort", "swapSlice", 0, Box(SliceOf(BasicTypes.String), new Slot(strs)), new Slot(1), new Slot(0));
        Assert.Equal("b", ((Slot[])strs.Array)[0].S);
        Assert.Equal(3, Call("sort", "sliceLen", 1, Box(SliceOf(BasicTypes.Int), new Slot(ints)))[0].N);
        var e = Assert.Throws<GoPanic>(() => Call("sort", "swapSlice", 0, Box(SliceOf(BasicTypes.Int), new Slot(ints)), new Slot(0), new Slot(3)));
        Assert.Equal("index out of range [3] with length 3", PanicText(e));
        e = Assert.Throws<GoPanic>(() => Call("sort", "sliceLen", 1, Int(5)));
        Assert.Equal("reflect: call of Swapper on int Value", PanicText(e));
    }

    [Fact]
    public void OsArgsComeFromThePackageState()
    {
        ctx.PackageState[OsNatives.ArgsKey] = new[] { "/tmp/prog", "a", "ü" };
        var s = (Slice)Call("os", "runtime_args", 1)[0].R!;
        Assert.Equal(3, s.Length);
        Assert.Equal(G("ü"), ((Slot[])s.Array)[2].S);
    }

    [Fact]
    public void StandardDescriptorsAreTheStreams()
    {
        var r = Call("syscall", "write", 2, new Slot(1), new Slot(GoSlices.FromString("out")));
        Assert.Equal(3, r[0].N);
        Assert.Equal(0, r[1].N);
        Call("syscall", "write", 2, new Slot(2), new Slot(GoSlices.FromString("err")));
        Assert.Equal("out", ctx.StdoutText);
        Assert.Equal("err", System.Text.Encoding.Latin1.GetString(ctx.Err.ToArray()));
        r = Call("syscall", "write", 2, new Slot(0), new Slot(GoSlices.FromString("x")));
        Assert.Equal(9, r[1].N); // EBADF
        Assert.Equal(0, Call("syscall", "closeFd", 1, new Slot(1))[0].N);
        r = Call("syscall", "write", 2, new Slot(1), new Slot(GoSlices.FromString("more")));
        Assert.Equal(9, r[1].N);
        Assert.Equal("out", ctx.StdoutText);
    }

    [Fact]
    public void DescriptorsTheProgramDidNotOpenAreBad()
    {
        // The host's own descriptors (here 3, likely open in the test process) are out of reach.
        Assert.Equal(9, Call("syscall", "closeFd", 1, new Slot(3))[0].N);
        Assert.Equal(9, Call("syscall", "write", 2, new Slot(3), new Slot(GoSlices.FromString("x")))[1].N);
    }

    [Fact]
    public void ExitFlushesAndThrows()
    {
        var e = Assert.Throws<GoExit>(() => Call("syscall", "Exit", 0, new Slot(3)));
        Assert.Equal(3, e.Code);
    }

    [Fact]
    public void Getenv()
    {
        Environment.SetEnvironmentVariable("MINIGO_STDLIB_TEST", "välue");
        var r = Call("syscall", "Getenv", 2, new Slot("MINIGO_STDLIB_TEST"));
        Assert.Equal(G("välue"), r[0].S);
        Assert.True(r[1].N != 0);
        r = Call("syscall", "Getenv", 2, new Slot("MINIGO_STDLIB_TEST_UNSET"));
        Assert.False(r[1].N != 0);
    }
}
