using System.CommandLine;
using Minigo.Cli;
using Minigo.Cli.Repl;

// `minigo run prog.go [args]`, `minigo disasm prog.go`, `minigo repl`: see README.md.
var root = new RootCommand("minigo: a Go interpreter and VM");

var runArgs = new Argument<string[]>("files-and-args") { Arity = ArgumentArity.OneOrMore, Description = "Go files (or one directory), then the program's arguments" };
var schedTrace = new Option<int>("--schedtrace") { Description = "print the scheduler's state every N ms (as GODEBUG=schedtrace=N)" };
var run = new Command("run", "compile and run a Go program") { runArgs, schedTrace };
run.SetAction(parse => Driver.Run(parse.GetValue(runArgs)!, Console.OpenStandardOutput(), Console.OpenStandardError(), schedTrace: parse.GetValue(schedTrace), hostStdio: true));
root.Subcommands.Add(run);

var disasmArgs = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Go files or one directory" };
var disasmAll = new Option<bool>("--all") { Description = "include standard-library functions, package init and wrappers" };
var disasm = new Command("disasm", "print the bytecode of each function") { disasmArgs, disasmAll };
disasm.SetAction(parse => Driver.Disassemble(parse.GetValue(disasmArgs)!, Console.OpenStandardOutput(), Console.OpenStandardError(), parse.GetValue(disasmAll)));
root.Subcommands.Add(disasm);

var failFast = new Option<bool>("--fail-fast") { Description = "stop at the first input that fails (exit status 1)" };
var repl = new Command("repl", "read Go statements, expressions and declarations, and run them as they come") { failFast };
repl.SetAction(parse => ReplCommand.Run(parse.GetValue(failFast)));
root.Subcommands.Add(repl);
// `minigo` alone on a terminal starts the REPL.
if (args.Length == 0 && !Console.IsInputRedirected) return ReplCommand.Run(failFast: false);

return root.Parse(args).Invoke();
