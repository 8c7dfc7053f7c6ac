using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Errors;

/// <summary>The natives of package errors: the reflection errors.Is and errors.As need.</summary>
public static class ErrorsNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("comparable", Comparable);
        t.Add("checkAsTarget", c => CheckAsTarget(c[0]));
        t.Add("assignTo", c => c.SetBool(0, AssignTo(c[0], c[1])));
    }

    /// <summary>comparable(x any) bool: == is defined on x's dynamic type (also context's isComparable).</summary>
    internal static void Comparable(NativeCall c) => c.SetBool(0, Iface.TypeOf(c[0])?.Comparable ?? true);

    private static void CheckAsTarget(in Slot target)
    {
        var tt = Iface.TypeOf(target);
        if (tt == null || tt.Kind != Kind.Pointer || Iface.ValueOf(target).R == null)
            throw Panics.String("errors: target must be a non-nil pointer");
        var elem = tt.Elem!;
        if (elem.Kind != Kind.Interface && !Types.HasErrorMethod(elem))
            throw Panics.String("errors: *target must be interface or implement error");
    }

    private static bool AssignTo(in Slot err, in Slot target)
    {
        var dyn = Iface.TypeOf(err);
        if (dyn == null) return false;
        var p = Iface.ValueOf(target);
        var elem = Iface.TypeOf(target)!.Elem!;
        if (elem.Kind == Kind.Interface)
        {
            if (!Types.Implements(dyn, elem)) return false;
            RType.ArraySet(p.R!, (int)p.N, err);
            return true;
        }
        if (!ReferenceEquals(dyn, elem)) return false;
        var v = Iface.ValueOf(err);
        if (elem.IsAggregate) elem.CopyInto(p.R!, v.R!);
        else RType.ArraySet(p.R!, (int)p.N, v);
        return true;
    }
}
