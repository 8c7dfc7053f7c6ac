namespace Minigo.Compiler;

/// <summary>
/// Splits `run`'s arguments as go run does: the leading .go files (or one directory) are the
/// program, the rest are its arguments. Reads the files.
/// </summary>
public static class SourceLoader
{
    public static (IReadOnlyList<SourceText>? Sources, string[] ProgramArgs, string? Error) Load(IReadOnlyList<string> args, string? baseDir = null)
    {
        string Resolve(string f) => baseDir == null || Path.IsPathRooted(f) ? f : Path.Combine(baseDir, f);
        var files = new List<string>();
        int i = 0;
        if (args.Count > 0 && Directory.Exists(Resolve(args[0])))
        {
            files.AddRange(Directory.GetFiles(Resolve(args[0]), "*.go")
                .Where(f => !f.EndsWith("_test.go", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal));
            if (files.Count == 0) return (null, [], $"no Go files in {args[0]}");
            i = 1;
        }
        else
        {
            while (i < args.Count && args[i].EndsWith(".go", StringComparison.Ordinal)) files.Add(args[i++]);
            if (files.Count == 0) return (null, [], "go: no go files listed");
        }
        var sources = new List<SourceText>();
        foreach (var f in files)
        {
            if (!File.Exists(Resolve(f))) return (null, [], $"stat {f}: no such file or directory");
            sources.Add(new SourceText(f, File.ReadAllText(Resolve(f))));
        }
        return (sources, args.Skip(i).ToArray(), null);
    }
}
