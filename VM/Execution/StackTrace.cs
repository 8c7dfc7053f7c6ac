namespace Minigo.VM;

/// <summary>Go-style goroutine stack traces for fatal panics: "main.f(...)\n\tfile:line".</summary>
internal static class StackTrace
{
    private const string StdRoot = "$GOROOT/";
    private const string GoRoot = "/usr/local/go/";
    /// <summary>Go's _TracebackMaxFrames: a deep stack prints its top frames only.</summary>
    private const int MaxFrames = 100;

    /// <param name="parked">The goroutine's pc is already past the instruction it stopped at (a blocking operation, a panic).</param>
    public static IReadOnlyList<string> Capture(Goroutine g, bool parked = false)
    {
        var lines = new List<string>();
        Add(lines, g.CurFn, parked ? g.Pc - 1 : g.Pc);
        for (int i = g.FrameCount - 1; i >= 0; i--)
        {
            ref var f = ref g.Frames[i];
            if (f.CalleeKind == FrameKind.Entry) break;
            if (lines.Count >= 2 * MaxFrames)
            {
                lines.Add("...additional frames elided...");
                break;
            }
            Add(lines, f.Fn, f.Pc - 1);
        }
        return lines;
    }

    public static int LineOf(Function fn, int pc) => pc >= 0 && pc < fn.Lines.Length ? fn.Lines[pc] : fn.Line;

    public static string FileOf(string file) => file.Length == 0 ? "?"
        : file.StartsWith(StdRoot) ? GoRoot + file[StdRoot.Length..] // the standard library's sources, where Go keeps them
        : Path.GetFullPath(file);

    /// <summary>
    /// The Go frames at pc of fn, innermost first: the functions inlined there (Go's
    /// tracebacks show them as frames of their own), then fn itself.
    /// </summary>
    public static void ForEachFrame<TState>(Function fn, int pc, ref TState state, FrameVisitor<TState> visit)
    {
        int line = LineOf(fn, pc);
        int call = pc >= 0 && pc < fn.InlinedAt.Length ? fn.InlinedAt[pc] : -1;
        while (call >= 0)
        {
            var inl = fn.Inlined[call];
            visit(ref state, inl.Name, inl.File, line);
            line = inl.CallLine;
            call = inl.Parent;
        }
        visit(ref state, fn.Name, fn.File, line);
    }

    public delegate void FrameVisitor<TState>(ref TState state, string function, string file, int line);

    private static void Add(List<string> lines, Function fn, int pc) =>
        ForEachFrame(fn, pc, ref lines, static (ref List<string> lines, string name, string file, int line) =>
        {
            lines.Add($"{name}(...)");
            lines.Add($"\t{FileOf(file)}:{line}");
        });
}
