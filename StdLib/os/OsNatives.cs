using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Os;

/// <summary>
/// The natives of package os: its arguments and temporary-name randomness. Files, the
/// environment and processes are package syscall's (StdLib/syscall). Arguments come from
/// PackageState[ArgsKey] (a string[] of .NET strings set by the driver).
/// </summary>
public static class OsNatives
{
    public const string ArgsKey = "os.Args";

    public static void Register(NativeTable t)
    {
        t.Add("runtime_args", c =>
        {
            var args = c.Ctx.PackageState.TryGetValue(ArgsKey, out var a) && a is string[] list ? list : [];
            c.SetRef(0, GoSlices.Strings(args.Select(GoStrings.FromDotNet).ToArray()));
        });
        t.Add("fastrand", c => c.SetInt(0, (uint)Random.Shared.Next() ^ ((uint)Random.Shared.Next() << 1)));
    }
}
