using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Minigo.Tests.Repl;

/// <summary>
/// Runs a program on a pseudo-terminal of its own, through libc alone (posix_openpt and
/// posix_spawn), so that the tests need no tmux or script: the child starts a new session
/// whose controlling terminal is the pty's slave side (so Ctrl-C there is SIGINT to it, as in
/// a real terminal); the test writes keys to the master side and reads the screen's bytes.
/// Linux only (the struct sizes and flag values are glibc's).
/// </summary>
internal sealed class PseudoTerminal : IDisposable
{
    private readonly int pid;
    private readonly FileStream master;
    private readonly StringBuilder output = new();
    private readonly Thread reader;
    private readonly ManualResetEventSlim exited = new();
    private int? exitStatus;

    public PseudoTerminal(string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> env)
    {
        int fd = posix_openpt(O_RDWR | O_NOCTTY);
        if (fd < 0 || grantpt(fd) != 0 || unlockpt(fd) != 0) throw new InvalidOperationException("no pseudo-terminal: errno " + Marshal.GetLastPInvokeError());
        var name = new byte[256];
        if (ptsname_r(fd, name, (nuint)name.Length) != 0) throw new InvalidOperationException("ptsname_r failed");
        string slave = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));

        IntPtr actions = Marshal.AllocHGlobal(1024), attr = Marshal.AllocHGlobal(1024), signals = Marshal.AllocHGlobal(1024);
        try
        {
            Check(posix_spawn_file_actions_init(actions));
            Check(posix_spawnattr_init(attr));
            // The test host may ignore or block SIGINT, and a child inherits that: Ctrl-C must reach it.
            Check(sigemptyset(signals));
            Check(sigaddset(signals, SIGINT));
            Check(posix_spawnattr_setsigdefault(attr, signals));
            Check(sigemptyset(signals));
            Check(posix_spawnattr_setsigmask(attr, signals));
            Check(posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK));
            // After setsid, the first terminal the child opens becomes its controlling terminal.
            Check(posix_spawn_file_actions_addopen(actions, 0, slave, O_RDWR, 0));
            Check(posix_spawn_file_actions_adddup2(actions, 0, 1));
            Check(posix_spawn_file_actions_adddup2(actions, 0, 2));
            Check(posix_spawn_file_actions_addclose(actions, fd));
            string[] argv = [program, .. args, null!];
            string[] envp = [.. env.Select(kv => kv.Key + "=" + kv.Value), null!];
            Check(posix_spawn(out pid, program, actions, attr, argv, envp));
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            posix_spawnattr_destroy(attr);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attr);
            Marshal.FreeHGlobal(signals);
        }
        master = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.ReadWrite, 1);
        reader = new Thread(ReadAll) { IsBackground = true };
        reader.Start();
        new Thread(WaitForChild) { IsBackground = true }.Start();
    }

    /// <summary>Everything the program wrote to its terminal so far.</summary>
    public string Screen
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Types keys: text as is; "\r" is Enter, "\x03" Ctrl-C, "\x04" Ctrl-D, "\x1b[A" Up.</summary>
    public void Type(string keys)
    {
        var bytes = Encoding.UTF8.GetBytes(keys);
        master.Write(bytes);
        master.Flush();
    }

    /// <summary>Waits until the screen, from `from` on, contains text; false after the timeout.</summary>
    public bool WaitFor(string text, int from = 0, int timeoutMs = 30_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        lock (output)
        {
            while (output.Length < from || output.ToString(from, output.Length - from).IndexOf(text, StringComparison.Ordinal) < 0)
            {
                var left = until - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) return false;
                Monitor.Wait(output, left);
            }
        }
        return true;
    }

    /// <summary>The exit status once the program ended (within the timeout), else null.</summary>
    public int? WaitForExit(int timeoutMs = 30_000) => exited.Wait(timeoutMs) ? exitStatus : null;

    private void WaitForChild()
    {
        if (waitpid(pid, out int status, 0) == pid) exitStatus = (status >> 8) & 0xff;
        exited.Set();
    }

    private void ReadAll()
    {
        var buffer = new byte[4096];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[4096];
        try
        {
            int n;
            while ((n = master.Read(buffer)) > 0)
            {
                int c = decoder.GetChars(buffer, 0, n, chars, 0);
                lock (output)
                {
                    output.Append(chars, 0, c);
                    Monitor.PulseAll(output);
                }
            }
        }
        catch (IOException)
        {
            // EIO: the child closed its side of the terminal (it exited).
        }
        catch (ObjectDisposedException)
        {
            // Dispose closed the terminal while a read was starting (the child was killed).
        }
    }

    public void Dispose()
    {
        if (WaitForExit(0) == null)
        {
            kill(pid, SIGKILL);
            WaitForExit();
        }
        reader.Join(5_000); // the child is gone: its side of the terminal reads EIO, ending the reader
        master.Dispose();
    }

    private static void Check(int result)
    {
        if (result != 0) throw new InvalidOperationException("posix_spawn setup failed: " + result);
    }

    private const int O_RDWR = 2, O_NOCTTY = 0x100, SIGINT = 2, SIGKILL = 9;
    private const short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;

    [DllImport("libc", SetLastError = true)] private static extern int posix_openpt(int flags);
    [DllImport("libc", SetLastError = true)] private static extern int grantpt(int fd);
    [DllImport("libc", SetLastError = true)] private static extern int unlockpt(int fd);
    [DllImport("libc")] private static extern int ptsname_r(int fd, byte[] buf, nuint buflen);
    [DllImport("libc")] private static extern int posix_spawn_file_actions_init(IntPtr actions);
    [DllImport("libc")] private static extern int posix_spawn_file_actions_destroy(IntPtr actions);
    [DllImport("libc")] private static extern int posix_spawn_file_actions_addopen(IntPtr actions, int fd, string path, int oflag, int mode);
    [DllImport("libc")] private static extern int posix_spawn_file_actions_adddup2(IntPtr actions, int fd, int newfd);
    [DllImport("libc")] private static extern int posix_spawn_file_actions_addclose(IntPtr actions, int fd);
    [DllImport("libc")] private static extern int posix_spawnattr_init(IntPtr attr);
    [DllImport("libc")] private static extern int posix_spawnattr_destroy(IntPtr attr);
    [DllImport("libc")] private static extern int posix_spawnattr_setflags(IntPtr attr, short flags);
    [DllImport("libc")] private static extern int posix_spawnattr_setsigdefault(IntPtr attr, IntPtr signals);
    [DllImport("libc")] private static extern int posix_spawnattr_setsigmask(IntPtr attr, IntPtr signals);
    [DllImport("libc")] private static extern int sigemptyset(IntPtr set);
    [DllImport("libc")] private static extern int sigaddset(IntPtr set, int signal);
    [DllImport("libc")] private static extern int posix_spawn(out int pid, string path, IntPtr actions, IntPtr attr, string[] argv, string[] envp);
    [DllImport("libc")] private static extern int waitpid(int pid, out int status, int options);
    [DllImport("libc")] private static extern int kill(int pid, int sig);
}
