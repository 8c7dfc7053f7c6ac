using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Cli.Repl;

/// <summary>
/// The standard library plus the natives of the session's own main package: the bodyless
/// functions the prelude declares (see Prelude.Text), bound to the session.
/// </summary>
internal sealed class ReplPackages(IPackageSource std, IReadOnlyDictionary<string, NativeFunc> mainNatives) : IPackageSource
{
    public IReadOnlyList<(string FileName, string Text)>? GetSources(string importPath) => std.GetSources(importPath);

    public NativeFunc? GetNative(string importPath, string name) =>
        importPath == "main" ? mainNatives.GetValueOrDefault(name) : std.GetNative(importPath, name);
}
