using System.Collections;
using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Os;

/// <summary>
/// The natives of package os. The standard streams are the context's; standard input is the
/// Stream the driver puts in PackageState["os.Stdin"], else the process's own. Arguments come
/// from PackageState["os.Args"] (a string[] of .NET strings set by the driver).
/// </summary>
public static class OsNatives
{
    public const string ArgsKey = "os.Args";
    public const string StdinKey = "os.Stdin";

    public static void Register(NativeTable t)
    {
        t.Add("write", c =>
        {
            var s = c.SliceArg(1);
            var stream = Output(c.Ctx, c.Int(0));
            if (stream == null) { c.SetInt(0, 0); c.SetBool(1, false); return; }
            var b = GoSlices.Bytes(s);
            lock (stream) stream.Write(b);
            c.SetInt(0, b.Length);
            c.SetBool(1, true);
        });
        t.Add("writeString", c =>
        {
            string s = c.Str(1);
            var stream = Output(c.Ctx, c.Int(0));
            if (stream == null) { c.SetInt(0, 0); c.SetBool(1, false); return; }
            lock (stream) GoStrings.Write(stream, s);
            c.SetInt(0, s.Length);
            c.SetBool(1, true);
        });
        t.Add("read", Read);
        t.Add("runtimeArgs", c =>
        {
            var args = c.Ctx.PackageState.TryGetValue(ArgsKey, out var a) && a is string[] list ? list : [];
            c.SetRef(0, GoSlices.Strings(args.Select(GoStrings.FromDotNet).ToArray()));
        });
        t.Add("Exit", c =>
        {
            int code = (int)c.Int(0);
            c.Ctx.Stdout.Flush();
            throw new GoExit(code);
        });
        t.Add("LookupEnv", LookupEnv);
        t.Add("setenv", c => Environment.SetEnvironmentVariable(GoStrings.ToDotNet(c.Str(0)), GoStrings.ToDotNet(c.Str(1))));
        t.Add("unsetenv", c => Environment.SetEnvironmentVariable(GoStrings.ToDotNet(c.Str(0)), null));
        t.Add("Environ", c =>
        {
            var list = new List<string>();
            foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
                list.Add(GoStrings.FromDotNet(e.Key + "=" + e.Value));
            list.Sort(StringComparer.Ordinal);
            c.SetRef(0, GoSlices.Strings(list));
        });
    }

    /// <summary>os.LookupEnv (also time's syscall.Getenv): (value, found).</summary>
    internal static void LookupEnv(NativeCall c)
    {
        var v = Environment.GetEnvironmentVariable(GoStrings.ToDotNet(c.Str(0)));
        c.SetStr(0, v == null ? "" : GoStrings.FromDotNet(v));
        c.SetBool(1, v != null);
    }

    private static Stream? Output(IGoContext ctx, long fd) => fd switch
    {
        1 => ctx.Stdout,
        2 => ctx.Stderr,
        _ => null,
    };

    /// <summary>
    /// A read that may block for good (a terminal, a pipe) runs between entersyscall and
    /// exitsyscall: sysmon hands the goroutine's P to another M meanwhile, so the program's
    /// other goroutines keep running even with GOMAXPROCS=1.
    /// </summary>
    private static int BlockingRead(IGoContext ctx, Stream stream, Span<byte> buffer)
    {
        var sched = ctx.Scheduler;
        var g = ctx.G;
        sched.EnterSyscall(g);
        try
        {
            return stream.Read(buffer);
        }
        finally
        {
            sched.ExitSyscall(g);
        }
    }

    private static void Read(NativeCall c)
    {
        long fd = c.Int(0);
        var buf = c.SliceArg(1);
        if (fd != 0)
        {
            c.SetInt(0, 0); c.SetBool(1, false); c.SetBool(2, false);
            return;
        }
        // An interactive program's prompt must be visible before it waits for input.
        lock (c.Ctx.Stdout) c.Ctx.Stdout.Flush();
        var stdin = c.Ctx.PackageState.TryGetValue(StdinKey, out var s) && s is Stream st ? st : Console.OpenStandardInput();
        var b = GoSlices.Bytes(buf);
        int n = b.Length == 0 ? 0 : BlockingRead(c.Ctx, stdin, b);
        c.SetInt(0, n);
        c.SetBool(1, n == 0 && b.Length > 0);
        c.SetBool(2, true);
    }
}
