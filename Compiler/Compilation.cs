using Minigo.Compiler.CodeGen;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.VM;

namespace Minigo.Compiler;

/// <summary>A source file as read: the path as the user gave it, and its text.</summary>
public sealed record SourceText(string Path, string Text);

/// <summary>The outcome of compiling: a linked program, or go build's error lines.</summary>
public sealed record CompileResult(Program? Program, IReadOnlyList<string> Errors);

/// <summary>
/// The pipeline: parse → check (with imported std packages checked the same way) → code
/// generation and linking. Diagnostics are collected as data and reported sorted, as go
/// build does; an unsupported construct is a diagnostic too, never a wrong program.
/// </summary>
public static class Compilation
{
    public static CompileResult Compile(IReadOnlyList<SourceText> sources, IPackageSource packages, CompileOptions? options = null)
    {
        options ??= CompileOptions.Default;
        if (!options.ShareStdPackages) return CompileWith(sources, packages, options);
        lock (StdPackageCache.Gate) return CompileWith(sources, packages, options);
    }

    private static CompileResult CompileWith(IReadOnlyList<SourceText> sources, IPackageSource packages, CompileOptions options)
    {
        var diags = new DiagnosticBag();
        var files = new List<SourceFile>();
        foreach (var src in sources)
        {
            var file = GoSyntax.Parse(src.Path, src.Text, diags);
            if (file != null) files.Add(file);
        }
        if (diags.HasErrors) return Failed(diags, options);

        foreach (var f in files.Where(f => f.PackageName.Name != files[0].PackageName.Name))
            diags.Error(f.PackageName.Pos, $"package {f.PackageName.Name}; expected package {files[0].PackageName.Name}");
        bool anyPackage = options.EntryPoint != null;
        if (files.Count > 0 && files[0].PackageName.Name != "main" && !anyPackage)
            diags.Error(files[0].PackageName.Pos, $"package {files[0].PackageName.Name} is not a main package");
        if (options.AllowImport is { } allow)
            foreach (var import in files.SelectMany(f => f.Imports).Where(i => !allow(i.Path)))
                diags.Error(import.Pos, $"use of package {import.Path} is not allowed");
        if (diags.HasErrors) return Failed(diags, options);

        var importer = new StdImporter(packages, options.ShareStdPackages);
        string name = anyPackage && files.Count > 0 ? files[0].PackageName.Name : "main";
        var main = new Package(name, name);
        var info = Checker.Check(main, files, importer, diags);
        if (diags.HasErrors) return Failed(diags, options);

        var ordered = importer.InDependencyOrder().Append((main, (IReadOnlyList<SourceFile>)files, info)).ToList();
        var program = new ProgramBuilder(packages, diags).Build(ordered, options.EntryPoint ?? "main", options.RequireMain);
        if (diags.HasErrors || program == null) return Failed(diags, options);
        return new CompileResult(program, []);
    }

    private static CompileResult Failed(DiagnosticBag diags, CompileOptions? options = null) =>
        new(null, (options?.AllErrors == true ? diags.Sorted().Select(d => d.ToString()) : diags.Format()).ToList());
}
