using Minigo.Compiler;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;

namespace Minigo.Tests.Types;

/// <summary>Parses and checks Go snippets for the checker tests, with tiny stand-ins for std packages.</summary>
internal static class CheckHelper
{
    /// <summary>Declarations of the std packages the tests import (bodyless functions are native).</summary>
    private static readonly Dictionary<string, string> Stubs = new()
    {
        ["fmt"] = """
            package fmt

            type Stringer interface {
                String() string
            }

            func Println(a ...any) (n int, err error)
            func Printf(format string, a ...any) (n int, err error)
            func Sprintf(format string, a ...any) string
            func Errorf(format string, a ...any) error
            """,
        ["errors"] = """
            package errors

            type errorString struct{ s string }

            func (e *errorString) Error() string { return e.s }

            func New(text string) error { return &errorString{text} }
            """,
        ["os"] = """
            package os

            func Exit(code int)
            """,
        ["strings"] = """
            package strings

            type Builder struct{ buf []byte }

            func (b *Builder) String() string
            func (b *Builder) WriteString(s string) (int, error)
            func Repeat(s string, n int) string
            """,
    };

    private sealed class StubImporter : IImporter
    {
        private readonly Dictionary<string, Package> done = [];

        public Package? Import(string path, DiagnosticBag diags)
        {
            if (done.TryGetValue(path, out var p)) return p;
            if (!Stubs.TryGetValue(path, out var src)) return null;
            var local = new DiagnosticBag();
            var f = GoSyntax.Parse(path + ".go", src, local) ?? throw new InvalidOperationException("stub does not parse: " + path);
            var pkg = new Package(path, f.PackageName.Name);
            Checker.Check(pkg, [f], this, local);
            if (local.HasErrors) throw new InvalidOperationException("stub does not check: " + string.Join("\n", local.Format()));
            done[path] = pkg;
            return pkg;
        }
    }

    public sealed record Result(Package Package, Info Info, SourceFile File, List<string> Errors);

    /// <summary>Checks a complete file; Errors are go build's lines without the file name ("L:C: msg").</summary>
    public static Result Check(string source)
    {
        var diags = new DiagnosticBag();
        var file = GoSyntax.Parse("prog.go", source, diags);
        if (file == null || diags.HasErrors)
            throw new InvalidOperationException("test source does not parse: " + string.Join("\n", diags.Format()));
        var pkg = new Package("main", "main");
        var info = Checker.Check(pkg, [file], new StubImporter(), diags);
        var errors = diags.Format().Select(l => l.StartsWith("prog.go:", StringComparison.Ordinal) ? l["prog.go:".Length..] : l).ToList();
        return new Result(pkg, info, file, errors);
    }

    /// <summary>Checks `package main` + the given body of func main (with the imports given).</summary>
    public static Result CheckMain(string body, params string[] imports)
    {
        var src = "package main\n\n" + string.Concat(imports.Select(i => $"import \"{i}\"\n")) + "\nfunc main() {\n" + body + "\n}\n";
        return Check(src);
    }

    /// <summary>The first line of the first error, or null.</summary>
    public static string? FirstError(string source)
    {
        var r = Check(source);
        return r.Errors.Count == 0 ? null : r.Errors[0].Split('\n')[0];
    }
}
