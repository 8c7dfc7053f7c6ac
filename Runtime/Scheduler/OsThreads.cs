namespace Minigo.Runtime;

/// <summary>
/// The OS threads M's and sysmon run on, kept for reuse once their work is done: every run of
/// a program starts at least two (an M and sysmon), and a new thread costs 0.2 ms or more, as
/// much as a whole small program. A thread idle for IdleTimeout ends. Background threads:
/// none keeps the process alive.
/// </summary>
internal static class OsThreads
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(10);
    private static readonly Lock PoolLock = new();
    private static readonly Stack<Worker> Idle = new();

    /// <summary>Runs work on an idle thread, or a new one; the handle tells when it has returned.</summary>
    public static OsThread Start(Action work, string name)
    {
        var handle = new OsThread();
        Worker? w;
        lock (PoolLock) Idle.TryPop(out w);
        if (w == null)
        {
            w = new Worker();
            w.Assign(work, handle);
            new Thread(w.Loop) { IsBackground = true, Name = name }.Start();
        }
        else w.Assign(work, handle);
        return handle;
    }

    private sealed class Worker
    {
        private readonly object gate = new(); // Monitor.Wait needs a monitor, not a Lock
        private Action? work;
        private OsThread? handle;

        public void Assign(Action w, OsThread h)
        {
            lock (gate)
            {
                work = w;
                handle = h;
                Monitor.PulseAll(gate);
            }
        }

        public void Loop()
        {
            while (true)
            {
                Action w;
                OsThread h;
                lock (gate)
                {
                    if (work == null && !Monitor.Wait(gate, IdleTimeout) && work == null)
                    {
                        // Idle too long: leave, unless a Start has just taken this worker (its work is coming).
                        bool removed;
                        lock (PoolLock) removed = Remove(this);
                        if (removed) return;
                        continue;
                    }
                    if (work == null) continue;
                    w = work;
                    h = handle!;
                    work = null;
                    handle = null;
                }
                h.Thread = Thread.CurrentThread;
                try
                {
                    w();
                }
                finally
                {
                    h.Thread = null;
                    h.Done.Set();
                    lock (PoolLock) Idle.Push(this);
                }
            }
        }

        private static bool Remove(Worker w)
        {
            if (!Idle.Contains(w)) return false;
            var rest = Idle.Where(x => x != w).Reverse().ToList();
            Idle.Clear();
            foreach (var x in rest) Idle.Push(x);
            return true;
        }
    }
}

/// <summary>One piece of work given to OsThreads: Join waits for it to return (not for the thread, which is reused).</summary>
internal sealed class OsThread
{
    internal readonly ManualResetEventSlim Done = new(false);
    internal volatile Thread? Thread;

    public bool Join(int millisecondsTimeout) => Done.Wait(millisecondsTimeout);
    public bool IsAlive => !Done.IsSet;
    public bool IsCurrent => Thread == System.Threading.Thread.CurrentThread;
}
