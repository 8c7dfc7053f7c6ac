using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.VM;

namespace Minigo.Compiler;

/// <summary>
/// Imports standard-library packages: parses their Go source from the package source and
/// checks it with the same checker, once per path. Remembers the order in which packages
/// completed, which is a valid initialisation order (dependencies first).
/// With `shared`, packages the source declares shareable come from the process-wide cache
/// (checked once per process), and this importer only records them, with their
/// dependencies, in its order.
/// </summary>
public sealed class StdImporter(IPackageSource source, bool shared = false) : IImporter
{
    private readonly Dictionary<string, (Package Pkg, IReadOnlyList<SourceFile> Files, Info Info)?> done = [];
    private readonly List<(Package, IReadOnlyList<SourceFile>, Info)> order = [];

    public Package? Import(string path, DiagnosticBag diags)
    {
        if (done.TryGetValue(path, out var known)) return known?.Pkg;
        if (shared && source.SharedSourceFor(path) is { } sharedSource)
        {
            var cache = StdPackageCache.For(sharedSource);
            var sharedPkg = cache.Import(path, diags);
            if (sharedPkg == null) done[path] = null;
            else Record(cache, sharedPkg);
            return sharedPkg;
        }
        done[path] = null; // an import cycle finds null
        var texts = source.GetSources(path);
        if (texts == null) return null;
        var files = new List<SourceFile>();
        var local = new DiagnosticBag();
        foreach (var (name, text) in texts)
        {
            var f = GoSyntax.Parse("$GOROOT/src/" + path + "/" + name, text, local);
            if (f != null) files.Add(f);
        }
        var pkg = new Package(path, files.Count > 0 ? files[0].PackageName.Name : path[(path.LastIndexOf('/') + 1)..]);
        var info = Checker.Check(pkg, files, this, local);
        if (local.HasErrors)
        {
            // A std package that fails to check is an internal error: report it plainly.
            foreach (var line in local.Format()) diags.Error(Pos.None, "minigo: internal error in package " + path + ": " + line);
            return null;
        }
        done[path] = (pkg, files, info);
        order.Add((pkg, files, info));
        return pkg;
    }

    public IEnumerable<(Package Pkg, IReadOnlyList<SourceFile> Files, Info Info)> InDependencyOrder() => order;

    /// <summary>A shared package joins the order after its imports, as if checked here (a post-order walk, as checking does).</summary>
    private void Record(StdPackageCache cache, Package pkg)
    {
        if (done.ContainsKey(pkg.Path) || cache.Entry(pkg.Path) is not { } entry) return;
        done[pkg.Path] = entry;
        foreach (var dep in pkg.Imports) Record(cache, dep);
        order.Add(entry);
    }

    internal (Package Pkg, IReadOnlyList<SourceFile> Files, Info Info)? Entry(string path) => done.GetValueOrDefault(path);
}
