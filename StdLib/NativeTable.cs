using Minigo.Runtime;

namespace Minigo.StdLib;

/// <summary>
/// The natives of one package, by the name the linker asks for: "Index" for a function,
/// "Builder.WriteString" for a method (value or pointer receiver alike).
/// </summary>
public sealed class NativeTable
{
    private readonly Dictionary<string, NativeFunc> natives = new(StringComparer.Ordinal);

    public void Add(string name, NativeFunc fn) => natives.Add(name, fn);

    public NativeFunc? Find(string name) => natives.GetValueOrDefault(name);

    public IEnumerable<string> Names => natives.Keys;
}
