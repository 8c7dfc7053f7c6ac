using System.Runtime.CompilerServices;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.VM;

namespace Minigo.Compiler;

/// <summary>
/// The standard library's packages, parsed and checked once per process and shared read-only
/// by every compilation after that: a hello world then compiles in milliseconds instead of
/// re-checking fmt, os, io... each time. The checker's objects fill some caches lazily (type
/// sets, instantiated methods), so compilations that share packages run one at a time, under
/// Gate; running programs never touch them.
/// </summary>
public sealed class StdPackageCache
{
    /// <summary>Held by a whole compilation that uses shared packages.</summary>
    public static readonly Lock Gate = new();

    private static readonly ConditionalWeakTable<IPackageSource, StdPackageCache> Caches = [];
    private readonly StdImporter importer;

    private StdPackageCache(IPackageSource source) => importer = new StdImporter(source);

    public static StdPackageCache For(IPackageSource source) => Caches.GetValue(source, s => new StdPackageCache(s));

    /// <summary>The checked package (checked now if it is the first time), or null if there is none.</summary>
    public Package? Import(string path, DiagnosticBag diags) => importer.Import(path, diags);

    internal (Package Pkg, IReadOnlyList<SourceFile> Files, Info Info)? Entry(string path) => importer.Entry(path);
}
