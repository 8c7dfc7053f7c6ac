using System.Runtime.CompilerServices;

namespace Minigo.Runtime;

/// <summary>
/// A function implemented in C# (a StdLib native, a runtime method). Arguments arrive in
/// c[0..nargs); results are written to c[0..nresults), over the arguments, so read every
/// argument before writing a result.
/// </summary>
public delegate void NativeFunc(NativeCall c);

/// <summary>A frame of a goroutine's stack as runtime.Caller reports it: the function's Go name, its file and the line running.</summary>
public readonly record struct CallerFrame(string Function, string File, int Line);

/// <summary>What native code may ask of the goroutine that called it.</summary>
public interface IGoContext
{
    /// <summary>The calling goroutine's stack (it may move when Go code is called back).</summary>
    Slot[] Stack { get; }
    /// <summary>
    /// Calls Go code from native code and waits for it: `fn` is a func value (Slot.R of a Go
    /// func), an RMethod (from RType.FindMethod; pass the receiver as args[0]) or a NativeFunc.
    /// A Go panic inside propagates out of Call as an exception: do not catch it.
    /// </summary>
    void Call(object fn, ReadOnlySpan<Slot> args, Span<Slot> results);
    /// <summary>The program's standard streams.</summary>
    Stream Stdout { get; }
    Stream Stderr { get; }
    /// <summary>A named type of the running program ("strconv.NumError"), or null.</summary>
    RType? LookupType(string qualifiedName);
    /// <summary>Program-wide state for a package's natives (e.g. a rand source), by key.</summary>
    Dictionary<string, object> PackageState { get; }
    /// <summary>The calling goroutine as the scheduler sees it.</summary>
    G G { get; }
    /// <summary>
    /// The calling goroutine's Go frames, innermost first (0: the Go function that called the
    /// native): runtime.Caller, testing's file:line prefixes, net/http's registration sites.
    /// </summary>
    IReadOnlyList<CallerFrame> Callers();
    /// <summary>runtime.Stack's text for the calling goroutine: its header line, then its frames.</summary>
    string Traceback();
    /// <summary>The program's scheduler.</summary>
    Scheduler Scheduler { get; }
    /// <summary>Go's maxstacksize for the whole program, in bytes (runtime/debug.SetMaxStack).</summary>
    long MaxStack { get; set; }
    /// <summary>
    /// Called by a native that has parked the goroutine (Scheduler.Park through a channel,
    /// semaphore or timer): the goroutine stops when the native returns. When it runs again,
    /// `resume` is called first; it returns false if it had to park again (then it is called
    /// again at the next wake-up), true when the native's work is complete.
    /// </summary>
    void ParkAfterReturn(Func<bool>? resume);
}

/// <summary>The view a native function has of its arguments and results.</summary>
public readonly struct NativeCall(IGoContext ctx, int @base)
{
    public readonly IGoContext Ctx = ctx;
    public readonly int Base = @base;

    public ref Slot this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Ctx.Stack[Base + i];
    }

    public long Int(int i) => this[i].N;
    public double Float(int i) => this[i].F;
    public bool Bool(int i) => this[i].N != 0;
    public string Str(int i) => this[i].S;
    public object? Ref(int i) => this[i].R;
    public Slice? SliceArg(int i) => (Slice?)this[i].R;

    public void SetInt(int i, long v) => this[i] = new Slot(v);
    public void SetFloat(int i, double v) => this[i] = Slot.FromFloat(v);
    public void SetBool(int i, bool v) => this[i] = new Slot(v ? 1 : 0);
    public void SetStr(int i, string v) => this[i] = new Slot(v);
    public void SetRef(int i, object? v) => this[i] = new Slot(v);
}
