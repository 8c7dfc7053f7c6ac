using Minigo.Runtime;

namespace Minigo.StdLib.Support;

/// <summary>Method-set questions about run-time types (what reflect answers in Go).</summary>
public static class Types
{
    /// <summary>Whether t has Error() string, i.e. implements error.</summary>
    public static bool HasErrorMethod(RType t)
    {
        var m = t.FindMethod("Error");
        if (m == null) return false;
        var sig = m.Signature;
        return sig == null || (sig.Results.Length == 1 && sig.Results[0].Kind == Kind.String && Params(sig, t).Length == 0);
    }

    /// <summary>Whether the concrete type t has every method of interface type iface, with the same signatures.</summary>
    public static bool Implements(RType t, RType iface)
    {
        foreach (var im in iface.Methods)
        {
            var m = t.FindMethod(im.Name);
            if (m == null || m.Fn == null) return false;
            if (im.Signature != null && m.Signature != null && !SameSignature(im.Signature, m.Signature, t)) return false;
        }
        return true;
    }

    /// <summary>A concrete method's parameters without its receiver (when the signature lists it).</summary>
    private static ReadOnlySpan<RType> Params(RType sig, RType recv) =>
        sig.Params.Length > 0 && ReferenceEquals(sig.Params[0], recv) ? sig.Params.AsSpan(1) : sig.Params;

    private static bool SameSignature(RType ifaceSig, RType sig, RType recv)
    {
        if (ReferenceEquals(ifaceSig, sig)) return true;
        var ps = Params(sig, recv);
        if (ps.Length != ifaceSig.Params.Length || sig.Results.Length != ifaceSig.Results.Length || sig.Variadic != ifaceSig.Variadic)
            return false;
        for (int i = 0; i < ps.Length; i++)
            if (!ReferenceEquals(ps[i], ifaceSig.Params[i]) && ps[i].ToString() != ifaceSig.Params[i].ToString()) return false;
        for (int i = 0; i < sig.Results.Length; i++)
            if (!ReferenceEquals(sig.Results[i], ifaceSig.Results[i]) && sig.Results[i].ToString() != ifaceSig.Results[i].ToString()) return false;
        return true;
    }
}
