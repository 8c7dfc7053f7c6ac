using Minigo.Runtime;

namespace Minigo.VM;

public sealed partial class Goroutine
{
    /// <summary>
    /// The goroutine's frames, innermost first, as seen from a native it called (the running
    /// frame's pc is past the call), named and placed as stack traces name them.
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

    private static CallerFrame Frame(Function fn, int pc) => new(fn.Name, StackTrace.FileOf(fn), StackTrace.LineOf(fn, pc));
}
