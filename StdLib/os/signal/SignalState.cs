using System.Runtime.InteropServices;
using Minigo.Runtime;

namespace Minigo.StdLib.Os.Signal;

/// <summary>
/// A program's signals (Go's runtime/sigqueue.go): which it watches (signal.Notify) or
/// ignores, and those pending for its watcher goroutine, one bit per signal as in Go (two
/// arrivals before the watcher looks count once). Signals arrive from the host through a
/// PosixSignalRegistration per watched or ignored signal, which also suppresses the default
/// action, or from the program itself (syscall.Kill of its own pid, which must not reach the
/// host: other programs share it). Disposed when the program ends: the registrations go, and
/// the watcher blocked in Recv is released.
/// </summary>
public sealed class SignalState : IProgramResource
{
    public const int NumSig = 65;
    private const string Key = "os/signal.State";

    /// <summary>What a signal the program sends itself does.</summary>
    public enum Outcome { Delivered, Ignored, Terminate, NotSupported }

    private readonly object gate = new();
    private readonly bool[] wanted = new bool[NumSig];
    private readonly bool[] ignored = new bool[NumSig];
    private readonly bool[] pending = new bool[NumSig];
    private readonly Dictionary<int, PosixSignalRegistration> registrations = [];
    private bool receiving, delivering, disposed;

    public static SignalState Of(IGoContext ctx)
    {
        var state = ctx.PackageState;
        lock (state)
        {
            if (state.TryGetValue(Key, out var s)) return (SignalState)s;
            var st = new SignalState();
            state[Key] = st;
            return st;
        }
    }

    /// <summary>signal_enable: sig is relayed to the program from now on.</summary>
    public void Enable(int sig) => Set(sig, want: true, ignore: false);

    /// <summary>signal_ignore: sig is neither relayed nor acted on.</summary>
    public void Ignore(int sig) => Set(sig, want: false, ignore: true);

    /// <summary>signal_disable: sig takes its default action again (its ignored mark stays, as in Go).</summary>
    public void Disable(int sig)
    {
        if (sig is <= 0 or >= NumSig) return;
        lock (gate)
        {
            wanted[sig] = false;
            if (registrations.Remove(sig, out var r)) r.Dispose();
        }
    }

    private void Set(int sig, bool want, bool ignore)
    {
        if (sig is <= 0 or >= NumSig) return;
        lock (gate)
        {
            wanted[sig] = want;
            ignored[sig] = ignore;
            Register(sig);
        }
    }

    public bool Ignored(int sig)
    {
        if (sig is <= 0 or >= NumSig) return false;
        lock (gate) return ignored[sig];
    }

    /// <summary>
    /// Only asynchronous signals are taken from the host: the faults (SIGSEGV, SIGBUS...) are
    /// .NET's own, and SIGKILL and SIGSTOP cannot be caught. The others still reach the
    /// program when it sends them to itself.
    /// </summary>
    private static bool HostCatchable(int sig) => sig is 1 or 2 or 3 or 10 or 12 or 13 or 14 or 15 or (>= 17 and <= 30 and not 19);

    private void Register(int sig)
    {
        // Signal numbers are Linux's (syscall's); elsewhere only the program's own Kill delivers.
        if (disposed || registrations.ContainsKey(sig) || !HostCatchable(sig) || !OperatingSystem.IsLinux()) return;
        try
        {
            registrations[sig] = PosixSignalRegistration.Create((PosixSignal)sig, c =>
            {
                c.Cancel = true;
                Arrived(sig);
            });
        }
        catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
        {
            // The host cannot watch it: only the program's own Kill delivers it.
        }
    }

    /// <summary>A signal from the host's handler thread: pending if watched (an ignored one is dropped).</summary>
    private void Arrived(int sig)
    {
        lock (gate)
        {
            if (!wanted[sig]) return;
            pending[sig] = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>syscall.Kill(own pid, sig): what the signal does to the program.</summary>
    public Outcome Raise(int sig)
    {
        if (sig == 0) return Outcome.Ignored;
        lock (gate)
        {
            if (sig > 0 && sig < NumSig && wanted[sig])
            {
                pending[sig] = true;
                Monitor.PulseAll(gate);
                return Outcome.Delivered;
            }
            if (sig > 0 && sig < NumSig && ignored[sig]) return Outcome.Ignored;
        }
        return sig switch
        {
            // SIGCHLD, SIGCONT, SIGURG, SIGWINCH: ignored by default.
            17 or 18 or 23 or 28 => Outcome.Ignored,
            // Go crashes with a register dump on these, and the stop signals stop the process.
            3 or 4 or 5 or 6 or 7 or 8 or 11 or 19 or 20 or 21 or 22 or 31 => Outcome.NotSupported,
            _ => Outcome.Terminate,
        };
    }

    /// <summary>
    /// signal_recv: the next pending signal, lowest number first, blocking the calling
    /// thread (the watcher goroutine is in a syscall meanwhile, as in Go, so a program
    /// waiting for a signal is not deadlocked). 0 once the program has ended.
    /// </summary>
    public int Recv(IGoContext ctx)
    {
        lock (gate)
            if (disposed) return 0; // the program has ended: its goroutines stop at their next safe point
        var sched = ctx.Scheduler;
        var g = ctx.G;
        int sig = 0;
        sched.EnterSyscallBlock(g);
        try
        {
            lock (gate)
            {
                delivering = false;
                while (!disposed && (sig = NextPending(take: true)) == 0)
                {
                    receiving = true;
                    Monitor.Wait(gate);
                }
                receiving = false;
                delivering = sig != 0;
            }
        }
        finally
        {
            sched.ExitSyscall(g);
        }
        return sig;
    }

    private int NextPending(bool take)
    {
        for (int i = 1; i < NumSig; i++)
            if (pending[i])
            {
                if (take) pending[i] = false;
                return i;
            }
        return 0;
    }

    /// <summary>The watcher waits with nothing pending and nothing being delivered (signalWaitUntilIdle's test).</summary>
    public bool Idle
    {
        get
        {
            lock (gate) return receiving && !delivering && NextPending(take: false) == 0;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var r in registrations.Values) r.Dispose();
            registrations.Clear();
            Monitor.PulseAll(gate);
        }
    }
}
