using Minigo.Runtime;

namespace Minigo.StdLib.Syscall;

/// <summary>
/// Brackets a system call that may block its thread (a read from a pipe or a terminal, a
/// slow disk) between entersyscall and exitsyscall, as Go does for every syscall: sysmon
/// hands the goroutine's P to another M meanwhile, so other goroutines keep running even with
/// GOMAXPROCS=1. `using (new Blocking(ctx)) { ... }`; read errno inside the block.
/// </summary>
internal readonly ref struct Blocking
{
    private readonly Scheduler sched;
    private readonly G g;

    public Blocking(IGoContext ctx)
    {
        sched = ctx.Scheduler;
        g = ctx.G;
        sched.EnterSyscall(g);
    }

    public void Dispose() => sched.ExitSyscall(g);
}
