namespace Minigo.Cli.Repl;

/// <summary>
/// The program a session starts as: main holds the process open (its goroutine parks for
/// good; the session's inputs run on goroutines of their own), and helpers the inputs are
/// rewritten to call. Names start with `__repl` so that they cannot clash with the user's.
/// </summary>
internal static class Prelude
{
    public const string Path = "$repl.go";

    public const string Text = """
        package main

        import __repl_fmt "fmt"

        // __repl_print prints an expression statement's value(s), as fmt.Println does.
        func __repl_print(a ...any) { __repl_fmt.Println(a...) }

        // __repl_run runs one input (its linked entry function) and reports that it returned.
        func __repl_run(input func()) {
        	input()
        	__repl_done()
        }

        // Referenced here so that it is compiled with the prelude: the session starts it by name.
        var _ = __repl_run

        func __repl_done()
        func __repl_started()

        func main() {
        	__repl_started()
        	select {}
        }
        """;

    /// <summary>The native names Text declares.</summary>
    public const string Done = "__repl_done", Started = "__repl_started", Run = "__repl_run", Print = "__repl_print";
}
