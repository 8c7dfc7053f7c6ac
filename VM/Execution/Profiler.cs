namespace Minigo.VM;

/// <summary>
/// A sampling profiler for minigo's developers (MINIGO_PROFILE=file): every millisecond it
/// reads the call stacks of the running goroutines, racily as a signal-based profiler would,
/// and counts each function once per sample it is on the stack of (inclusive time). The
/// innermost frame is held in the interpreter's locals, so a function shows up from its
/// callees' samples and through its caller. The table is written when the program ends.
/// </summary>
internal sealed class Profiler
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> innermost = new(StringComparer.Ordinal);
    private readonly Thread thread;
    private volatile bool stopping;
    private int samples;

    private Profiler(Runtime.Scheduler scheduler)
    {
        thread = new Thread(() => Sample(scheduler)) { IsBackground = true, Name = "minigo profiler" };
        thread.Start();
    }

    public static Profiler? StartIfRequested(Runtime.Scheduler scheduler) =>
        Environment.GetEnvironmentVariable("MINIGO_PROFILE") is { Length: > 0 } ? new Profiler(scheduler) : null;

    private void Sample(Runtime.Scheduler scheduler)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!stopping)
        {
            Thread.Sleep(1);
            scheduler.ForEachRunning(g =>
            {
                if (g.Body is not Goroutine body) return;
                seen.Clear();
                try
                {
                    var frames = body.Frames;
                    int n = Math.Min(body.FrameCount, frames.Length);
                    for (int i = 0; i < n; i++)
                        if (frames[i].Fn is { } fn) seen.Add(fn.Name);
                    if (n > 0 && frames[n - 1].Fn is { } top) innermost[top.Name] = innermost.GetValueOrDefault(top.Name) + 1;
                }
                catch (Exception e) when (e is IndexOutOfRangeException or NullReferenceException)
                {
                    return; // the stack changed under us: drop this sample
                }
                samples++;
                foreach (var name in seen) counts[name] = counts.GetValueOrDefault(name) + 1;
            });
        }
    }

    /// <summary>Stops sampling and writes the functions on the stack most often, with their share of samples.</summary>
    public void StopAndWrite()
    {
        stopping = true;
        thread.Join();
        var path = Environment.GetEnvironmentVariable("MINIGO_PROFILE")!;
        using var w = new StreamWriter(path);
        w.WriteLine($"{samples} samples of running goroutines; share of samples with the function on the stack:");
        Write(w, counts, 80);
        w.WriteLine("share of samples with the function as the innermost frame seen (itself and the leaf functions it calls):");
        Write(w, innermost, 60);
    }

    private void Write(StreamWriter w, Dictionary<string, int> table, int top)
    {
        foreach (var (name, count) in table.OrderByDescending(kv => kv.Value).Take(top))
            w.WriteLine($"{100.0 * count / Math.Max(1, samples),6:F1}%  {name}");
    }
}
