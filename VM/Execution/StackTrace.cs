namespace Minigo.VM;

/// <summary>Go-style goroutine stack traces for fatal panics: "main.f(...)\n\tfile:line".</summary>
internal static class StackTrace
{
    /// <summary>The stack of a panicking goroutine, whose saved pc is the faulting instruction.</summary>
    public static IReadOnlyList<string> Capture(Goroutine g) => Capture(g, g.Pc);

    /// <summary>
    /// The stack of a parked goroutine (the deadlock report): its saved pc is where it resumes,
    /// after the instruction that blocked.
    /// </summary>
    public static IReadOnlyList<string> CaptureParked(Goroutine g) => Capture(g, g.Pc - 1);

    private static IReadOnlyList<string> Capture(Goroutine g, int topPc)
    {
        var lines = new List<string>();
        Add(lines, g.CurFn, topPc);
        for (int i = g.FrameCount - 1; i >= 0; i--)
        {
            ref var f = ref g.Frames[i];
            if (f.CalleeKind == FrameKind.Entry) break;
            Add(lines, f.Fn, f.Pc - 1);
        }
        return lines;
    }

    private static void Add(List<string> lines, Function fn, int pc)
    {
        int line = pc >= 0 && pc < fn.Lines.Length ? fn.Lines[pc] : fn.Line;
        string file = fn.File.Length > 0 ? Path.GetFullPath(fn.File) : "?";
        lines.Add($"{fn.Name}(...)");
        lines.Add($"\t{file}:{line}");
    }
}
