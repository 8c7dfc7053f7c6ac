using Minigo.Runtime;

namespace Minigo.Tests.StdLib;

/// <summary>
/// A stand-in for a goroutine, enough to run natives in unit tests: a stack, captured
/// streams, package state, and calls back into natives (methods implemented in C#).
/// </summary>
public sealed class FakeContext : IGoContext
{
    public Slot[] Stack { get; private set; } = new Slot[1024];
    private int top;

    public MemoryStream Out { get; } = new();
    public MemoryStream Err { get; } = new();
    public Stream Stdout => Out;
    public Stream Stderr => Err;
    public Dictionary<string, RType> Types { get; } = [];
    public Dictionary<string, object> PackageState { get; } = [];

    // Natives under test here never block: a fake context has no goroutine or scheduler.
    public G G => throw new NotSupportedException("no goroutine in a FakeContext");
    public Scheduler Scheduler => throw new NotSupportedException("no scheduler in a FakeContext");
    public long MaxStack { get; set; } = 1_000_000_000;
    public string Traceback() => "";
    public IReadOnlyList<CallerFrame> Callers() => [];
    public void ParkAfterReturn(Func<bool>? resume) => throw new NotSupportedException("no scheduler in a FakeContext");

    public RType? LookupType(string qualifiedName) => Types.GetValueOrDefault(qualifiedName);

    public void Call(object fn, ReadOnlySpan<Slot> args, Span<Slot> results)
    {
        var native = fn switch
        {
            NativeFunc nf => nf,
            RMethod { Fn: NativeFunc nf } => nf,
            _ => throw new InvalidOperationException("FakeContext can only call natives: " + fn),
        };
        var r = Invoke(native, args.ToArray(), results.Length);
        r.CopyTo(results);
    }

    /// <summary>Runs a native with the given argument slots and returns its first n result slots.</summary>
    public Slot[] Invoke(NativeFunc native, Slot[] args, int results)
    {
        int @base = top;
        int size = Math.Max(args.Length, results) + 4;
        if (@base + size > Stack.Length)
        {
            var bigger = new Slot[(@base + size) * 2];
            Array.Copy(Stack, bigger, Stack.Length);
            Stack = bigger;
        }
        top += size;
        try
        {
            args.CopyTo(Stack.AsSpan(@base));
            native(new NativeCall(this, @base));
            return Stack.AsSpan(@base, results).ToArray();
        }
        finally
        {
            Array.Clear(Stack, @base, size);
            top = @base;
        }
    }

    public string StdoutText => System.Text.Encoding.Latin1.GetString(Out.ToArray());
}
