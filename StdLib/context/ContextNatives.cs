using Minigo.Runtime;

namespace Minigo.StdLib.Context;

/// <summary>What package context asks of reflectlite: a dynamic type's name and comparability.</summary>
public static class ContextNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("typeName", c => c.SetStr(0, Iface.TypeOf(c[0])?.ToString() ?? "<nil>"));
        t.Add("isComparable", Errors.ErrorsNatives.Comparable);
    }
}
