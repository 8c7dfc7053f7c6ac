namespace Minigo.Compiler;

/// <summary>
/// How to compile, for the tools that build something other than a plain `package main`
/// program (minigo test, an embedder). The defaults are `go build`'s.
/// </summary>
/// <param name="EntryPoint">
/// The function the program starts with. null: `main` in package main. A name: the files may
/// be any one package (a package under test with its _test.go files and a generated test
/// main), which keeps its own name (`%T` prints `foo.T`, as in `go test`). "": a library
/// package, compiled without an entry (`go tool compile`, Go's `// compile` tests).
/// </param>
/// <param name="AllErrors">Report every error, not the first ten (`go tool compile -e`, Go's `// errorcheck` tests).</param>
public sealed record CompileOptions(string? EntryPoint = null, bool AllErrors = false)
{
    public static readonly CompileOptions Default = new();

    /// <summary>Which packages the program's own files may import (an embedder's sandbox; the standard library's own imports are not limited). Null: every package.</summary>
    public Func<string, bool>? AllowImport { get; init; }

    /// <summary>Whether package main must declare main (a library of functions an embedder calls need not).</summary>
    public bool RequireMain { get; init; } = true;

    /// <summary>Use the process-wide cache of checked standard packages (StdPackageCache); compilations then run one at a time.</summary>
    public bool ShareStdPackages { get; init; } = true;

    /// <summary>A library package checked as Go's errorcheck tests are: no main, every error.</summary>
    public static readonly CompileOptions ErrorCheck = new("", AllErrors: true);
}
