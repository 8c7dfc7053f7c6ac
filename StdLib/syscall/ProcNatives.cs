using Minigo.Runtime;
using Minigo.StdLib.Os.Signal;

namespace Minigo.StdLib.Syscall;

/// <summary>syscall's process calls: ids, kill, exit.</summary>
internal static class ProcNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Getpid", c => c.SetInt(0, Environment.ProcessId));
        t.Add("Getppid", c => { Linux.Require(); c.SetInt(0, Libc.Getppid()); });
        t.Add("Getuid", c => { Linux.Require(); c.SetInt(0, Libc.Getuid()); });
        t.Add("Geteuid", c => { Linux.Require(); c.SetInt(0, Libc.Geteuid()); });
        t.Add("Getgid", c => { Linux.Require(); c.SetInt(0, Libc.Getgid()); });
        t.Add("Getegid", c => { Linux.Require(); c.SetInt(0, Libc.Getegid()); });
        t.Add("kill", Kill);
        t.Add("Exit", c =>
        {
            int code = (int)c.Int(0);
            lock (c.Ctx.Stdout) c.Ctx.Stdout.Flush();
            throw new GoExit(code);
        });
    }

    /// <summary>
    /// kill(pid, sig) Errno. The program's own pid is the host's, which other programs share:
    /// a signal to itself goes to its SignalState, and its default action ends this program
    /// only (status 128+sig, as a shell reports a process killed by it). Process groups
    /// (pid 0 or negative) would reach the host and are refused.
    /// </summary>
    private static void Kill(NativeCall c)
    {
        int pid = (int)c.Int(0), sig = (int)c.Int(1);
        if (pid <= 0)
            throw Support.Panics.String("minigo: syscall.Kill of a process group (pid " + pid + ") is not supported: it would signal the host process");
        if (pid != Environment.ProcessId)
        {
            Linux.Require();
            c.SetInt(0, Libc.Kill(pid, sig) < 0 ? Libc.Errno : 0);
            return;
        }
        if (sig < 0 || sig >= SignalState.NumSig)
        {
            c.SetInt(0, Errno.EINVAL);
            return;
        }
        switch (SignalState.Of(c.Ctx).Raise(sig))
        {
            case SignalState.Outcome.Terminate:
                lock (c.Ctx.Stdout) c.Ctx.Stdout.Flush();
                throw new GoExit(128 + sig);
            case SignalState.Outcome.NotSupported:
                throw new GoFatal("minigo: the default action of signal " + sig + " sent by the program to itself (a crash report or a stop) is not implemented");
        }
        c.SetInt(0, 0);
    }
}
