using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>
/// Where imported packages come from. The standard library implements it (StdLib/): each
/// package is Go source (declarations, and Go code where that is simplest) whose bodyless
/// functions are bound to C# natives by name when the program is linked.
/// </summary>
public interface IPackageSource
{
    /// <summary>The Go source files of the package at an import path, or null if there is none.</summary>
    IReadOnlyList<(string FileName, string Text)>? GetSources(string importPath);

    /// <summary>
    /// The native implementing a bodyless function: `name` is "Func" for a function,
    /// "Type.Method" for a method (value or pointer receiver alike).
    /// </summary>
    NativeFunc? GetNative(string importPath, string name);

    /// <summary>
    /// The source whose checked package at importPath every compilation in the process may
    /// share (it never changes: the standard library's), or null to check it afresh each time.
    /// </summary>
    IPackageSource? SharedSourceFor(string importPath) => null;
}
