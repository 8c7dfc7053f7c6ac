using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Syscall;

/// <summary>syscall's environment: the program's own copy of the host's (OsState).</summary>
public static class EnvNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Getenv", Getenv);
        t.Add("setenv", c => OsState.Of(c.Ctx).Setenv(c.Str(0), c.Str(1)));
        t.Add("unsetenv", c => OsState.Of(c.Ctx).Setenv(c.Str(0), null));
        t.Add("Clearenv", c => OsState.Of(c.Ctx).Clearenv());
        t.Add("Environ", c => c.SetRef(0, GoSlices.Strings(OsState.Of(c.Ctx).Environ())));
    }

    /// <summary>Getenv(key) (value, found); also time's getenv.</summary>
    internal static void Getenv(NativeCall c)
    {
        var v = OsState.Of(c.Ctx).Getenv(c.Str(0));
        c.SetStr(0, v ?? "");
        c.SetBool(1, v != null);
    }
}
