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
        var frames = new List<CallerFrame>();
        Add(frames, CurFn, Pc - 1);
        for (int i = FrameCount - 1; i >= 0; i--)
        {
            ref var f = ref Frames[i];
            if (f.CalleeKind == FrameKind.Entry) break;
            Add(frames, f.Fn, f.Pc - 1);
        }
        return frames;
    }

    private static void Add(List<CallerFrame> frames, Function fn, int pc) =>
        StackTrace.ForEachFrame(fn, pc, ref frames, static (ref List<CallerFrame> frames, string name, string file, int line) =>
            frames.Add(new CallerFrame(name, StackTrace.FileOf(file), line)));
}
