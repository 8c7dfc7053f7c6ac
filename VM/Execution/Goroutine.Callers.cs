namespace Minigo.VM;

/// <summary>A frame of a goroutine's stack as runtime.Caller reports it: the function's Go name, its file and the line running.</summary>
public readonly record struct CallerFrame(string Function, string File, int Line);

public sealed partial class Goroutine
{
    /// <summary>
    /// The goroutine's frames, innermost first, as seen from a native it called (the running
    /// frame's pc is past the call): for testing's file:line prefixes and t.Helper.
    /// </summary>
    public IReadOnlyList<CallerFrame> Callers()
    {
        var frames = new List<CallerFrame> { Frame(CurFn, Pc - 1) };
        for (int i = FrameCount - 1; i >= 0; i--)
        {
            ref var f = ref Frames[i];
            if (f.CalleeKind == FrameKind.Entry) break;
            frames.Add(Frame(f.Fn, f.Pc - 1));
        }
        return frames;
    }

    private static CallerFrame Frame(Function fn, int pc) =>
        new(fn.Name, fn.File, pc >= 0 && pc < fn.Lines.Length ? fn.Lines[pc] : fn.Line);
}
