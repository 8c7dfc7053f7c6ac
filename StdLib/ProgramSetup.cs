using Minigo.StdLib.Syscall;
using Minigo.VM;

namespace Minigo.StdLib;

/// <summary>
/// What a process gets from its parent before main runs, given to one program of the many a
/// process may run (the CLI's driver, an embedder): os.Args, the working directory, stdin.
/// </summary>
public static class ProgramSetup
{
    /// <param name="hostStdio">stdout and stderr are the process's own: os.Stdout.Stat() describes them.</param>
    public static void Configure(Machine machine, IEnumerable<string> args, string workingDirectory, Stream? stdin, bool hostStdio = false)
    {
        machine.PackageState["os.Args"] = args.ToArray();
        machine.PackageState[OsState.WorkingDirectoryKey] = Path.GetFullPath(workingDirectory);
        if (stdin != null) machine.PackageState[OsState.StdinKey] = stdin;
        if (hostStdio && stdin == null) machine.PackageState[OsState.HostStdioKey] = true;
    }
}
