using System.Globalization;
using System.Reflection;
using System.Text;
using Minigo.Runtime;

namespace Minigo.Hosting;

using Minigo.Hosting.Host;

/// <summary>
/// A Go package made of .NET functions and constants, imported by scripts by its path:
/// <c>new HostPackage("host").Func("Lookup", (string k) => db[k]).Const("Version", "1.2")</c>.
/// Functions run on the calling goroutine; `blocking` ones between entersyscall and
/// exitsyscall (their P serves other goroutines meanwhile), Task-returning ones park the
/// goroutine until the task completes, holding no thread. A .NET exception becomes a Go panic.
/// </summary>
public sealed class HostPackage
{
    private readonly Dictionary<string, HostFunction> functions = new(StringComparer.Ordinal);
    private readonly List<string> constants = [];

    public string Path { get; }

    public HostPackage(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Split('/').Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
            throw new ArgumentException($"minigo: invalid package path {path}", nameof(path));
        Path = path;
    }

    /// <summary>The package name scripts refer to it by (the path's last element).</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>Adds a function; its Go signature follows from the delegate's (table in README). Name it as Go exports: Capitalized.</summary>
    public HostPackage Func(string name, Delegate function, bool blocking = false)
    {
        CheckExported(name);
        functions[name] = new HostFunction(name, function, blocking);
        return this;
    }

    /// <summary>Adds every public instance method of target (and public static ones of its type), by their names.</summary>
    public HostPackage Object(object target, bool blocking = false)
    {
        foreach (var m in target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (m.IsSpecialName || m.IsGenericMethod || !char.IsUpper(m.Name[0])) continue;
            var types = m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType).ToArray();
            var d = m.CreateDelegate(System.Linq.Expressions.Expression.GetDelegateType(types), m.IsStatic ? null : target);
            Func(m.Name, d, blocking);
        }
        return this;
    }

    /// <summary>Adds a constant: a string, bool, integer or floating-point value.</summary>
    public HostPackage Const(string name, object value)
    {
        CheckExported(name);
        string text = value switch
        {
            string s => Quote(s),
            bool b => b ? "true" : "false",
            float or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ => throw new ArgumentException($"minigo: a host constant must be a string, bool or number, not {value.GetType().Name}"),
        };
        constants.Add($"const {name} = {text}");
        return this;
    }

    private static void CheckExported(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"minigo: host name {name} must be an exported Go identifier (Capitalized)");
    }

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var r in s.EnumerateRunes())
            sb.Append(r.Value switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", < 32 => $"\\x{r.Value:x2}", _ => r.ToString() });
        return sb.Append('"').ToString();
    }

    /// <summary>The package's Go source: declarations whose bodies are the host's natives.</summary>
    internal string Source()
    {
        var sb = new StringBuilder($"package {Name}\n\n");
        foreach (var c in constants) sb.Append(c).Append('\n');
        foreach (var f in functions.Values) sb.Append($"func {f.Name}{f.Signature.GoText}\n");
        return sb.ToString();
    }

    internal NativeFunc? Native(string name) => functions.TryGetValue(name, out var f) ? f.Native : null;
}
