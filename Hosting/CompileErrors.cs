namespace Minigo.Hosting;

/// <summary>go build's error lines (`file:line:col: message`) as GoDiagnostic values.</summary>
internal static class CompileErrors
{
    public static GoCompileException ToException(IReadOnlyList<string> lines)
    {
        var diags = lines.Select(Parse).ToList();
        var first = diags.FirstOrDefault(d => d.Line > 0);
        return new GoCompileException(diags, string.Join("\n", lines))
        {
            GoFile = first?.File,
            Line = first?.Line ?? 0,
            Column = first?.Column ?? 0,
        };
    }

    /// <summary>A line without a position (`function main is undeclared...`) has file "" and line 0.</summary>
    public static GoDiagnostic Parse(string line)
    {
        // file:line:col: message (the file name may itself hold ':' on Windows: count from the message side)
        var parts = line.Split(": ", 2);
        if (parts.Length == 2)
        {
            var pos = parts[0].Split(':');
            if (pos.Length >= 3 && int.TryParse(pos[^2], out int l) && int.TryParse(pos[^1], out int c))
                return new GoDiagnostic(string.Join(':', pos[..^2]), l, c, parts[1]);
            if (pos.Length >= 2 && int.TryParse(pos[^1], out l))
                return new GoDiagnostic(string.Join(':', pos[..^1]), l, 0, parts[1]);
        }
        return new GoDiagnostic("", 0, 0, line);
    }
}
