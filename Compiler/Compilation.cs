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
    public static CompileResult Compile(IReadOnlyList<SourceText> sources, IPackageSource packages)
    {
        var diags = new DiagnosticBag();
        var files = new List<SourceFile>();
        foreach (var src in sources)
        {
            var file = GoSyntax.Parse(src.Path, src.Text, diags);
            if (file != null) files.Add(file);
        }
        if (diags.HasErrors) return Failed(diags);

        foreach (var f in files.Where(f => f.PackageName.Name != files[0].PackageName.Name))
            diags.Error(f.PackageName.Pos, $"package {f.PackageName.Name}; expected package {files[0].PackageName.Name}");
        if (files.Count > 0 && files[0].PackageName.Name != "main")
            diags.Error(files[0].PackageName.Pos, $"package {files[0].PackageName.Name} is not a main package");
        if (diags.HasErrors) return Failed(diags);

        var importer = new StdImporter(packages);
        var main = new Package("main", "main");
        var info = Checker.Check(main, files, importer, diags);
        if (diags.HasErrors) return Failed(diags);

        var ordered = importer.InDependencyOrder().Append((main, (IReadOnlyList<SourceFile>)files, info)).ToList();
        var program = new ProgramBuilder(packages, diags).Build(ordered);
        if (diags.HasErrors || program == null) return Failed(diags);
        return new CompileResult(program, []);
    }

    private static CompileResult Failed(DiagnosticBag diags) => new(null, diags.Format().ToList());
}
