using System.CommandLine;
using Minigo.Cli;
using Minigo.Cli.Repl;

// `minigo run prog.go [args]`, `minigo disasm prog.go`, `minigo test [paths]`, `minigo repl`: see README.md.
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

var testPaths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "directories (dir/... for a tree), _test.go files, or Go test-directory files (// run, // errorcheck)" };
var testVerbose = new Option<bool>("-v") { Description = "print each test as it runs, and its log" };
var testRun = new Option<string>("-run") { Description = "run only the tests (and examples, and recipe files) matching this regexp" };
var testBench = new Option<string>("-bench") { Description = "run the benchmarks matching this regexp" };
var testCount = new Option<int>("-count") { Description = "run each test and benchmark n times", DefaultValueFactory = _ => 1 };
var testTimeout = new Option<string>("-timeout") { Description = "a test binary's limit (default 10m); a recipe file's (default 10s)" };
var testBenchTime = new Option<string>("-benchtime") { Description = "run each benchmark for this long (1s), or Nx times" };
var test = new Command("test", "run Go tests: _test.go packages, and Go test-directory files") { testPaths, testVerbose, testRun, testBench, testCount, testTimeout, testBenchTime };
test.SetAction(parse => Minigo.Cli.Testing.TestCli.Run(parse.GetValue(testPaths) ?? [], parse.GetValue(testVerbose), parse.GetValue(testRun), parse.GetValue(testBench),
    parse.GetValue(testCount), parse.GetValue(testTimeout), parse.GetValue(testBenchTime)));
root.Subcommands.Add(test);

var failFast = new Option<bool>("--fail-fast") { Description = "stop at the first input that fails (exit status 1)" };
var repl = new Command("repl", "read Go statements, expressions and declarations, and run them as they come") { failFast };
repl.SetAction(parse => ReplCommand.Run(parse.GetValue(failFast)));
root.Subcommands.Add(repl);
// `minigo` alone on a terminal starts the REPL.
if (args.Length == 0 && !Console.IsInputRedirected) return ReplCommand.Run(failFast: false);

return root.Parse(args).Invoke();
