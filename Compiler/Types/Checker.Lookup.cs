namespace Minigo.Compiler.Types;

// Interface satisfaction, assertability and assignability (go/types' lookup.go, instantiate.go implements, operand.go).
public sealed partial class Checker
{
    private enum MissingState { Ok, NotFound, WrongName, Unexported, WrongSig, AmbigSel, PtrRecv, Field }

    /// <summary>The first method of interface T that V lacks (or has with a wrong signature), with a cause for messages.</summary>
    private (Func? method, bool wrongType) MissingMethod(Type V, Type T, bool isStatic, out string cause)
    {
        cause = "";
        var methods = ((Interface)T.Underlying).TypeSet.Methods;
        if (methods.Count == 0) return (null, false);
        var state = MissingState.Ok;
        Func? m = null;
        Func? f = null;

        if (V.Underlying is Interface vi)
        {
            var tset = vi.TypeSet;
            foreach (var mm in methods)
            {
                m = mm;
                f = tset.LookupMethod(mm.Pkg, mm.Name, out _);
                if (f == null)
                {
                    if (!isStatic) continue;
                    state = MissingState.NotFound;
                    break;
                }
                if (!Predicates.Identical(f.Type, mm.Type)) { state = MissingState.WrongSig; break; }
            }
            if (state == MissingState.Ok) m = null;
        }
        else
        {
            foreach (var mm in methods)
            {
                m = mm;
                var (obj, index, indirect) = Lookup.FieldOrMethodImpl(V, false, mm.Pkg, mm.Name, false);
                if (obj == null)
                {
                    if (index != null) state = MissingState.AmbigSel;
                    else if (indirect) state = MissingState.PtrRecv;
                    else
                    {
                        state = MissingState.NotFound;
                        var (o2, _, _) = Lookup.FieldOrMethodImpl(V, false, mm.Pkg, mm.Name, true);
                        f = o2 as Func;
                        if (f != null) state = f.Name == mm.Name ? MissingState.Unexported : MissingState.WrongName;
                    }
                    break;
                }
                f = obj as Func;
                if (f == null) { state = MissingState.Field; break; }
                if (!Predicates.Identical(f.Type, mm.Type)) { state = MissingState.WrongSig; break; }
            }
        }
        if (state == MissingState.Ok) return (null, false);

        switch (state)
        {
            case MissingState.NotFound:
                if (IsInterfacePtr(V)) cause = "(" + InterfacePtrError(V) + ")";
                else if (IsInterfacePtr(T)) cause = "(" + InterfacePtrError(T) + ")";
                else cause = $"(missing method {m!.Name})";
                break;
            case MissingState.WrongName:
                cause = $"(missing method {m!.Name})\n\t\thave {FuncString(f!)}\n\t\twant {FuncString(m)}";
                break;
            case MissingState.Unexported:
                cause = $"(unexported method {m!.Name})";
                break;
            case MissingState.WrongSig:
                {
                    var fs = FuncString(f!);
                    var ms = FuncString(m!);
                    cause = fs == ms ? $"(wrong type for method {m!.Name})" : $"(wrong type for method {m!.Name})\n\t\thave {fs}\n\t\twant {ms}";
                    break;
                }
            case MissingState.AmbigSel:
                cause = $"(ambiguous selector {Ts(V)}.{m!.Name})";
                break;
            case MissingState.PtrRecv:
                cause = $"(method {m!.Name} has pointer receiver)";
                break;
            case MissingState.Field:
                cause = $"({Ts(V)}.{m!.Name} is a field, not a method)";
                break;
        }
        return (m, state is MissingState.WrongSig or MissingState.PtrRecv);
    }

    private string FuncString(Func f) => f.Name + TypeString.SignatureOf((Signature)f.Type, Qualifier, paramNames: false);

    private static bool IsInterfacePtr(Type t) => t.Underlying is Pointer p && Predicates.IsInterface(p.Elem);

    private string InterfacePtrError(Type t)
    {
        var p = (Pointer)t.Underlying;
        if (p.Elem is TypeParam) return $"type {Ts(t)} is pointer to type parameter, not type parameter";
        return $"type {Ts(t)} is pointer to interface, not interface";
    }

    private bool HasAllMethods(Type V, Type T, bool isStatic, out string cause)
    {
        var (m, _) = MissingMethod(V, T, isStatic, out cause);
        return m == null;
    }

    /// <summary>Whether V implements (or, for constraints, satisfies) T; cause explains a failure.</summary>
    private bool Implements(Type V, Type T, bool constraint, out string cause)
    {
        cause = "";
        var Vu = V.Underlying;
        var Tu = T.Underlying;
        if (!Predicates.IsValid(Vu) || !Predicates.IsValid(Tu)) return true;
        if (Vu is Pointer vp && !Predicates.IsValid(vp.Elem.Underlying)) return true;
        var verb = constraint ? "satisfy" : "implement";

        if (Tu is not Interface Ti)
        {
            var detail = IsInterfacePtr(Tu) ? $"type {Ts(T)} is pointer to interface, not interface" : $"{Ts(T)} is not an interface";
            cause = $"{Ts(V)} does not {verb} {Ts(T)} ({detail})";
            return false;
        }
        if (Ti.IsEmpty) return true;
        var Vi = Vu as Interface;
        if (Vi != null && Vi.TypeSet.IsEmpty) return true;
        if (Ti.TypeSet.IsEmpty)
        {
            cause = $"cannot {verb} {Ts(T)} (empty type set)";
            return false;
        }
        if (!HasAllMethods(V, T, true, out var mcause))
        {
            cause = $"{Ts(V)} does not {verb} {Ts(T)} {mcause}";
            return false;
        }

        string vs = Ts(V), ts = Ts(T);
        bool CheckComparability(out string c)
        {
            c = "";
            if (!Ti.TypeSet.IsComparable(null)) return true;
            if (Predicates.ComparableType(V, false, null, null)) return true;
            if (constraint && Predicates.ComparableType(V, true, null, null)) return true;
            c = $"{vs} does not {verb} comparable";
            return false;
        }

        if (!Ti.TypeSet.HasTerms) return CheckComparability(out cause);

        if (Vi != null)
        {
            if (!Vi.TypeSet.Terms.SubsetOf(Ti.TypeSet.Terms))
            {
                cause = $"{vs} does not {verb} {ts}";
                return false;
            }
            return CheckComparability(out cause);
        }

        Type? alt = null;
        if (Ti.TypeSet.Is(t =>
            {
                if (!TermOps.Includes(t!, V))
                {
                    if (alt == null && !t!.Tilde && Predicates.Identical(t.Type, t.Type!.Underlying))
                        if (TermOps.Includes(new Term(true, t.Type), V)) alt = t.Type;
                    return true;
                }
                return false;
            }))
        {
            string detail;
            if (alt != null) detail = $"possibly missing ~ for {Ts(alt)} in {ts}";
            else if (Mentions(Ti, V)) detail = $"{ts} mentions {vs}, but {vs} is not in the type set of {ts}";
            else detail = $"{vs} missing in {TermListString(Ti.TypeSet.Terms)}";
            cause = $"{vs} does not {verb} {ts} ({detail})";
            return false;
        }
        return CheckComparability(out cause);
    }

    private string TermListString(TermList l) =>
        l.Terms.Count == 0 ? "∅" : string.Join(" | ", l.Terms.Select(t => t.Type == null ? "𝓤" : (t.Tilde ? "~" : "") + Ts(t.Type)));

    /// <summary>Whether interface T mentions type V explicitly in one of its unions.</summary>
    private static bool Mentions(Type T, Type V)
    {
        switch (T)
        {
            case Interface it:
                foreach (var e in it.Embeddeds) if (Mentions(e, V)) return true;
                return false;
            case Union u:
                foreach (var t in u.Terms) if (Mentions(t.Type!, V)) return true;
                return false;
            default:
                return Predicates.Identical(V, T);
        }
    }

    /// <summary>Whether a value of interface type V may have dynamic type T (x.(T) is possible).</summary>
    private (bool, string) AssertableTo(Type V, Type T)
    {
        if (Predicates.IsInterface(T)) return (true, "");
        var ok = HasAllMethods(T, V, false, out var cause);
        return (ok, cause);
    }

    /// <summary>Go's assignability of operand x to type T; reason receives the cause of a failure.</summary>
    private bool AssignableTo(Operand x, Type T, Action<string>? reason)
    {
        if (x.Mode == OperandMode.Invalid || !Predicates.IsValid(T)) return true;
        var V = x.Type;
        if (Predicates.Identical(V, T)) return true;
        var Vu = V.Underlying;
        var Tu = T.Underlying;
        var Vp = V as TypeParam;
        var Tp = T as TypeParam;

        if (Predicates.IsUntyped(Vu))
        {
            if (Tp != null)
                return Tp.Iface.TypeSet.Is(t => t != null && ImplicitTypeAndValue(x, t.Type!).Item1 != null);
            return ImplicitTypeAndValue(x, T).Item1 != null;
        }

        if (Predicates.Identical(Vu, Tu) && (!Predicates.HasName(V) || !Predicates.HasName(T)) && Vp == null && Tp == null)
            return true;

        if ((Tu is Interface && Tp == null) || IsInterfacePtr(Tu))
        {
            if (Implements(V, T, false, out var cause)) return true;
            if (Vp == null)
            {
                reason?.Invoke(cause);
                return false;
            }
        }

        if (Vu is Interface && Vp == null)
        {
            if (Implements(T, V, false, out _))
            {
                reason?.Invoke("need type assertion");
                return false;
            }
        }

        if (Vu is Chan vc && vc.Dir == Syntax.ChanDir.Both)
        {
            if (Tu is Chan tc && Predicates.Identical(vc.Elem, tc.Elem))
                return !Predicates.HasName(V) || !Predicates.HasName(T);
        }

        if (Vp == null && Tp == null) return false;

        if (!Predicates.HasName(V) && Tp != null)
        {
            bool ok = false;
            Tp.Iface.TypeSet.Is(term =>
            {
                if (term == null) return false;
                ok = AssignableTo(x, term.Type!, null);
                if (!ok)
                {
                    reason?.Invoke($"cannot assign {Ts(x.Type)} to {Ts(term.Type)} (in {Ts(Tp)})");
                    return false;
                }
                return true;
            });
            return ok;
        }

        if (Vp != null && !Predicates.HasName(T))
        {
            bool ok = false;
            Vp.Iface.TypeSet.Is(term =>
            {
                if (term == null) return false;
                var xx = x.Clone();
                xx.Type = term.Type!;
                ok = AssignableTo(xx, T, null);
                if (!ok)
                {
                    reason?.Invoke($"cannot assign {Ts(term.Type)} (in {Ts(Vp)}) to {Ts(T)}");
                    return false;
                }
                return true;
            });
            return ok;
        }
        return false;
    }
}
