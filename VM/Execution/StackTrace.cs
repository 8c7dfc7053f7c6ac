namespace Minigo.VM;

/// <summary>Go-style goroutine stack traces for fatal panics: "main.f(...)\n\tfile:line".</summary>
internal static class StackTrace
{
    private const string StdRoot = "$GOROOT/";
    private const string GoRoot = "/usr/local/go/";
    /// <summary>Go's _TracebackMaxFrames: a deep stack prints its top frames only.</summary>
    private const int MaxFrames = 100;

    /// <param name="parked">The goroutine stopped in a blocking operation: its pc is already past it.</param>
    public static IReadOnlyList<string> Capture(Goroutine g, bool parked = false)
    {
        var lines = new List<string>();
        Add(lines, g.CurFn, parked ? g.Pc - 1 : g.Pc);
        for (int i = g.FrameCount - 1; i >= 0; i--)
        {
            ref var f = ref g.Frames[i];
            if (f.CalleeKind == FrameKind.Entry) break;
            if (lines.Count == 2 * MaxFrames)
            {
                lines.Add("...additional frames elided...");
                break;
            }
            Add(lines, f.Fn, f.Pc - 1);
        }
        return lines;
    }

    public static int LineOf(Function fn, int pc) => pc >= 0 && pc < fn.Lines.Length ? fn.Lines[pc] : fn.Line;

    public static string FileOf(Function fn) => fn.File.Length == 0 ? "?"
        : fn.File.StartsWith(StdRoot) ? GoRoot + fn.File[StdRoot.Length..] // the standard library's sources, where Go keeps them
        : Path.GetFullPath(fn.File);

    private static void Add(List<string> lines, Function fn, int pc)
    {
        lines.Add($"{fn.Name}(...)");
        lines.Add($"\t{FileOf(fn)}:{LineOf(fn, pc)}");
    }
}
