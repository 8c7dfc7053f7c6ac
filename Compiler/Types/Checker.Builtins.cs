using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Calls of predeclared functions (go/types' builtins.go). For each call the signature the
// builtin has at that call is recorded as the type of call.Fun (mode Builtin).
public sealed partial class Checker
{
    private static (int nargs, bool variadic, ExprKind kind) BuiltinInfo(BuiltinId id) => id switch
    {
        BuiltinId.Append => (1, true, ExprKind.Expression),
        BuiltinId.Cap => (1, false, ExprKind.Expression),
        BuiltinId.Clear => (1, false, ExprKind.Statement),
        BuiltinId.Close => (1, false, ExprKind.Statement),
        BuiltinId.Complex => (2, false, ExprKind.Expression),
        BuiltinId.Copy => (2, false, ExprKind.Statement),
        BuiltinId.Delete => (2, false, ExprKind.Statement),
        BuiltinId.Imag => (1, false, ExprKind.Expression),
        BuiltinId.Len => (1, false, ExprKind.Expression),
        BuiltinId.Make => (1, true, ExprKind.Expression),
        BuiltinId.Max => (1, true, ExprKind.Expression),
        BuiltinId.Min => (1, true, ExprKind.Expression),
        BuiltinId.New => (1, false, ExprKind.Expression),
        BuiltinId.Panic => (1, false, ExprKind.Statement),
        BuiltinId.Print => (0, true, ExprKind.Statement),
        BuiltinId.Println => (0, true, ExprKind.Statement),
        BuiltinId.Real => (1, false, ExprKind.Expression),
        BuiltinId.Recover => (0, false, ExprKind.Statement),
        _ => (0, false, ExprKind.Statement),
    };

    private static ExprKind BuiltinKind(BuiltinId id) => BuiltinInfo(id).kind;

    private static Signature MakeSig(Type? res, params Type[] args)
    {
        var ps = args.Select(a => new Var("", Predicates.Default(a), Pos.None, null)).ToList();
        var rs = res != null ? new Tuple([new Var("", res, Pos.None, null)]) : Tuple.Empty;
        return new Signature(null, [], new Tuple(ps), rs, false);
    }

    private static Type ArrayPtrDeref(Type typ) =>
        typ is Pointer p && p.Elem.Underlying is Array a ? a : typ;

    private bool BuiltinCall(Operand x, CallExpr call, BuiltinId id)
    {
        var name = Universe.BuiltinObj(id).Name;
        var (binNargs, binVariadic, _) = BuiltinInfo(id);
        if (call.HasEllipsis && id != BuiltinId.Append)
        {
            Error(call, $"{InvalidOp}invalid use of ... with built-in {name}");
            Use(call.Args.ToArray());
            return false;
        }

        bool savedHasCall = env.HasCallOrRecv;
        if (id is BuiltinId.Len or BuiltinId.Cap) env.HasCallOrRecv = false;
        try
        {
            List<Operand> args = [];
            int nargs = call.Args.Count;
            if (id is not (BuiltinId.Make or BuiltinId.New))
            {
                args = ExprList(call.Args);
                nargs = args.Count;
                foreach (var a in args)
                {
                    // Builtins have no function-typed parameters to instantiate a generic function from.
                    if (a.Type is Signature { IsGeneric: true }) NonGeneric(a);
                    if (a.Mode == OperandMode.Invalid) return false;
                }
                if (nargs > 0) x.CopyFrom(args[0]);
            }

            string msg = "";
            if (nargs < binNargs) msg = "not enough";
            else if (!binVariadic && nargs > binNargs) msg = "too many";
            if (msg != "")
            {
                Error(call, $"{InvalidOp}{msg} arguments for {E(call)} (expected {binNargs}, found {nargs})");
                return false;
            }
            return BuiltinBody(x, call, id, name, args, nargs, savedHasCall);
        }
        finally
        {
            if (id is BuiltinId.Len or BuiltinId.Cap) env.HasCallOrRecv = savedHasCall;
        }
    }

    private bool BuiltinBody(Operand x, CallExpr call, BuiltinId id, string name, List<Operand> args, int nargs, bool savedHasCall)
    {
        switch (id)
        {
            case BuiltinId.Append:
                {
                    var S = x.Type;
                    Type T;
                    if (Predicates.CoreType(S) is Slice s) T = s.Elem;
                    else
                    {
                        string cause;
                        if (x.IsNil) cause = "have untyped nil";
                        else if (S is TypeParam)
                            cause = Predicates.CoreType(S) is { } u ? $"{D(x)} has core type {Ts(u)}" : $"{D(x)} has no core type";
                        else cause = $"have {D(x)}";
                        Error(x, $"first argument to append must be a slice; {cause}");
                        return false;
                    }
                    // append([]byte, string...) is special.
                    if (nargs == 2 && call.HasEllipsis)
                    {
                        if (AssignableTo(x, new Slice(Universe.Byte), null))
                        {
                            var y = args[1];
                            if (Predicates.CoreString(y.Type) is { } t && Predicates.IsString(t))
                            {
                                var sig0 = MakeSig(S, S, y.Type);
                                sig0.Variadic = true;
                                RecordBuiltinType(call.Fun, sig0);
                                x.Mode = OperandMode.Value;
                                x.Type = S;
                                break;
                            }
                        }
                    }
                    var sig = MakeSig(S, S, new Slice(T));
                    sig.Variadic = true;
                    Arguments(call, sig, null, args, []);
                    x.Mode = OperandMode.Value;
                    x.Type = S;
                    RecordBuiltinType(call.Fun, sig);
                    break;
                }
            case BuiltinId.Cap or BuiltinId.Len:
                {
                    var mode = OperandMode.Invalid;
                    ConstValue? val = null;
                    switch (ArrayPtrDeref(x.Type.Underlying))
                    {
                        case Basic t:
                            if (t.IsString && id == BuiltinId.Len)
                            {
                                if (x.Mode == OperandMode.Constant)
                                {
                                    mode = OperandMode.Constant;
                                    val = ConstValue.MakeInt64(x.Val!.StringVal.Length);
                                }
                                else mode = OperandMode.Value;
                            }
                            break;
                        case Array a:
                            mode = OperandMode.Value;
                            // len/cap of an array is constant unless the expression contains calls or receives.
                            if (!env.HasCallOrRecv)
                            {
                                mode = OperandMode.Constant;
                                val = a.Len >= 0 ? ConstValue.MakeInt64(a.Len) : ConstValue.Unknown;
                            }
                            break;
                        case Slice or Chan:
                            mode = OperandMode.Value;
                            break;
                        case Map:
                            if (id == BuiltinId.Len) mode = OperandMode.Value;
                            break;
                        case Interface it when x.Type is TypeParam:
                            if (it.TypeSet.UnderIs(t => ArrayPtrDeref(t!) switch
                                {
                                    Basic b => b.IsString && id == BuiltinId.Len,
                                    Array or Slice or Chan => true,
                                    Map => id == BuiltinId.Len,
                                    _ => false,
                                }))
                                mode = OperandMode.Value;
                            break;
                    }
                    if (mode == OperandMode.Invalid && x.Type.Underlying != Universe.Invalid)
                    {
                        Error(x, $"{InvalidArg}{D(x)} for built-in {name}");
                        return false;
                    }
                    if (mode != OperandMode.Constant) RecordBuiltinType(call.Fun, MakeSig(Universe.Int, x.Type));
                    x.Mode = mode;
                    x.Type = Universe.Int;
                    x.Val = val;
                    break;
                }
            case BuiltinId.Clear:
                {
                    var xx = x;
                    if (!UnderIs(x.Type, u =>
                        {
                            if (u is Map or Slice) return true;
                            Error(xx, $"{InvalidArg}cannot clear {D(xx)}: argument must be (or constrained by) map or slice");
                            return false;
                        }))
                        return false;
                    x.Mode = OperandMode.NoValue;
                    RecordBuiltinType(call.Fun, MakeSig(null, x.Type));
                    break;
                }
            case BuiltinId.Close:
                {
                    var xx = x;
                    if (!UnderIs(x.Type, u =>
                        {
                            if (u is not Chan uch)
                            {
                                Error(xx, $"{InvalidOp}cannot close non-channel {D(xx)}");
                                return false;
                            }
                            if (uch.Dir == ChanDir.Recv)
                            {
                                Error(xx, $"{InvalidOp}cannot close receive-only channel {D(xx)}");
                                return false;
                            }
                            return true;
                        }))
                        return false;
                    x.Mode = OperandMode.NoValue;
                    RecordBuiltinType(call.Fun, MakeSig(null, x.Type));
                    break;
                }
            case BuiltinId.Complex:
                {
                    var y = args[1];
                    int d = 0;
                    if (Predicates.IsUntyped(x.Type)) d |= 1;
                    if (Predicates.IsUntyped(y.Type)) d |= 2;
                    switch (d)
                    {
                        case 1: ConvertUntyped(x, y.Type); break;
                        case 2: ConvertUntyped(y, x.Type); break;
                        case 3:
                            if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
                            {
                                static void ToFloat(Operand o)
                                {
                                    if (Predicates.IsNumeric(o.Type) && o.Val!.Imag().Sign == 0) o.Type = Universe.Typ(BasicKind.UntypedFloat);
                                }
                                ToFloat(x);
                                ToFloat(y);
                            }
                            else
                            {
                                ConvertUntyped(x, Universe.Float64);
                                ConvertUntyped(y, Universe.Float64);
                            }
                            break;
                    }
                    if (x.Mode == OperandMode.Invalid || y.Mode == OperandMode.Invalid) return false;
                    if (!Predicates.Identical(x.Type, y.Type))
                    {
                        Error(x, $"{InvalidOp}{E(call)} (mismatched types {Ts(x.Type)} and {Ts(y.Type)})");
                        return false;
                    }
                    var resTyp = ApplyTypeFunc(t => t.Underlying is Basic b ? b.Kind switch
                    {
                        BasicKind.Float32 => Universe.Typ(BasicKind.Complex64),
                        BasicKind.Float64 => Universe.Typ(BasicKind.Complex128),
                        BasicKind.UntypedFloat => Universe.Typ(BasicKind.UntypedComplex),
                        _ => null,
                    } : null, x);
                    if (resTyp == null)
                    {
                        Error(x, $"{InvalidArg}arguments have type {Ts(x.Type)}, expected floating-point");
                        return false;
                    }
                    if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
                        x.Val = ConstValue.MakeComplex(x.Val!.ToFloat(), y.Val!.ToFloat());
                    else x.Mode = OperandMode.Value;
                    if (x.Mode != OperandMode.Constant) RecordBuiltinType(call.Fun, MakeSig(resTyp, x.Type, x.Type));
                    x.Type = resTyp;
                    break;
                }
            case BuiltinId.Copy:
                {
                    var dst = Predicates.CoreType(x.Type) as Slice;
                    var y = args[1];
                    var src0 = Predicates.CoreString(y.Type);
                    if (src0 != null && Predicates.IsString(src0)) src0 = new Slice(Universe.Byte);
                    var src = src0 as Slice;
                    if (dst == null || src == null)
                    {
                        Error(x, $"{InvalidArg}copy expects slice arguments; found {D(x)} and {D(y)}");
                        return false;
                    }
                    if (!Predicates.Identical(dst.Elem, src.Elem))
                    {
                        Error(x, $"{InvalidArg}arguments to copy {D(x)} and {D(y)} have different element types {Ts(dst.Elem)} and {Ts(src.Elem)}");
                        return false;
                    }
                    RecordBuiltinType(call.Fun, MakeSig(Universe.Int, x.Type, y.Type));
                    x.Mode = OperandMode.Value;
                    x.Type = Universe.Int;
                    break;
                }
            case BuiltinId.Delete:
                {
                    var map = x.Type;
                    Type? key = null;
                    var xx = x;
                    if (!UnderIs(map, u =>
                        {
                            if (u is not Map m)
                            {
                                Error(xx, $"{InvalidArg}{D(xx)} is not a map");
                                return false;
                            }
                            if (key != null && !Predicates.Identical(m.Key, key))
                            {
                                Error(xx, $"{InvalidArg}maps of {D(xx)} must have identical key types");
                                return false;
                            }
                            key = m.Key;
                            return true;
                        }))
                        return false;
                    x.CopyFrom(args[1]);
                    Assignment(x, key, "argument to delete");
                    if (x.Mode == OperandMode.Invalid) return false;
                    x.Mode = OperandMode.NoValue;
                    RecordBuiltinType(call.Fun, MakeSig(null, map, key!));
                    break;
                }
            case BuiltinId.Imag or BuiltinId.Real:
                {
                    if (Predicates.IsUntyped(x.Type))
                    {
                        if (x.Mode == OperandMode.Constant)
                        {
                            if (Predicates.IsNumeric(x.Type)) x.Type = Universe.Typ(BasicKind.UntypedComplex);
                        }
                        else
                        {
                            ConvertUntyped(x, Universe.Typ(BasicKind.Complex128));
                            if (x.Mode == OperandMode.Invalid) return false;
                        }
                    }
                    var resTyp = ApplyTypeFunc(t => t.Underlying is Basic b ? b.Kind switch
                    {
                        BasicKind.Complex64 => Universe.Typ(BasicKind.Float32),
                        BasicKind.Complex128 => Universe.Float64,
                        BasicKind.UntypedComplex => Universe.Typ(BasicKind.UntypedFloat),
                        _ => null,
                    } : null, x);
                    if (resTyp == null)
                    {
                        Error(x, $"{InvalidArg}argument has type {Ts(x.Type)}, expected complex type");
                        return false;
                    }
                    if (x.Mode == OperandMode.Constant)
                        x.Val = id == BuiltinId.Real ? x.Val!.Real() : x.Val!.Imag();
                    else x.Mode = OperandMode.Value;
                    if (x.Mode != OperandMode.Constant) RecordBuiltinType(call.Fun, MakeSig(resTyp, x.Type));
                    x.Type = resTyp;
                    break;
                }
            case BuiltinId.Make:
                {
                    var arg0 = call.Args[0];
                    var T = VarType(arg0);
                    if (T == Universe.Invalid) return false;
                    int min;
                    switch (Predicates.CoreType(T))
                    {
                        case Slice: min = 2; break;
                        case Map or Chan: min = 1; break;
                        case null:
                            Error(arg0, $"{InvalidArg}cannot make {E(arg0)}: no core type");
                            return false;
                        default:
                            Error(arg0, $"{InvalidArg}cannot make {E(arg0)}; type must be slice, map, or channel");
                            return false;
                    }
                    if (nargs < min || min + 1 < nargs)
                    {
                        Error(call, $"{InvalidOp}{E(call)} expects {min} or {min + 1} arguments; found {nargs}");
                        return false;
                    }
                    var types = new List<Type> { T };
                    var sizes = new List<long>();
                    foreach (var a in call.Args.Skip(1))
                    {
                        var (typ, size) = Index(a, -1);
                        types.Add(typ);
                        if (size >= 0) sizes.Add(size);
                    }
                    if (sizes.Count == 2 && sizes[0] > sizes[1])
                        Error(call.Args[1], $"{InvalidArg}length and capacity swapped");
                    x.Mode = OperandMode.Value;
                    x.Type = T;
                    RecordBuiltinType(call.Fun, MakeSig(x.Type, types.ToArray()));
                    break;
                }
            case BuiltinId.New:
                {
                    var T = VarType(call.Args[0]);
                    if (T == Universe.Invalid) return false;
                    x.Mode = OperandMode.Value;
                    x.Type = new Pointer(T);
                    RecordBuiltinType(call.Fun, MakeSig(x.Type, T));
                    break;
                }
            case BuiltinId.Panic:
                if (env.Sig != null && env.Sig.Results.Count > 0)
                {
                    env.IsPanic ??= new HashSet<CallExpr>(ReferenceEqualityComparer.Instance);
                    env.IsPanic.Add(call);
                }
                Assignment(x, Universe.EmptyInterface, "argument to panic");
                if (x.Mode == OperandMode.Invalid) return false;
                x.Mode = OperandMode.NoValue;
                RecordBuiltinType(call.Fun, MakeSig(null, Universe.EmptyInterface));
                break;
            case BuiltinId.Print or BuiltinId.Println:
                {
                    var ps = new List<Type>();
                    for (int i = 0; i < nargs; i++)
                    {
                        var a = args[i];
                        Assignment(a, null, "argument to built-in " + name);
                        if (a.Mode == OperandMode.Invalid) return false;
                        ps.Add(a.Type);
                    }
                    x.Mode = OperandMode.NoValue;
                    RecordBuiltinType(call.Fun, MakeSig(null, ps.ToArray()));
                    break;
                }
            case BuiltinId.Recover:
                x.Mode = OperandMode.Value;
                x.Type = Universe.EmptyInterface;
                RecordBuiltinType(call.Fun, MakeSig(x.Type));
                break;
            case BuiltinId.Max or BuiltinId.Min:
                {
                    var op = id == BuiltinId.Max ? Op.Gtr : Op.Lss;
                    for (int i = 0; i < args.Count; i++)
                    {
                        var a = args[i];
                        if (!Predicates.AllOrdered(a.Type))
                        {
                            Error(a, $"{InvalidArg}{D(a)} cannot be ordered");
                            return false;
                        }
                        if (i == 0)
                        {
                            x.CopyFrom(a);
                            continue;
                        }
                        MatchTypes(x, a);
                        if (x.Mode == OperandMode.Invalid) return false;
                        if (!Predicates.Identical(x.Type, a.Type))
                        {
                            Error(a, $"{InvalidArg}mismatched types {Ts(x.Type)} (previous argument) and {Ts(a.Type)} (type of {E(a.Expr)})");
                            return false;
                        }
                        if (x.Mode == OperandMode.Constant && a.Mode == OperandMode.Constant)
                        {
                            if (ConstValue.Compare(a.Val!, op, x.Val!)) x.CopyFrom(a);
                        }
                        else x.Mode = OperandMode.Value;
                    }
                    if (x.Mode != OperandMode.Constant)
                    {
                        x.Mode = OperandMode.Value;
                        Assignment(x, Universe.EmptyInterface, "argument to built-in " + name);
                        if (x.Mode == OperandMode.Invalid) return false;
                    }
                    foreach (var a in args)
                        if (a.Expr != null) UpdateExprType(a.Expr, x.Type, true);
                    if (x.Mode != OperandMode.Constant)
                        RecordBuiltinType(call.Fun, MakeSig(x.Type, Enumerable.Repeat(x.Type, nargs).ToArray()));
                    break;
                }
            default:
                Error(call, $"minigo: built-in {name} is not supported yet");
                return false;
        }
        return true;
    }

    /// <summary>Applies f to x's type; for a type parameter, to each term (yielding a new type parameter).</summary>
    private Type? ApplyTypeFunc(Func<Type, Type?> f, Operand x)
    {
        if (x.Type is TypeParam tp)
        {
            var terms = new List<Term>();
            if (!tp.Iface.TypeSet.Is(t =>
                {
                    if (t == null) return false;
                    var r = f(t.Type!);
                    if (r == null) return false;
                    terms.Add(new Term(t.Tilde, r));
                    return true;
                }))
                return null;
            var tpar = new TypeName(tp.Obj.Name, null, Pos.None, pkg);
            var iface = new Interface([], [new Union(terms)]) { Implicit = true };
            return new TypeParam(tpar, tp.Index, iface);
        }
        return f(x.Type);
    }
}
