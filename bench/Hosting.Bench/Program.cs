using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Minigo.Hosting.Bench;

// In process: BenchmarkDotNet's own build of the boilerplate cannot run the Compiler's ANTLR
// generation step. Argument `quick`: a short job (seconds per benchmark).
var job = (args.Contains("quick") ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
BenchmarkRunner.Run<HostingBenchmarks>(DefaultConfig.Instance.AddJob(job), args.Where(a => a != "quick").ToArray());
