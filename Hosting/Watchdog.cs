namespace Minigo.Hosting;

/// <summary>
/// Time limits on a thread of their own, not on the thread pool's timers: a host whose pool
/// threads all wait for programs (a test runner, a busy server) would see a Timer fire
/// seconds late. One background thread sleeps until the earliest deadline.
/// </summary>
internal static class Watchdog
{
    private static readonly object Gate = new(); // Monitor.Wait needs a monitor
    private static readonly PriorityQueue<Alarm, long> Alarms = new();
    private static Thread? thread;

    /// <summary>Runs action after delay, unless the returned alarm is disposed first.</summary>
    public static IDisposable After(TimeSpan delay, Action action)
    {
        var alarm = new Alarm(action);
        long due = Environment.TickCount64 + (long)Math.Ceiling(delay.TotalMilliseconds);
        lock (Gate)
        {
            Alarms.Enqueue(alarm, due);
            thread ??= StartThread();
            Monitor.Pulse(Gate);
        }
        return alarm;
    }

    private static Thread StartThread()
    {
        var t = new Thread(Loop) { IsBackground = true, Name = "minigo watchdog" };
        t.Start();
        return t;
    }

    private static void Loop()
    {
        while (true)
        {
            Alarm? fire = null;
            lock (Gate)
            {
                if (!Alarms.TryPeek(out _, out long due)) Monitor.Wait(Gate);
                else if (due > Environment.TickCount64) Monitor.Wait(Gate, (int)Math.Min(due - Environment.TickCount64, int.MaxValue));
                else fire = Alarms.Dequeue();
            }
            fire?.Ring();
        }
    }

    private sealed class Alarm(Action action) : IDisposable
    {
        private volatile bool disposed;

        public void Ring()
        {
            if (!disposed) action();
        }

        /// <summary>Out of the queue at once: an alarm holds its program (an hour's limit must not keep a finished run alive).</summary>
        public void Dispose()
        {
            disposed = true;
            lock (Gate) Alarms.Remove(this, out _, out _);
        }
    }
}
