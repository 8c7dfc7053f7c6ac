namespace Minigo.Cli.Repl;

/// <summary>
/// Go's panic report as the REPL shows it: the frames of the session's own machinery (the
/// prelude, an input's initialiser) left out, and inputs named `input` rather than by a path
/// under the working directory.
/// </summary>
internal static class PanicReports
{
    public static string WithoutSessionFrames(string report)
    {
        var lines = report.Split('\n');
        var kept = new List<string>(lines.Length);
        string inputPath = Path.GetFullPath("input");
        for (int i = 0; i < lines.Length; i++)
        {
            // A frame is two lines: "main.f(...)" then "\tfile:line".
            bool sessionFrame = (lines[i].StartsWith("main.__repl_input", StringComparison.Ordinal) || lines[i].StartsWith("main." + Prelude.Run + "(", StringComparison.Ordinal))
                && i + 1 < lines.Length && lines[i + 1].StartsWith('\t');
            if (sessionFrame)
            {
                i++;
                continue;
            }
            kept.Add(lines[i].StartsWith("\t" + inputPath + ":", StringComparison.Ordinal) ? "\tinput" + lines[i][(1 + inputPath.Length)..] : lines[i]);
        }
        return string.Join('\n', kept);
    }
}
