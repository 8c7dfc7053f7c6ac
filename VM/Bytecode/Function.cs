using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>
/// A compiled function: code, constants and the aux tables its instructions index, plus
/// what the interpreter needs to set up a frame. A native function has only Native set.
/// </summary>
public sealed class Function(string name)
{
    /// <summary>Go's name for stack traces: "main.fib", "main.(*T).M", "main.main.func1".</summary>
    public string Name { get; set; } = name;
    public string File { get; set; } = "";
    public int Line { get; set; }

    public Instr[] Code { get; set; } = [];
    /// <summary>Source line of each instruction (for panics' stack traces); in inlined code, the line in the inlined function's file.</summary>
    public int[] Lines { get; set; } = [];
    /// <summary>Per instruction, the innermost inlined call it belongs to (an index into Inlined), -1 for the function's own code; empty if nothing was inlined.</summary>
    public int[] InlinedAt { get; set; } = [];
    /// <summary>The inline tree, as Go's: each call compiled in place, its callee and where it was called from.</summary>
    public InlinedCall[] Inlined { get; set; } = [];
    public Slot[] Constants { get; set; } = [];
    public RType[] Types { get; set; } = [];
    /// <summary>Functions this one calls or closes over (Call, MakeClosure, CallNative).</summary>
    public Function[] Callees { get; set; } = [];
    /// <summary>Per-call-site inline caches for CallIface.</summary>
    public IfaceCallCache?[] CallCaches { get; set; } = [];

    /// <summary>Slots taken by the parameters (receiver first).</summary>
    public int NumParams { get; set; }
    public int NumResults { get; set; }
    /// <summary>Registers the frame needs, including call areas.</summary>
    public int FrameSize { get; set; }
    /// <summary>What this frame would take on a Go stack (locals, arrays and structs inline):
    /// counted against Go's 1 GB limit, so deep recursion overflows where Go's would.</summary>
    public long GoFrameBytes { get; set; } = 64;
    /// <summary>Where a frame resumes after a deferred call recovered a panic: code that runs
    /// the remaining defers and returns the named results. -1 if the function has no defers.</summary>
    public int RecoverPc { get; set; } = -1;

    public NativeFunc? Native { get; set; }
    public bool IsNative => Native != null;
    /// <summary>For a native: the Go function calling it, made when it first runs as a goroutine or deferred call.</summary>
    public Function? Trampoline { get; set; }

    /// <summary>The closure for this function used as a value (no captures), made once.</summary>
    private Closure? value;
    public Closure AsValue() => value ??= new Closure(this, []);

    public override string ToString() => Name;
}

/// <summary>A function value: a function and the variables it captured (cells or aggregate boxes).</summary>
public sealed class Closure(Function fn, object?[] captures)
{
    public readonly Function Fn = fn;
    public readonly object?[] Captures = captures;
}

/// <summary>
/// A monomorphic inline cache entry for one interface method call site: immutable, since
/// goroutines on several threads share the call site; a miss replaces the whole entry.
/// </summary>
public sealed class IfaceCallCache(RType type, Function target)
{
    public readonly RType Type = type;
    public readonly Function Target = target;
}

/// <summary>A whole linked program: functions, globals, the entry points.</summary>
public sealed class Program
{
    public required Function Main { get; init; }
    /// <summary>Package initialisation (variable initialisers and init funcs, imports first).</summary>
    public required Function Init { get; init; }
    public required int GlobalCount { get; init; }
    public required IReadOnlyList<Function> Functions { get; init; }
    public required IReadOnlyDictionary<string, RType> NamedTypes { get; init; }
    /// <summary>*runtime.PanicNilError when the program includes package runtime (the value of panic(nil)).</summary>
    public RType? PanicNilError { get; init; }
    /// <summary>The main package's exported top-level functions by name, for an embedder to call.</summary>
    public IReadOnlyDictionary<string, ExportedFunc> Exports { get; init; } = new Dictionary<string, ExportedFunc>();
}

/// <summary>An exported function of the main package and its Go type (Kind.Func: Params, Results).</summary>
public sealed record ExportedFunc(Function Fn, RType Type);

/// <summary>A call compiled in place: the callee's name and file, the inlined call it sits in (-1: the function itself) and the line of the call there.</summary>
public sealed record InlinedCall(string Name, string File, int Parent, int CallLine);
