namespace Minigo.StdLib.GoRuntime;

/// <summary>The natives of package runtime (declared in runtime.go).</summary>
public static class RuntimeNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("NumCPU", c => c.SetInt(0, Environment.ProcessorCount));
        t.Add("GC", _ => System.GC.Collect());
    }
}
