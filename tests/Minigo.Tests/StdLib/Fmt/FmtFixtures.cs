using Minigo.Runtime;
using Minigo.StdLib.Support;
using static Minigo.Tests.StdLib.GoValues;

namespace Minigo.Tests.StdLib.Fmt;

/// <summary>The named operands of fmt_cases.txt, built as the compiler would build gen.go.txt's fixtures.</summary>
internal static class FmtFixtures
{
    private static readonly RType Int = BasicTypes.Int;

    public static readonly RType Point = Struct("main.Point", ("X", Int), ("Y", Int));
    public static readonly RType PointPtr = PtrTo(Point);
    public static readonly RType StringSlice = SliceOf(BasicTypes.String);
    public static readonly RType Outer = Struct("main.Outer", ("Name", BasicTypes.String), ("In", Point), ("P", PointPtr), ("Tags", StringSlice));

    public static readonly RType S = new(Kind.Int)
    {
        Name = "main.S",
        Methods = [Method("String", c => c.SetStr(0, "S" + c.Int(0)))],
    };

    public static readonly RType E = WithMethods(Struct("main.E", ("Code", Int)),
        Method("Error", c => c.SetStr(0, "error " + ((Slot[])c.Ref(0)!)[0].N)));

    public static readonly RType P = WithMethods(Struct("main.P"), Method("String", _ => throw Panics.String("boom")));

    public static readonly RType NE = Struct("main.NE", ("msg", BasicTypes.String));
    public static readonly RType NEPtr = WithMethods(PtrTo(NE), Method("Error", c =>
    {
        var box = (Slot[]?)c.Ref(0) ?? throw RuntimeErrors.NilDeref();
        c.SetStr(0, box[0].S);
    }));

    public static readonly RType Celsius = new(Kind.Float64) { Name = "main.Celsius" };
    public static readonly RType MyStr = new(Kind.String) { Name = "main.MyStr" };
    public static readonly RType B = new(Kind.Slice) { Name = "main.B", Elem = BasicTypes.Uint8 };
    public static readonly RType U = Struct("main.U", ("x", S), ("Y", S));
    public static readonly RType G = WithMethods(Struct("main.G", ("A", Int)), Method("GoString", c => c.SetStr(0, "G!")));
    public static readonly RType WithAny = Struct(null, ("A", Any), ("B", Error));
    public static readonly RType Anon = Struct(null, ("X", Int), ("y", Int));

    private static RType WithMethods(RType t, params RMethod[] methods)
    {
        t.Methods = methods;
        return t;
    }

    private static Map NewMap(RType k, RType v, params (Slot K, Slot V)[] entries)
    {
        var m = new Map(k, v);
        foreach (var (key, val) in entries) m.Entries[key] = val;
        return m;
    }

    public static Slot Get(string name) => name switch
    {
        "point" => Box(Point, StructValue(new Slot(1), new Slot(2))),
        "ppoint" => Box(PointPtr, StructValue(new Slot(1), new Slot(2))),
        "nested" => Box(Outer, StructValue(new Slot("o"), StructValue(new Slot(3), new Slot(4)), default, new Slot(StrSlice("a", "b")))),
        "intslice" => Box(SliceOf(Int), new Slot(IntSlice(1, 2, 3))),
        "nilslice" => Box(SliceOf(Int), default),
        "strslice" => Box(StringSlice, new Slot(StrSlice("a", "b"))),
        "arr" => Box(ArrayOf(3, Int), new Slot(new long[] { 1, 2, 3 })),
        "bytearr" => Box(ArrayOf(3, BasicTypes.Uint8), new Slot(new byte[] { 65, 66, 67 })),
        "namedbytes" => Box(B, new Slot(ByteSlice(1, 2))),
        "anyslice" => Box(SliceOf(Any), new Slot(Slice(GoValues.Int(1), Str("a"), default, Float(2.5), Bool(true)))),
        "map" => Box(MapOf(BasicTypes.String, Int), new Slot(NewMap(BasicTypes.String, Int,
            (new Slot("b"), new Slot(2)), (new Slot("a"), new Slot(1)), (new Slot("c"), new Slot(3))))),
        "intmap" => Box(MapOf(Int, BasicTypes.String), new Slot(NewMap(Int, BasicTypes.String,
            (new Slot(3), new Slot("c")), (new Slot(1), new Slot("a")), (new Slot(2), new Slot("b")), (new Slot(-5), new Slot("m"))))),
        "nilmap" => Box(MapOf(BasicTypes.String, Int), default),
        "floatmap" => Box(MapOf(BasicTypes.Float64, BasicTypes.String), new Slot(NewMap(BasicTypes.Float64, BasicTypes.String,
            (Slot.FromFloat(double.NaN), new Slot("nan")), (Slot.FromFloat(1), new Slot("one")), (Slot.FromFloat(-1), new Slot("neg")),
            (Slot.FromFloat(double.PositiveInfinity), new Slot("inf"))))),
        "boolmap" => Box(MapOf(BasicTypes.Bool, Int), new Slot(NewMap(BasicTypes.Bool, Int, (new Slot(1), new Slot(1)), (new Slot(0), new Slot(0))))),
        "ifacemap" => Box(MapOf(Any, Int), new Slot(NewMap(Any, Int,
            (GoValues.Int(1), new Slot(1)), (Str("a"), new Slot(2)), (Float(2.5), new Slot(3)), (Bool(true), new Slot(4)),
            (GoValues.Int(0), new Slot(5)), (Str(""), new Slot(6))))),
        "stringer" => Box(S, new Slot(7)),
        "errval" => Box(E, StructValue(new Slot(42))),
        "panicker" => Box(P, StructValue()),
        "nilerrptr" => Box(NEPtr, default),
        "stringerslice" => Box(SliceOf(S), new Slot(IntSlice(1, 2))),
        "celsius" => Box(Celsius, Slot.FromFloat(21.5)),
        "mystr" => Box(MyStr, new Slot("hi")),
        "structwithany" => Box(WithAny, StructValue(GoValues.Int(5), default)),
        "unexported" => Box(U, StructValue(new Slot(3), new Slot(4))),
        "anonstruct" => Box(Anon, StructValue(new Slot(1), new Slot(2))),
        "nilptr" => Box(PtrTo(Int), default),
        "gostringer" => Box(G, StructValue(new Slot(1))),
        "nestedslices" => Box(SliceOf(SliceOf(Int)), new Slot(Slice(new Slot(IntSlice(1)), default, new Slot(IntSlice(2, 3))))),
        "arrofslices" => Box(ArrayOf(2, StringSlice), new Slot(new Slot[] { new(StrSlice("x")), default })),
        _ => throw new ArgumentException("unknown fixture " + name),
    };
}
