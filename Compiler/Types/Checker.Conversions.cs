namespace Minigo.Compiler.Types;

// Conversions T(x) (go/types' conversions.go).
public sealed partial class Checker
{
    private void Conversion(Operand x, Type T)
    {
        bool constArg = x.Mode == OperandMode.Constant;

        bool ConstConvertibleTo(Type t, bool setVal)
        {
            if (t.Underlying is not Basic b) return false;
            if (Representable.IsRepresentable(x.Val!, b, out var v))
            {
                if (setVal) x.Val = v;
                return true;
            }
            if (Predicates.IsInteger(x.Type) && b.IsString)
            {
                // An integer converts to the UTF-8 encoding of that code point (U+FFFD if invalid).
                int cp = 0xFFFD;
                if (x.Val!.TryUInt64(out var i) && i <= 0x10FFFF && !(i >= 0xD800 && i <= 0xDFFF)) cp = (int)i;
                if (setVal) x.Val = ConstValue.MakeString(EncodeRune(cp));
                return true;
            }
            return false;
        }

        bool ok = false;
        string cause = "";
        if (constArg && Predicates.IsConstType(T))
        {
            ok = ConstConvertibleTo(T, true);
            // An integer constant converted to an integer type can only fail by overflow (go.dev/issue/63563).
            if (!ok && Predicates.IsInteger(x.Type) && Predicates.IsInteger(T))
            {
                Error(x, $"constant {x.Val} overflows {Ts(T)}");
                x.Mode = OperandMode.Invalid;
                return;
            }
        }
        else if (constArg && T is TypeParam tp)
        {
            ok = tp.Iface.TypeSet.UnderIs(u =>
            {
                if (u == null)
                {
                    cause = $"{Ts(T)} does not contain specific types";
                    return false;
                }
                if (Predicates.IsString(x.Type) && IsBytesOrRunes(u)) return true;
                if (!ConstConvertibleTo(u, false))
                {
                    cause = $"cannot convert {D(x)} to type {Ts(u)} (in {Ts(T)})";
                    return false;
                }
                return true;
            });
            x.Mode = OperandMode.Value;
        }
        else if (ConvertibleTo(x, T, c => cause = c))
        {
            ok = true;
            x.Mode = OperandMode.Value;
        }

        if (!ok)
        {
            if (cause != "") Error(x, $"cannot convert {D(x)} to type {Ts(T)}: {cause}");
            else Error(x, $"cannot convert {D(x)} to type {Ts(T)}");
            x.Mode = OperandMode.Invalid;
            return;
        }

        if (Predicates.IsUntyped(x.Type))
        {
            var final = T;
            if (x.Type is Basic { Kind: BasicKind.UntypedNil }) { }
            else if (Predicates.IsNonTypeParamInterface(T) || (constArg && !Predicates.IsConstType(T))) final = Predicates.Default(x.Type);
            else if (x.Mode == OperandMode.Constant && Predicates.IsInteger(x.Type) && Predicates.AllString(T)) final = x.Type;
            if (x.Expr != null) UpdateExprType(x.Expr, final, true);
        }
        x.Type = T;
    }

    internal static string EncodeRune(int cp)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp));
        return new string(bytes.Select(b => (char)b).ToArray());
    }

    private bool ConvertibleTo(Operand x, Type T, Action<string>? cause)
    {
        if (AssignableTo(x, T, cause)) return true;
        var V = x.Type;
        var Vu = V.Underlying;
        var Tu = T.Underlying;
        var Vp = V as TypeParam;
        var Tp = T as TypeParam;

        if (Predicates.IdenticalIgnoreTags(Vu, Tu) && Vp == null && Tp == null) return true;
        if (V is Pointer vptr && T is Pointer tptr)
        {
            if (Predicates.IdenticalIgnoreTags(vptr.Elem.Underlying, tptr.Elem.Underlying) && vptr.Elem is not TypeParam && tptr.Elem is not TypeParam)
                return true;
        }
        if (Predicates.IsIntegerOrFloat(Vu) && Predicates.IsIntegerOrFloat(Tu)) return true;
        if (Predicates.IsComplex(Vu) && Predicates.IsComplex(Tu)) return true;
        if ((Predicates.IsInteger(Vu) || IsBytesOrRunes(Vu)) && Predicates.IsString(Tu)) return true;
        if (Predicates.IsString(Vu) && IsBytesOrRunes(Tu)) return true;
        if (Vu is Slice s)
        {
            if (Tu is Pointer p && p.Elem.Underlying is Array a && Predicates.Identical(s.Elem, a.Elem)) return true;
            if (Tu is Array a2 && Predicates.Identical(s.Elem, a2.Elem)) return true;
        }

        if (Vp == null && Tp == null) return false;

        string accumulated = "";
        void Errorf(string msg)
        {
            if (accumulated != "") msg += "\n\t" + accumulated;
            accumulated = msg;
            cause?.Invoke(msg);
        }

        if (Vp != null && Tp != null)
        {
            return Vp.Iface.TypeSet.Is(vt =>
            {
                if (vt == null) return false;
                var xx = x.Clone();
                xx.Type = vt.Type!;
                return Tp.Iface.TypeSet.Is(tt =>
                {
                    if (tt == null) return false;
                    if (!ConvertibleTo(xx, tt.Type!, null))
                    {
                        Errorf($"cannot convert {Ts(vt.Type)} (in {Ts(Vp)}) to type {Ts(tt.Type)} (in {Ts(Tp)})");
                        return false;
                    }
                    return true;
                });
            });
        }
        if (Vp != null)
        {
            return Vp.Iface.TypeSet.Is(vt =>
            {
                if (vt == null) return false;
                var xx = x.Clone();
                xx.Type = vt.Type!;
                if (!ConvertibleTo(xx, T, null))
                {
                    Errorf($"cannot convert {Ts(vt.Type)} (in {Ts(Vp)}) to type {Ts(T)}");
                    return false;
                }
                return true;
            });
        }
        return Tp!.Iface.TypeSet.Is(tt =>
        {
            if (tt == null) return false;
            if (!ConvertibleTo(x, tt.Type!, null))
            {
                Errorf($"cannot convert {Ts(x.Type)} to type {Ts(tt.Type)} (in {Ts(Tp)})");
                return false;
            }
            return true;
        });
    }

    private static bool IsBytesOrRunes(Type typ) =>
        typ.Underlying is Slice s && s.Elem.Underlying is Basic b && (b.Kind == BasicKind.Uint8 || b.Kind == BasicKind.Int32);
}
