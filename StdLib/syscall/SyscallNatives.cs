namespace Minigo.StdLib.Syscall;

/// <summary>The natives of package syscall (Linux system calls through libc, see Libc.cs).</summary>
public static class SyscallNatives
{
    public static void Register(NativeTable t)
    {
        FileNatives.Register(t);
        PathNatives.Register(t);
        ProcNatives.Register(t);
        EnvNatives.Register(t);
    }
}
