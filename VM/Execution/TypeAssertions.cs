using System.Runtime.CompilerServices;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>Interface satisfaction at run time and Go's type-assertion panic messages.</summary>
internal static class TypeAssertions
{
    private static readonly ConditionalWeakTable<RType, Dictionary<RType, bool>> cache = new();

    public static bool Implements(RType? dyn, RType iface)
    {
        if (dyn == null) return false;
        if (iface.Methods.Length == 0) return true;
        var byIface = cache.GetOrCreateValue(iface);
        lock (byIface)
        {
            if (byIface.TryGetValue(dyn, out bool ok)) return ok;
            ok = MissingMethod(dyn, iface) == null;
            byIface[dyn] = ok;
            return ok;
        }
    }

    public static string? MissingMethod(RType dyn, RType iface)
    {
        foreach (var m in iface.Methods)
        {
            var found = dyn.FindMethod(m.Name);
            // Same name is not enough: Unwrap() error and Unwrap() []error are different methods.
            if (found == null || !SameSignature(found.Signature, m.Signature)) return m.Name;
        }
        return null;
    }

    /// <summary>Method signatures match when parameter and result types are identical (RTypes are interned, except the runtime's own).</summary>
    private static bool SameSignature(RType? a, RType? b)
    {
        if (a == null || b == null || ReferenceEquals(a, b)) return true;
        if (a.Variadic != b.Variadic || a.Params.Length != b.Params.Length || a.Results.Length != b.Results.Length) return false;
        for (int i = 0; i < a.Params.Length; i++) if (!ReferenceEquals(a.Params[i], b.Params[i])) return false;
        for (int i = 0; i < a.Results.Length; i++) if (!ReferenceEquals(a.Results[i], b.Results[i])) return false;
        return true;
    }

    public static GoPanic Failed(in Slot v, RType target, RType staticType)
    {
        var dyn = Iface.TypeOf(v);
        string src = staticType.ToString();
        string msg;
        if (dyn == null)
            msg = $"interface conversion: {src} is nil, not {target}";
        else if (target.Kind == Kind.Interface)
            msg = $"interface conversion: {dyn} is not {target}: missing method {MissingMethod(dyn, target)}";
        else
        {
            msg = $"interface conversion: {src} is {dyn}, not {target}";
            // Go tells two types with the same name apart: local types of different functions.
            if (dyn.ToString() == target.ToString()) msg += " (types from different scopes)";
        }
        return new GoPanic(Iface.Make(TypeAssertionErrorType, new Slot(msg)));
    }

    /// <summary>*runtime.TypeAssertionError: a runtime.Error whose message has no "runtime error: " prefix.</summary>
    private static readonly RType TypeAssertionErrorType = Create();

    private static RType Create()
    {
        var t = new RType(Kind.String) { Name = "*runtime.TypeAssertionError" };
        NativeFunc error = c => c.SetStr(0, c.Str(0));
        t.Methods = [new RMethod("Error", new RType(Kind.Func) { Results = [BasicTypes.String] }, error), new RMethod("RuntimeError", new RType(Kind.Func), (NativeFunc)(_ => { }))];
        return t;
    }
}
