using Minigo.Runtime;

namespace Minigo.Tests.Channels;

/// <summary>
/// A deterministic single-threaded scheduler for channel tests. A goroutine is a C# iterator:
/// it runs until it yields, and it yields SliceResult.Parked right after an operation returned
/// Parked (then calls the matching Complete* when resumed), or Yielded to let others run.
/// It keeps the scheduler's side of the park protocol strictly: the body must return Parked
/// after Park, the unlock runs only after g is marked Waiting, and Ready is legal only on a
/// waiting goroutine.
/// </summary>
public sealed class FakeScheduler : IParker
{
    private readonly Queue<G> runq = new();
    private readonly List<G> all = [];
    private long lastId;
    private bool parkedThisSlice;
    private Action? unlockf;

    public G? Current { get; private set; }
    /// <summary>Panics that ended goroutines, by goroutine.</summary>
    public Dictionary<G, GoPanic> Panics { get; } = [];
    /// <summary>Trace of events, for tests that check an order.</summary>
    public List<string> Log { get; } = [];

    public G Go(Func<G, IEnumerable<SliceResult>> body)
    {
        var g = new G(++lastId, new IteratorBody(body));
        all.Add(g);
        runq.Enqueue(g);
        return g;
    }

    public void Park(G g, WaitReason reason, Action? unlock)
    {
        if (g != Current) throw new InvalidOperationException($"Park of {g}, not the running goroutine");
        if (parkedThisSlice) throw new InvalidOperationException("Park called twice in one slice");
        parkedThisSlice = true;
        g.WaitReason = reason;
        unlockf = unlock;
    }

    public void Ready(G g)
    {
        if (g.Status != GStatus.Waiting) throw new InvalidOperationException($"Ready of {g}, which is not waiting");
        g.Status = GStatus.Runnable;
        runq.Enqueue(g);
    }

    /// <summary>Runs goroutines until none is runnable.</summary>
    public void Run()
    {
        while (runq.TryDequeue(out var g)) RunSlice(g);
    }

    /// <summary>Runs exactly the next runnable goroutine's slice; false if none.</summary>
    public bool Step()
    {
        if (!runq.TryDequeue(out var g)) return false;
        RunSlice(g);
        return true;
    }

    private void RunSlice(G g)
    {
        Current = g;
        g.Status = GStatus.Running;
        parkedThisSlice = false;
        SliceResult r;
        try { r = g.Body.RunSlice(g, 1000); }
        catch (GoPanic p)
        {
            Panics[g] = p;
            r = SliceResult.Done;
        }
        Current = null;
        if ((r == SliceResult.Parked) != parkedThisSlice)
            throw new InvalidOperationException($"{g}: slice returned {r} but Park was {(parkedThisSlice ? "" : "not ")}called");
        switch (r)
        {
            case SliceResult.Done:
                g.Status = GStatus.Dead;
                break;
            case SliceResult.Yielded:
                g.Status = GStatus.Runnable;
                runq.Enqueue(g);
                break;
            case SliceResult.Parked:
                g.Status = GStatus.Waiting;
                var u = unlockf;
                unlockf = null;
                u?.Invoke();
                break;
        }
    }

    public IEnumerable<G> Waiting => all.Where(g => g.Status == GStatus.Waiting);
    public bool AllDone => all.All(g => g.Status == GStatus.Dead);

    private sealed class IteratorBody(Func<G, IEnumerable<SliceResult>> body) : IGoroutineBody
    {
        private IEnumerator<SliceResult>? it;

        public SliceResult RunSlice(G g, int budget)
        {
            it ??= body(g).GetEnumerator();
            return it.MoveNext() ? it.Current : SliceResult.Done;
        }
    }
}

/// <summary>A mutable cell for results of an operation inside an iterator goroutine.</summary>
public sealed class Cell<T>
{
    public T Value = default!;
    public bool Set;

    public void Put(T v)
    {
        Value = v;
        Set = true;
    }
}

/// <summary>Blocking operations written as iterator fragments: `foreach (var s in Op.Send(g, c, 1)) yield return s;`.</summary>
public static class Op
{
    public static IEnumerable<SliceResult> Send(G g, Chan c, long v) => Send(g, c, new Slot(v));

    public static IEnumerable<SliceResult> Send(G g, Chan c, Slot v)
    {
        if (c.Send(g, v, block: true) == ChanOpResult.Parked)
        {
            yield return SliceResult.Parked;
            Chan.CompleteSend(g);
        }
    }

    public static IEnumerable<SliceResult> Recv(G g, Chan c, Cell<(Slot V, bool Ok)> into)
    {
        if (c.Recv(g, out var v, out var ok, block: true) == ChanOpResult.Parked)
        {
            yield return SliceResult.Parked;
            Chan.CompleteRecv(g, out v, out ok);
        }
        into.Put((v, ok));
    }

    public static IEnumerable<SliceResult> Select(IParker p, G g, SelectCase[] cases, Cell<(int I, Slot V, bool Ok)> into)
    {
        if (Chan.Select(p, g, cases, block: true, out int i, out var v, out var ok) == ChanOpResult.Parked)
        {
            yield return SliceResult.Parked;
            i = Chan.CompleteSelect(g, out v, out ok);
        }
        into.Put((i, v, ok));
    }

    public static IEnumerable<SliceResult> Acquire(SemaTable t, G g, object container, int index, bool lifo = false)
    {
        var r = t.Acquire(g, container, index, WaitReason.SyncMutexLock, lifo);
        while (r == ChanOpResult.Parked)
        {
            yield return SliceResult.Parked;
            r = t.CompleteAcquire(g);
        }
    }
}
