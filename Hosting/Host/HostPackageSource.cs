using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting.Host;

/// <summary>The standard library plus an engine's host packages, which take precedence by path.</summary>
internal sealed class HostPackageSource(IPackageSource std, IEnumerable<HostPackage> hostPackages) : IPackageSource
{
    private readonly Dictionary<string, HostPackage> host = hostPackages.ToDictionary(p => p.Path);

    public IReadOnlyList<(string FileName, string Text)>? GetSources(string importPath) =>
        host.TryGetValue(importPath, out var p) ? [(p.Name + ".go", p.Source())] : std.GetSources(importPath);

    public NativeFunc? GetNative(string importPath, string name) =>
        host.TryGetValue(importPath, out var p) ? p.Native(name) : std.GetNative(importPath, name);

    public IPackageSource? SharedSourceFor(string importPath) => host.ContainsKey(importPath) ? null : std.SharedSourceFor(importPath);
}
