namespace Minigo.Cli.Repl;

/// <summary>
/// The lines entered, oldest first, persisted one per line in a history file: $MINIGO_HISTORY,
/// else ~/.minigo_history. Each line is appended as it is entered, so a session that ends
/// abruptly keeps what it had; only the last MaxEntries are loaded.
/// </summary>
internal sealed class History
{
    public const string FileVariable = "MINIGO_HISTORY";
    private const int MaxEntries = 1000;
    private readonly List<string> entries = [];
    private readonly string? path;

    public History(string? path)
    {
        this.path = path;
        if (path == null || !File.Exists(path)) return;
        try
        {
            var lines = File.ReadAllLines(path);
            entries.AddRange(lines.Skip(Math.Max(0, lines.Length - MaxEntries)).Where(l => l.Length > 0));
        }
        catch (IOException)
        {
            // An unreadable history is an empty one.
        }
    }

    /// <summary>The history file this process uses ($MINIGO_HISTORY, else ~/.minigo_history); null when there is no home.</summary>
    public static string? DefaultPath()
    {
        var fromEnv = Environment.GetEnvironmentVariable(FileVariable);
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".minigo_history");
    }

    public int Count => entries.Count;
    public string this[int i] => entries[i];

    public void Add(string line)
    {
        if (line.Trim().Length == 0 || entries.Count > 0 && entries[^1] == line) return;
        entries.Add(line);
        if (path == null) return;
        try
        {
            File.AppendAllText(path, line + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // History is a convenience: a read-only home must not stop the session.
        }
    }
}
