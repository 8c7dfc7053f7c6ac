using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Scheduling;

public class OsThreadsTests
{
    [Fact]
    public void WorkRunsOnABackgroundThreadAndJoinWaitsForIt()
    {
        using var release = new ManualResetEventSlim();
        bool background = false;
        var t = OsThreads.Start(() => { background = Thread.CurrentThread.IsBackground; release.Wait(); }, "test");
        Assert.True(t.IsAlive);
        Assert.False(t.Join(10));
        release.Set();
        Assert.True(t.Join(10_000));
        Assert.False(t.IsAlive);
        Assert.True(background);
    }

    [Fact]
    public void FinishedThreadsAreReused()
    {
        // A worker goes back to the idle stack just after its Join returns, and other tests'
        // programs may take it meanwhile: reuse shows as far fewer threads than pieces of work.
        var threads = new HashSet<Thread>();
        for (int i = 0; i < 100; i++)
        {
            Thread? t = null;
            Assert.True(OsThreads.Start(() => t = Thread.CurrentThread, "test").Join(10_000));
            threads.Add(t!);
        }
        Assert.True(threads.Count < 50, $"{threads.Count} threads for 100 pieces of work");
    }
}
