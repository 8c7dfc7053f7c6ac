using System.Reflection;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.StdLib;

/// <summary>
/// The standard library as a package source: the Go files of each package are embedded
/// resources named by their path ("strings/strings.go"); bodyless functions are bound to the
/// natives each package registers (see README.md).
/// </summary>
public sealed class StdLibrary : IPackageSource
{
    public static readonly StdLibrary Instance = new();

    /// <summary>The packages provided, by import path, with the registration of their natives.</summary>
    private static readonly Dictionary<string, Action<NativeTable>?> Registrars = new(StringComparer.Ordinal)
    {
        ["bufio"] = null,
        ["bytes"] = Bytes.BytesNatives.Register,
        ["cmp"] = null,
        ["container/list"] = null,
        ["context"] = Context.ContextNatives.Register,
        ["crypto/rand"] = Crypto.RandNatives.Register,
        ["encoding"] = null,
        ["encoding/base64"] = null,
        ["encoding/binary"] = null,
        ["encoding/json"] = Json.JsonNatives.Register,
        ["errors"] = Errors.ErrorsNatives.Register,
        ["fmt"] = Fmt.FmtNatives.Register,
        ["internal/godebug"] = null,
        ["internal/itoa"] = null,
        ["internal/oserror"] = null,
        ["internal/poll"] = null,
        ["internal/syscall/unix"] = Syscall.UnixNatives.Register,
        ["io"] = null,
        ["io/fs"] = null,
        ["log"] = null,
        ["maps"] = null,
        ["math"] = GoMath.MathNatives.Register,
        ["math/bits"] = GoMath.BitsNatives.Register,
        ["math/rand"] = GoMath.RandNatives.Register,
        ["mime"] = null,
        ["mime/multipart"] = null,
        ["mime/quotedprintable"] = null,
        ["net"] = Net.NetNatives.Register,
        ["net/http"] = Net.Http.HttpNatives.Register,
        ["net/http/httptrace"] = null,
        ["net/http/internal"] = null,
        ["net/http/internal/ascii"] = null,
        ["net/http/internal/httpguts"] = Net.Http.HttpgutsNatives.Register,
        ["net/http/internal/httpproxy"] = null,
        ["net/http/internal/tls"] = null,
        ["net/textproto"] = Net.Textproto.TextprotoNatives.Register,
        ["net/url"] = null,
        ["os"] = Os.OsNatives.Register,
        ["os/signal"] = Os.Signal.SignalNatives.Register,
        ["path"] = null,
        ["path/filepath"] = null,
        ["runtime"] = GoRuntime.RuntimeNatives.Register,
        ["runtime/debug"] = GoRuntime.DebugNatives.Register,
        ["slices"] = null,
        ["sort"] = Sort.SortNatives.Register,
        ["strconv"] = Strconv.StrconvNatives.Register,
        ["strings"] = Strings.StringsNatives.Register,
        ["sync"] = Sync.SyncNatives.Register,
        ["sync/atomic"] = Sync.AtomicNatives.Register,
        ["syscall"] = Syscall.SyscallNatives.Register,
        ["testing"] = Testing.TestingNatives.Register,
        ["time"] = Time.TimeNatives.Register,
        ["unicode"] = Unicode.UnicodeNatives.Register,
        ["unicode/utf8"] = Unicode.Utf8Natives.Register,
    };

    public static IReadOnlyCollection<string> Packages => Registrars.Keys;

    private static readonly Lazy<Dictionary<string, List<(string, string)>>> AllSources = new(LoadSources);
    private readonly Dictionary<string, NativeTable> tables = new(StringComparer.Ordinal);
    private readonly Lock tablesLock = new();

    public IReadOnlyList<(string FileName, string Text)>? GetSources(string importPath) =>
        Registrars.ContainsKey(importPath) ? AllSources.Value.GetValueOrDefault(importPath) : null;

    public NativeFunc? GetNative(string importPath, string name) => Natives(importPath)?.Find(name);

    /// <summary>The standard library never changes: its checked packages are shared by every compilation.</summary>
    public IPackageSource? SharedSourceFor(string importPath) => Registrars.ContainsKey(importPath) ? this : null;

    /// <summary>The natives of a package (null if it has none or is not provided).</summary>
    public NativeTable? Natives(string importPath)
    {
        if (!Registrars.TryGetValue(importPath, out var register) || register == null) return null;
        lock (tablesLock)
        {
            if (!tables.TryGetValue(importPath, out var table))
            {
                table = new NativeTable();
                register(table);
                tables[importPath] = table;
            }
            return table;
        }
    }

    private static Dictionary<string, List<(string, string)>> LoadSources()
    {
        var asm = typeof(StdLibrary).Assembly;
        var result = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var name in asm.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.EndsWith(".go", StringComparison.Ordinal)) continue;
            string path = name.Replace('\\', '/');
            int slash = path.LastIndexOf('/');
            if (slash < 0) continue;
            string pkg = path[..slash], file = path[(slash + 1)..];
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            if (!result.TryGetValue(pkg, out var list)) result[pkg] = list = [];
            list.Add((file, reader.ReadToEnd()));
        }
        return result;
    }
}
