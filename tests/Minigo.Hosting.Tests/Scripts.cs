using System.Text;

namespace Minigo.Hosting.Tests;

/// <summary>Engines whose stdout and stderr are captured, for the tests.</summary>
internal sealed class Captured
{
    public readonly MemoryStream Out = new(), Err = new();
    public string Stdout => Encoding.UTF8.GetString(Out.ToArray());
    public string Stderr => Encoding.UTF8.GetString(Err.ToArray());

    public GoEngine Engine(Action<EngineOptions>? configure = null)
    {
        var o = new EngineOptions().WithStdout(Out).WithStderr(Err).WithMaxProcs(2);
        configure?.Invoke(o);
        return new GoEngine(o);
    }
}
