using System.CommandLine;
using Minigo.Cli;

// `minigo run prog.go [args]`, `minigo disasm prog.go`: see README.md.
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

return root.Parse(args).Invoke();
