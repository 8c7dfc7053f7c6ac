namespace Minigo.Compiler;

/// <summary>
/// How to compile, for the tools that build something other than a plain `package main`
/// program (minigo test). The defaults are `go build`'s.
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

    /// <summary>A library package checked as Go's errorcheck tests are: no main, every error.</summary>
    public static readonly CompileOptions ErrorCheck = new("", AllErrors: true);
}
