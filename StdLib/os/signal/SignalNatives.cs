namespace Minigo.StdLib.Os.Signal;

/// <summary>The runtime hooks package os/signal is built on (Go's runtime/sigqueue.go), over SignalState.</summary>
public static class SignalNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("signal_enable", c => SignalState.Of(c.Ctx).Enable((int)c.Int(0)));
        t.Add("signal_disable", c => SignalState.Of(c.Ctx).Disable((int)c.Int(0)));
        t.Add("signal_ignore", c => SignalState.Of(c.Ctx).Ignore((int)c.Int(0)));
        t.Add("signal_ignored", c => c.SetBool(0, SignalState.Of(c.Ctx).Ignored((int)c.Int(0))));
        t.Add("signal_recv", c => c.SetInt(0, SignalState.Of(c.Ctx).Recv(c.Ctx)));
        t.Add("signal_idle", c => c.SetBool(0, SignalState.Of(c.Ctx).Idle));
    }
}
