using Minigo.Runtime;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// The part of a process's OS state that minigo keeps per program, because programs run
/// in-process side by side (the tests run many at once):
/// - the working directory: relative paths resolve against it, never against the host
///   process's; the driver sets it (PackageState[WorkingDirectoryKey], a .NET path), else it
///   is the host's current directory when the program first needs it;
/// - the environment: a copy of the host's taken when the program first looks (Go keeps its
///   own copy too), so that Setenv changes the program's alone;
/// - descriptors 0, 1, 2: the program's standard streams (the context's), not the host's;
/// - the descriptors the program opened: closed when it ends, as the OS would at exit.
/// Disposed by the machine when the program ends.
/// </summary>
public sealed class OsState : IProgramResource
{
    public const string WorkingDirectoryKey = "os.Wd";
    /// <summary>PackageState keys of the standard streams (see StdStreams).</summary>
    public const string StdinKey = StdStreams.StdinKey, HostStdioKey = StdStreams.HostStdioKey;
    private const string Key = "syscall.OsState";

    private readonly object gate = new();
    private readonly HashSet<int> open = [];
    private readonly bool[] stdClosed = new bool[3];
    private string cwd;
    private Dictionary<string, string>? env;

    private OsState(string cwd) => this.cwd = cwd;

    public static OsState Of(IGoContext ctx)
    {
        var state = ctx.PackageState;
        lock (state)
        {
            if (state.TryGetValue(Key, out var s)) return (OsState)s;
            string dir = state.TryGetValue(WorkingDirectoryKey, out var d) && d is string given ? given : Environment.CurrentDirectory;
            string full = Path.GetFullPath(dir);
            var os = new OsState(GoStrings.FromDotNet(OperatingSystem.IsLinux() ? Paths.Canonical(full) : full));
            state[Key] = os;
            return os;
        }
    }

    /// <summary>The working directory, as a Go string (bytes).</summary>
    public string WorkingDirectory
    {
        get { lock (gate) return cwd; }
        set { lock (gate) cwd = value; }
    }

    /// <summary>A Go path made absolute against the working directory ("" stays "": the kernel says ENOENT).</summary>
    public string Resolve(string path)
    {
        if (path.Length == 0 || path[0] == '/') return path;
        string dir = WorkingDirectory;
        return dir.EndsWith('/') ? dir + path : dir + "/" + path;
    }

    /// <summary>The program's environment, keys and values as Go strings (copied from the host's on first use).</summary>
    private Dictionary<string, string> Env()
    {
        if (env != null) return env;
        env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            env[GoStrings.FromDotNet((string)e.Key)] = GoStrings.FromDotNet((string?)e.Value ?? "");
        return env;
    }

    public string? Getenv(string key)
    {
        lock (gate) return Env().GetValueOrDefault(key);
    }

    public void Setenv(string key, string? value)
    {
        lock (gate)
        {
            if (value == null) Env().Remove(key);
            else Env()[key] = value;
        }
    }

    public void Clearenv()
    {
        lock (gate) Env().Clear();
    }

    /// <summary>"key=value" for each variable, sorted (the host's order is not known).</summary>
    public List<string> Environ()
    {
        lock (gate)
        {
            var list = Env().Select(kv => kv.Key + "=" + kv.Value).ToList();
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }

    public void Opened(int fd)
    {
        lock (gate) open.Add(fd);
    }

    /// <summary>Forgets fd; false if the program never opened it (then it must not be closed).</summary>
    public bool Closing(int fd)
    {
        lock (gate) return open.Remove(fd);
    }

    public bool IsOpen(int fd)
    {
        lock (gate) return open.Contains(fd);
    }

    /// <summary>Descriptors 0..2 are the program's streams until it closes them.</summary>
    public bool IsStd(int fd) => fd is >= 0 and <= 2;

    public bool StdClosed(int fd)
    {
        lock (gate) return stdClosed[fd];
    }

    /// <summary>Closes a standard descriptor; false if already closed (EBADF).</summary>
    public bool CloseStd(int fd)
    {
        lock (gate)
        {
            if (stdClosed[fd]) return false;
            stdClosed[fd] = true;
            return true;
        }
    }

    public void Dispose()
    {
        int[] left;
        lock (gate)
        {
            left = [.. open];
            open.Clear();
        }
        foreach (int fd in left) Libc.Close(fd);
    }
}
