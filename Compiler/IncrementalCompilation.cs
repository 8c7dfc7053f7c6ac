using Minigo.Compiler.CodeGen;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.VM;

namespace Minigo.Compiler;

/// <summary>
/// A main package compiled one piece at a time into one program that keeps running (the
/// REPL). The first piece is a whole program; each later piece is a file checked against the
/// declarations so far (Checker's incremental mode), replacing those it redeclares, then linked
/// into the same program: its new variables take new global slots, its functions are
/// compiled on first use, and nothing compiled before is compiled or run again.
/// </summary>
public sealed class IncrementalCompilation
{
    private readonly StdImporter importer;
    private readonly ProgramBuilder builder;
    private readonly Info sessionInfo;
    private readonly int globalCapacity;
    /// <summary>How many of the importer's packages the program holds (those imported since are linked with the next piece).</summary>
    private int linkedPackages;

    /// <summary>The session's main package: its scope holds the current declarations.</summary>
    public Package Package { get; }
    /// <summary>The program of the first piece, which the machine runs.</summary>
    public Program Program { get; }

    private IncrementalCompilation(StdImporter importer, ProgramBuilder builder, Package package, Info info, Program program, int globalCapacity)
    {
        this.importer = importer;
        this.builder = builder;
        Package = package;
        sessionInfo = info;
        Program = program;
        this.globalCapacity = globalCapacity;
    }

    /// <summary>Compiles the first piece (a whole main package); the machine running it must hold globalCapacity globals.</summary>
    public static (IncrementalCompilation? Session, IReadOnlyList<string> Errors) Start(SourceText first, IPackageSource packages, int globalCapacity)
    {
        var diags = new DiagnosticBag();
        var file = GoSyntax.Parse(first.Path, first.Text, diags);
        if (file == null || diags.HasErrors) return (null, diags.Format().ToList());
        var importer = new StdImporter(packages);
        var main = new Package("main", "main");
        var info = Checker.Check(main, [file], importer, diags);
        if (diags.HasErrors) return (null, diags.Format().ToList());
        var builder = new ProgramBuilder(packages, diags);
        var program = builder.Build(importer.InDependencyOrder().Append((main, (IReadOnlyList<SourceFile>)[file], info)).ToList());
        if (program == null || diags.HasErrors) return (null, diags.Format().ToList());
        var session = new IncrementalCompilation(importer, builder, main, new Info(), program, globalCapacity);
        session.sessionInfo.MergeFrom(info);
        session.linkedPackages = importer.InDependencyOrder().Count();
        return (session, []);
    }

    /// <summary>
    /// Checks a piece against the session. Its package-level declarations replace earlier ones
    /// of the same names (functions, types, variables, constants, methods of a type, imports);
    /// `hoisted` variables are declared first, as if the piece declared them. On an error, or
    /// when dryRun (to learn the types of a piece before rewriting it), the session is left as
    /// it was. Imports persist: later pieces see them without importing again. The Info is
    /// returned even with errors (what was recorded until then).
    /// </summary>
    public Info Check(SourceFile file, DiagnosticBag diags, IReadOnlyList<Var>? hoisted = null, bool dryRun = false)
    {
        var undo = new ScopeEdit(Package);
        foreach (var name in DeclaredNames(file)) undo.Remove(name);
        foreach (var v in hoisted ?? []) undo.Replace(v);
        foreach (var fd in file.Decls.OfType<FuncDecl>())
            if (fd.Recv != null && ReceiverBaseName(fd.Recv.Type) is { } baseName && Package.Scope.Lookup(baseName) is TypeName { Type: Named named })
                undo.RemoveMethod(named, fd.Name.Name);
        var info = Checker.Check(Package, [file], importer, diags, incremental: true);
        if (diags.HasErrors || dryRun)
        {
            undo.Rollback(DeclaredNames(file));
            return info;
        }
        foreach (var imported in info.FileScopes[file].Objects.OfType<PkgName>())
        {
            Package.Scope.Remove(imported.Name);
            Package.Scope.Insert(imported);
        }
        return info;
    }

    /// <summary>
    /// Links a checked piece into the program; returns the function to run on a goroutine: it
    /// initialises the piece's new variables, then calls the package function `entry` if given.
    /// </summary>
    public Function? Link(Info piece, string? entry, string name, DiagnosticBag diags)
    {
        sessionInfo.MergeFrom(piece);
        builder.Diags = diags;
        var entryFunc = entry == null ? null : Package.Scope.Lookup(entry) as Func;
        // Packages imported for the first time by this piece (and what they import) join the program now.
        var imported = importer.InDependencyOrder().Skip(linkedPackages).Select(p => (p.Pkg, p.Info)).ToList();
        linkedPackages += imported.Count;
        return builder.BuildIncrement(imported, Package, sessionInfo, piece, entryFunc, name, globalCapacity);
    }

    /// <summary>The names a file declares at package level (imports included; methods and init are not names).</summary>
    public static IEnumerable<string> DeclaredNames(SourceFile file)
    {
        foreach (var imp in file.Imports)
            yield return imp.Name?.Name ?? imp.Path[(imp.Path.LastIndexOf('/') + 1)..];
        foreach (var decl in file.Decls)
        {
            switch (decl)
            {
                case FuncDecl { Recv: null } fd when fd.Name.Name != "init":
                    yield return fd.Name.Name;
                    break;
                case GenDecl g:
                    foreach (var spec in g.Specs)
                    {
                        if (spec is ValueSpec vs) foreach (var n in vs.Names) yield return n.Name;
                        else if (spec is TypeSpec ts) yield return ts.Name.Name;
                    }
                    break;
            }
        }
    }

    private static string? ReceiverBaseName(Expr t)
    {
        while (true)
        {
            switch (t)
            {
                case ParenExpr p: t = p.X; break;
                case StarExpr s: t = s.X; break;
                case IndexExpr ix: t = ix.X; break;
                case Ident id: return id.Name;
                default: return null;
            }
        }
    }

    /// <summary>Changes to the package scope and method sets before a check, undone if it fails.</summary>
    private sealed class ScopeEdit(Package pkg)
    {
        private readonly List<Types.Object> removed = [];
        private readonly List<string> inserted = [];
        private readonly List<(Named Type, List<Func> Methods)> methodSnapshots = [];

        public void Remove(string name)
        {
            if (pkg.Scope.Remove(name) is { } old) removed.Add(old);
        }

        public void Replace(Var v)
        {
            Remove(v.Name);
            pkg.Scope.Insert(v);
            inserted.Add(v.Name);
        }

        public void RemoveMethod(Named type, string name)
        {
            if (!methodSnapshots.Any(s => ReferenceEquals(s.Type, type))) methodSnapshots.Add((type, type.Methods.ToList()));
            foreach (var m in type.Methods.Where(m => m.Name == name).ToList()) type.RemoveMethod(m);
        }

        /// <summary>Drops what the check declared and puts back what was replaced.</summary>
        public void Rollback(IEnumerable<string> declared)
        {
            foreach (var name in declared.Concat(inserted)) pkg.Scope.Remove(name);
            foreach (var old in removed) pkg.Scope.Insert(old);
            foreach (var (type, methods) in methodSnapshots)
            {
                foreach (var m in type.Methods.ToList()) type.RemoveMethod(m);
                foreach (var m in methods) type.AddMethod(m);
            }
        }
    }
}
