namespace Minigo.Runtime;

/// <summary>
/// Go's run-time errors (runtime.Error): the panic values of failed bounds checks, nil
/// dereferences, division by zero and the like. Their Error() is "runtime error: " + text.
/// </summary>
public static class RuntimeErrors
{
    /// <summary>The type of runtime error values; implements error and runtime.Error.</summary>
    public static readonly RType ErrorType = CreateType();

    private static RType CreateType()
    {
        var t = new RType(Kind.String) { Name = "runtime.Error" };
        var sig = new RType(Kind.Func) { Results = [BasicTypes.String] };
        NativeFunc error = c => c.SetStr(0, "runtime error: " + c.Str(0));
        NativeFunc marker = _ => { };
        t.Methods = [new RMethod("Error", sig, error), new RMethod("RuntimeError", new RType(Kind.Func), marker)];
        return t;
    }

    public static Slot Make(string text) => Iface.Make(ErrorType, new Slot(text));
    public static GoPanic Panic(string text) => new(Make(text));

    public static GoPanic IndexOutOfRange(long i, long len) => Panic(i < 0 ? $"index out of range [{i}]" : $"index out of range [{i}] with length {len}");
    public static GoPanic NilDeref() => Panic("invalid memory address or nil pointer dereference");
    public static GoPanic DivideByZero() => Panic("integer divide by zero");
    public static GoPanic NilMapWrite() => new(Iface.Make(PlainErrorType, new Slot("assignment to entry in nil map")));

    /// <summary>Go panics with a plain string-typed error for a few conditions (e.g. nil map writes).</summary>
    public static readonly RType PlainErrorType = CreatePlainType();

    private static RType CreatePlainType()
    {
        var t = new RType(Kind.String) { Name = "runtime.plainError" };
        var sig = new RType(Kind.Func) { Results = [BasicTypes.String] };
        NativeFunc error = c => c.SetStr(0, c.Str(0));
        NativeFunc marker = _ => { };
        t.Methods = [new RMethod("Error", sig, error), new RMethod("RuntimeError", new RType(Kind.Func), marker)];
        return t;
    }
}

/// <summary>The predeclared types, shared by every program.</summary>
public static class BasicTypes
{
    public static readonly RType Bool = new(Kind.Bool) { Name = "bool", Id = "bool" };
    public static readonly RType Int = new(Kind.Int) { Name = "int", Id = "int" };
    public static readonly RType Int8 = new(Kind.Int8) { Name = "int8", Id = "int8" };
    public static readonly RType Int16 = new(Kind.Int16) { Name = "int16", Id = "int16" };
    public static readonly RType Int32 = new(Kind.Int32) { Name = "int32", Id = "int32" };
    public static readonly RType Int64 = new(Kind.Int64) { Name = "int64", Id = "int64" };
    public static readonly RType Uint = new(Kind.Uint) { Name = "uint", Id = "uint" };
    public static readonly RType Uint8 = new(Kind.Uint8) { Name = "uint8", Id = "uint8" };
    public static readonly RType Uint16 = new(Kind.Uint16) { Name = "uint16", Id = "uint16" };
    public static readonly RType Uint32 = new(Kind.Uint32) { Name = "uint32", Id = "uint32" };
    public static readonly RType Uint64 = new(Kind.Uint64) { Name = "uint64", Id = "uint64" };
    public static readonly RType Uintptr = new(Kind.Uintptr) { Name = "uintptr", Id = "uintptr" };
    public static readonly RType Float32 = new(Kind.Float32) { Name = "float32", Id = "float32" };
    public static readonly RType Float64 = new(Kind.Float64) { Name = "float64", Id = "float64" };
    public static readonly RType Complex64 = new(Kind.Complex64) { Name = "complex64", Id = "complex64" };
    public static readonly RType Complex128 = new(Kind.Complex128) { Name = "complex128", Id = "complex128" };
    public static readonly RType String = new(Kind.String) { Name = "string", Id = "string" };
    public static readonly RType UnsafePointer = new(Kind.UnsafePointer) { Name = "unsafe.Pointer", Id = "unsafe.Pointer" };

    public static readonly RType[] All =
    [
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
        Float32, Float64, Complex64, Complex128, String,
    ];
}
