namespace Minigo.StdLib.Syscall;

/// <summary>The natives of internal/syscall/unix: syscall's own, under the names that package uses.</summary>
public static class UnixNatives
{
    public static void Register(NativeTable t) => t.Add("unlinkat", PathNatives.Unlinkat);
}
