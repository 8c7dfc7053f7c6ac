using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.Channels;

/// <summary>The semaphore table (semacquire/semrelease) and notify lists, on the deterministic scheduler.</summary>
public class SemaphoreTests
{
    /// <summary>A goroutine that acquires the semaphore, then logs its name.</summary>
    private static G Waiter(FakeScheduler s, SemaTable t, object box, int index, string name, bool lifo = false)
    {
        return s.Go(Run);

        IEnumerable<SliceResult> Run(G g)
        {
            foreach (var st in Op.Acquire(t, g, box, index, lifo)) yield return st;
            s.Log.Add(name);
        }
    }

    [Fact]
    public void Uncontended_AcquireTakesTheCount_ReleaseAddsIt()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var cell = new Slot[] { new(2) }; // a heap cell holding the counter
        var g = new G(1, null!);
        Assert.Equal(ChanOpResult.Completed, t.Acquire(g, cell, 0, WaitReason.SyncMutexLock, lifo: false));
        Assert.Equal(ChanOpResult.Completed, t.Acquire(g, cell, 0, WaitReason.SyncMutexLock, lifo: false));
        Assert.Equal(0, cell[0].N);
        Assert.False(t.Release(cell, 0, handoff: false));
        Assert.False(t.Release(cell, 0, handoff: true)); // no waiter: nothing to hand off
        Assert.Equal(2, cell[0].N);
    }

    [Fact]
    public void Waiters_AreWokenFirstInFirstOut()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var box = new Slot[3]; // a struct box: the counter is field 2
        foreach (var name in new[] { "a", "b", "c" }) Waiter(s, t, box, 2, name);
        s.Run();
        Assert.Equal(3, s.Waiting.Count());
        Assert.All(s.Waiting, g => Assert.Equal(WaitReason.SyncMutexLock, g.WaitReason));
        Assert.Equal(3, t.Waiters(box, 2));
        for (int i = 0; i < 3; i++)
        {
            t.Release(box, 2, handoff: false);
            s.Run();
        }
        Assert.Equal(["a", "b", "c"], s.Log);
        Assert.Equal(0, box[2].N);
        Assert.True(s.AllDone);
    }

    [Fact]
    public void LifoWaiter_GoesToTheFront()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var words = new long[4]; // an array of uint32: counters in a long[]
        Waiter(s, t, words, 1, "a");
        Waiter(s, t, words, 1, "b");
        Waiter(s, t, words, 1, "c", lifo: true);
        Waiter(s, t, words, 1, "d");
        Waiter(s, t, words, 1, "e", lifo: true);
        s.Run();
        for (int i = 0; i < 5; i++)
        {
            t.Release(words, 1, handoff: false);
            s.Run();
        }
        Assert.Equal(["e", "c", "a", "b", "d"], s.Log);
        Assert.True(s.AllDone);
    }

    [Fact]
    public void Addresses_AreIndependent()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var box = new Slot[2];
        var other = new Slot[2];
        Waiter(s, t, box, 0, "box0");
        Waiter(s, t, box, 1, "box1");
        Waiter(s, t, other, 0, "other0");
        s.Run();
        t.Release(other, 0, handoff: false);
        s.Run();
        t.Release(box, 1, handoff: false);
        s.Run();
        Assert.Equal(["other0", "box1"], s.Log);
        Assert.Equal(1, t.Waiters(box, 0));
        Assert.Equal(0, t.Waiters(box, 1));
    }

    [Fact]
    public void WithoutHandoff_ABargerTakesTheCount_AndTheWokenWaiterSleepsAgain()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var cell = new Slot[1];
        var waiter = Waiter(s, t, cell, 0, "waiter");
        s.Run();

        Assert.False(t.Release(cell, 0, handoff: false));
        Assert.Equal(1, cell[0].N);
        // Before the woken waiter runs, a running goroutine takes the count (barging).
        Assert.Equal(ChanOpResult.Completed, t.Acquire(new G(9, null!), cell, 0, WaitReason.SyncMutexLock, lifo: false));
        s.Run();
        Assert.Equal((GStatus.Waiting, WaitReason.SyncMutexLock), (waiter.Status, waiter.WaitReason)); // woke, found 0, parked again
        Assert.Empty(s.Log);

        t.Release(cell, 0, handoff: false);
        s.Run();
        Assert.Equal(["waiter"], s.Log);
    }

    [Fact]
    public void WithHandoff_TheCountGoesStraightToTheWaiter()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var cell = new Slot[1];
        Waiter(s, t, cell, 0, "waiter");
        s.Run();

        Assert.True(t.Release(cell, 0, handoff: true)); // the caller should yield to the waiter
        Assert.Equal(0, cell[0].N);
        // A barger cannot take it: it was handed to the waiter.
        var barger = Waiter(s, t, cell, 0, "barger");
        s.Run();
        Assert.Equal(["waiter"], s.Log);
        Assert.Equal(GStatus.Waiting, barger.Status);
        t.Release(cell, 0, handoff: true);
        s.Run();
        Assert.Equal(["waiter", "barger"], s.Log);
    }

    [Fact]
    public void Counter_WrapsAsUint32()
    {
        var s = new FakeScheduler();
        var t = new SemaTable(s);
        var cell = new Slot[] { new(uint.MaxValue) };
        t.Release(cell, 0, handoff: false);
        Assert.Equal(0, cell[0].N);
    }

    [Fact]
    public void NotifyList_NotifyOneWakesInTicketOrder_NotifyAllWakesTheRest()
    {
        var s = new FakeScheduler();
        var cond = new Slot[1]; // a sync.Cond's notify field, zero
        var l = NotifyList.At(s, cond, 0);
        Assert.Same(l, NotifyList.At(s, cond, 0));
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            uint ticket = l.Add();
            s.Go(g => Wait(g, ticket, name));
        }
        s.Run();
        Assert.Equal(4, s.Waiting.Count());
        Assert.All(s.Waiting, g => Assert.Equal(WaitReason.SyncCondWait, g.WaitReason));

        l.NotifyOne();
        s.Run();
        l.NotifyOne();
        s.Run();
        Assert.Equal(["a", "b"], s.Log);
        l.NotifyAll();
        s.Run();
        Assert.Equal(["a", "b", "c", "d"], s.Log);
        l.NotifyOne(); // nobody left: no effect
        l.NotifyAll();
        Assert.True(s.AllDone);

        IEnumerable<SliceResult> Wait(G g, uint ticket, string name)
        {
            if (l.Wait(g, ticket) == ChanOpResult.Parked)
            {
                yield return SliceResult.Parked;
                NotifyList.CompleteWait(g);
            }
            s.Log.Add(name);
        }
    }

    [Fact]
    public void NotifyList_ANotificationBetweenAddAndWaitIsNotLost()
    {
        var s = new FakeScheduler();
        var l = new NotifyList(s);
        var g = new G(1, null!);
        uint t1 = l.Add();
        uint t2 = l.Add();
        l.NotifyOne(); // for t1, which is not waiting yet
        Assert.Equal(ChanOpResult.Completed, l.Wait(g, t1));
        l.NotifyAll();
        Assert.Equal(ChanOpResult.Completed, l.Wait(g, t2));
    }
}
