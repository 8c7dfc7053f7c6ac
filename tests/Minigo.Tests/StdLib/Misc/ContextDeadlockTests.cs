using Minigo.Tests.Conformance;
using Xunit;

namespace Minigo.Tests.StdLib.Misc;

/// <summary>Go's whole deadlock report for waiting on contexts (conformance checks only its first line).</summary>
public class ContextDeadlockTests
{
    private static string Report(string program)
    {
        string path = Path.Combine(Path.GetTempPath(), $"minigo-ctx-{Guid.NewGuid():N}.go");
        File.WriteAllText(path, program);
        try
        {
            var (code, _, stderr) = Corpus.Run(path);
            Assert.Equal(2, code);
            return stderr;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WaitingOnANeverCancelledContextIsAChanReceive()
    {
        string stderr = Report("package main\n\nimport \"context\"\n\nfunc main() {\n\tctx, cancel := context.WithCancel(context.Background())\n\tdefer cancel()\n\t<-ctx.Done()\n}\n");
        Assert.StartsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main(...)\n", stderr);
        Assert.Contains(".go:8\n", stderr);
    }

    [Fact]
    public void BackgroundsDoneIsANilChannel()
    {
        string stderr = Report("package main\n\nimport \"context\"\n\nfunc main() {\n\t<-context.Background().Done()\n}\n");
        Assert.StartsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive (nil chan)]:\n", stderr);
    }
}
