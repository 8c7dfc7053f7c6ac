using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Calls, conversions written as calls, selectors and function instantiation (go/types' call.go).
public sealed partial class Checker
{
    /// <summary>Explicit instantiation f[T1, T2] of a generic function used as a value (missing type arguments are inferred from the given ones).</summary>
    private void FuncInst(Operand x, IndexExpr inst)
    {
        var xlist = inst.Indices;
        var targs = TypeList(xlist);
        if (targs == null)
        {
            x.Mode = OperandMode.Invalid;
            x.Expr = inst;
            return;
        }
        var sig = (Signature)x.Type;
        int got = targs.Count, want = sig.TypeParams.Count;
        if (got > want)
        {
            Error(xlist[got - 1], $"got {got} type arguments but want {want}");
            x.Mode = OperandMode.Invalid;
            x.Expr = inst;
            return;
        }
        if (got < want)
        {
            var inferred = Infer(StartPos(inst), sig.TypeParams, targs, null, null);
            if (inferred == null)
            {
                x.Mode = OperandMode.Invalid;
                x.Expr = inst;
                return;
            }
            targs = inferred;
        }
        var res = InstantiateSignature(StartPos(inst), sig, targs, xlist);
        RecordInstance(inst.X, targs, res);
        x.Type = res;
        x.Mode = OperandMode.Value;
        x.Expr = inst;
    }

    private Signature InstantiateSignature(Pos pos, Signature typ, List<Type> targs, List<Expr> xlist)
    {
        var inst = Instantiation.InstantiateSignature(typ, targs);
        Later(() =>
        {
            var (i, err) = Verify(typ.TypeParams, targs);
            if (err != null)
            {
                var p = i < xlist.Count ? StartPos(xlist[i]) : pos;
                ErrorAt(p, err);
            }
        });
        return inst;
    }

    private ExprKind CallExprCheck(Operand x, CallExpr call)
    {
        IndexExpr? inst = null;
        if (call.Fun is IndexExpr iexpr)
        {
            if (IndexExprCheck(x, iexpr)) inst = iexpr;
            x.Expr = iexpr;
            Record(x);
        }
        else
        {
            ExprOrType(x, call.Fun, true);
        }

        switch (x.Mode)
        {
            case OperandMode.Invalid:
                Use(call.Args.ToArray());
                x.Expr = call;
                return ExprKind.Statement;
            case OperandMode.TypeExpr:
                {
                    NonGeneric(x);
                    if (x.Mode == OperandMode.Invalid) return ExprKind.Conversion;
                    var T = x.Type;
                    x.Mode = OperandMode.Invalid;
                    switch (call.Args.Count)
                    {
                        case 0:
                            ErrorAt(call.Rparen, $"missing argument in conversion to {Ts(T)}");
                            break;
                        case 1:
                            Expr(x, call.Args[0]);
                            if (x.Mode != OperandMode.Invalid)
                            {
                                if (call.HasEllipsis)
                                {
                                    Error(call.Args[0], $"invalid use of ... in conversion to {Ts(T)}");
                                    x.Mode = OperandMode.Invalid;
                                    break;
                                }
                                if (T.Underlying is Interface t && T is not TypeParam && !t.IsMethodSet)
                                {
                                    Error(call, $"cannot use interface {Ts(T)} in conversion (contains specific type constraints or is comparable)");
                                    x.Mode = OperandMode.Invalid;
                                    break;
                                }
                                Conversion(x, T);
                            }
                            break;
                        default:
                            Use(call.Args.ToArray());
                            Error(call.Args[^1], $"too many arguments in conversion to {Ts(T)}");
                            break;
                    }
                    x.Expr = call;
                    return ExprKind.Conversion;
                }
            case OperandMode.Builtin:
                {
                    var id = x.Id;
                    if (!BuiltinCall(x, call, id)) x.Mode = OperandMode.Invalid;
                    x.Expr = call;
                    if (x.Mode != OperandMode.Invalid && x.Mode != OperandMode.Constant) env.HasCallOrRecv = true;
                    return BuiltinKind(id);
                }
        }

        var sig = Predicates.CoreType(x.Type) as Signature;
        if (sig == null)
        {
            Error(x, $"{InvalidOp}cannot call non-function {D(x)}");
            x.Mode = OperandMode.Invalid;
            x.Expr = call;
            return ExprKind.Statement;
        }

        List<Expr> xlist = [];
        List<Type>? targs = null;
        if (inst != null)
        {
            xlist = inst.Indices;
            targs = TypeList(xlist);
            if (targs == null)
            {
                Use(call.Args.ToArray());
                x.Mode = OperandMode.Invalid;
                x.Expr = call;
                return ExprKind.Statement;
            }
            int got = targs.Count, want = sig.TypeParams.Count;
            if (got > want)
            {
                Error(xlist[want], $"got {got} type arguments but want {want}");
                Use(call.Args.ToArray());
                x.Mode = OperandMode.Invalid;
                x.Expr = call;
                return ExprKind.Statement;
            }
        }

        var args = ExprList(call.Args);
        bool isGeneric = sig.TypeParams.Count > 0;
        sig = Arguments(call, sig, targs, args, xlist);

        if (isGeneric && sig.TypeParams.Count == 0)
            RecordTypeAndValue(call.Fun, OperandMode.Value, sig, null);

        switch (sig.Results.Count)
        {
            case 0:
                x.Mode = OperandMode.NoValue;
                break;
            case 1:
                x.Mode = OperandMode.Value;
                x.Type = sig.Results[0].Type;
                break;
            default:
                x.Mode = OperandMode.Value;
                x.Type = sig.Results;
                break;
        }
        x.Expr = call;
        env.HasCallOrRecv = true;
        if (x.Mode == OperandMode.Value && sig.TypeParams.Count > 0) x.Mode = OperandMode.Invalid;
        return ExprKind.Statement;
    }

    /// <summary>Evaluates call arguments; a single multi-valued call expands to its results.</summary>
    private List<Operand> ExprList(List<Expr> elist)
    {
        var res = new List<Operand>();
        if (elist.Count == 1)
        {
            var (list, _) = MultiExpr(elist[0], false);
            return list;
        }
        foreach (var e in elist)
        {
            var x = new Operand();
            GenericExprOrValue(x, e);
            res.Add(x);
        }
        return res;
    }

    // Arguments may be generic functions whose type arguments are inferred from the parameter type.
    private void GenericExprOrValue(Operand x, Expr e) => Expr(x, e);

    private Signature Arguments(CallExpr call, Signature sig, List<Type>? targs, List<Operand> args, List<Expr> xlist)
    {
        var rsig = sig;
        foreach (var a in args)
            if (a.Mode == OperandMode.Invalid) return rsig;

        int nargs = args.Count;
        int npars = sig.Params.Count;
        bool ddd = call.HasEllipsis;

        var sigParams = sig.Params;
        bool adjusted = false;
        if (sig.Variadic)
        {
            if (ddd)
            {
                if (call.Args.Count == 1 && nargs > 1)
                {
                    Error(call, $"cannot use ... with {nargs}-valued {E(call.Args[0])}");
                    return rsig;
                }
            }
            else
            {
                if (nargs >= npars - 1)
                {
                    var vars = sig.Params.Vars.Take(npars - 1).ToList();
                    var last = sig.Params.Vars[npars - 1];
                    var typ = ((Slice)last.Type).Elem;
                    while (vars.Count < nargs) vars.Add(Var.Param(last.Pkg, last.Pos, last.Name, typ));
                    sigParams = new Tuple(vars);
                    adjusted = true;
                    npars = nargs;
                }
                else npars--;
            }
        }
        else if (ddd)
        {
            Error(call, $"cannot use ... in call to non-variadic {E(call.Fun)}");
            return rsig;
        }

        if (nargs != npars)
        {
            var at = StartPos(call);
            var qualifier = "not enough";
            if (nargs > npars)
            {
                at = args[npars].Pos;
                qualifier = "too many";
            }
            else if (nargs > 0)
            {
                at = args[nargs - 1].Pos;
            }
            ErrorAt(at, $"{qualifier} arguments in call to {E(call.Fun)}\n\thave {TypesSummary(args.Select(a => a.Type).ToList(), false)}\n\twant {TypesSummary(sig.Params.Vars.Select(v => v.Type).ToList(), sig.Variadic)}");
            return rsig;
        }

        if (sig.TypeParams.Count > 0)
        {
            // types2 reports inference and constraint errors at the call's '('.
            var inferred = Infer(call.Lparen, sig.TypeParams, targs ?? [], sigParams, args, E(call.Fun));
            if (inferred == null) return rsig;
            rsig = InstantiateSignature(call.Lparen, sig, inferred, xlist);
            RecordInstance(call.Fun, inferred, rsig);
            if (adjusted) sigParams = new Substitution(sig.TypeParams, inferred).Apply(sigParams);
            else sigParams = rsig.Params;
        }

        if (args.Count > 0)
        {
            var context = $"argument to {E(call.Fun)}";
            for (int i = 0; i < args.Count; i++) Assignment(args[i], sigParams[i].Type, context);
        }
        return rsig;
    }

    /// <summary>Checks x.Sel: a qualified identifier, field, method value or method expression.</summary>
    private void Selector(Operand x, SelectorExpr e, Named? def, bool wantType)
    {
        var sel = e.Sel.Name;
        if (e.X is Ident ident && LookupName(ident.Name) is PkgName pname)
        {
            RecordUse(ident, pname);
            pname.Used = true;
            var ipkg = pname.Imported;
            var exp = ipkg.Scope.Lookup(sel);
            if (exp == null)
            {
                Error(e.Sel, $"undefined: {E(e)}");
                goto Error;
            }
            if (!exp.Exported) Error(e.Sel, $"name {sel} not exported by package {ipkg.Name}");
            RecordUse(e.Sel, exp);
            switch (exp)
            {
                case Const c:
                    x.Mode = OperandMode.Constant;
                    x.Type = c.Type;
                    x.Val = c.Value;
                    break;
                case TypeName tn:
                    x.Mode = OperandMode.TypeExpr;
                    x.Type = tn.Type;
                    break;
                case Var v:
                    x.Mode = OperandMode.Variable;
                    x.Type = v.Type;
                    break;
                case Func f:
                    x.Mode = OperandMode.Value;
                    x.Type = f.Type;
                    break;
                case Builtin b:
                    x.Mode = OperandMode.Builtin;
                    x.Type = b.Type;
                    x.Id = b.Id;
                    break;
                default:
                    goto Error;
            }
            x.Expr = e;
            return;
        }

        ExprOrType(x, e.X, false);
        switch (x.Mode)
        {
            case OperandMode.TypeExpr:
                if (def != null && ReferenceEquals(x.Type, def))
                {
                    CycleError([def.Obj]);
                    goto Error;
                }
                break;
            case OperandMode.Builtin:
                ErrorAt(e.Sel.Pos, $"cannot select on {D(x)}");
                goto Error;
            case OperandMode.Invalid:
                goto Error;
        }

        var (obj, index, indirect) = Lookup.FieldOrMethod(x.Type, x.Mode == OperandMode.Variable, pkg, sel);
        if (obj == null)
        {
            if (x.Type.Underlying == Universe.Invalid) goto Error;
            if (index != null)
            {
                Error(e.Sel, $"ambiguous selector {E(x.Expr)}.{sel}");
                goto Error;
            }
            if (indirect)
            {
                if (x.Mode == OperandMode.TypeExpr)
                    Error(e.Sel, $"invalid method expression {E(x.Expr)}.{sel} (needs pointer receiver (*{Ts(x.Type)}).{sel})");
                else
                    Error(e.Sel, $"cannot call pointer method {sel} on {Ts(x.Type)}");
                goto Error;
            }
            string why;
            if (IsInterfacePtr(x.Type)) why = InterfacePtrError(x.Type);
            else
            {
                why = $"type {Ts(x.Type)} has no field or method {sel}";
                var (alt, _, _) = Lookup.FieldOrMethodImpl(x.Type, x.Mode == OperandMode.Variable, pkg, sel, true);
                if (alt is Var) why += $", but does have field {alt.Name}";
                else if (alt is Func) why += $", but does have method {alt.Name}";
            }
            Error(e.Sel, $"{E(x.Expr)}.{sel} undefined ({why})");
            goto Error;
        }

        if (obj is Func mf && mf.RawType == null && mf.Resolver != null)
        {
            var r = mf.Resolver;
            mf.Resolver = null;
            r(mf);
        }

        if (x.Mode == OperandMode.TypeExpr)
        {
            if (obj is not Func m)
            {
                Error(e.Sel, $"{E(x.Expr)}.{sel} undefined (type {Ts(x.Type)} has no method {sel})");
                goto Error;
            }
            RecordSelection(e, SelectionKind.MethodExpr, x.Type, m, index!, indirect);
            var sig = (Signature)m.Type;
            if (sig.Recv == null)
            {
                Error(e, "illegal cycle in method declaration");
                goto Error;
            }
            var ps = sig.Params.Vars.ToList();
            var name = "";
            if (ps.Count > 0 && ps[0].Name != "")
            {
                name = sig.Recv.Name;
                if (name == "") name = "_";
            }
            ps.Insert(0, Var.Param(sig.Recv.Pkg, sig.Recv.Pos, name, x.Type));
            x.Mode = OperandMode.Value;
            x.Type = new Signature(null, sig.TypeParams, new Tuple(ps), sig.Results, sig.Variadic);
            AddDeclDep(m);
        }
        else
        {
            switch (obj)
            {
                case Var f:
                    RecordSelection(e, SelectionKind.FieldVal, x.Type, f, index!, indirect);
                    x.Mode = x.Mode == OperandMode.Variable || indirect ? OperandMode.Variable : OperandMode.Value;
                    x.Type = f.Type;
                    break;
                case Func f:
                    RecordSelection(e, SelectionKind.MethodVal, x.Type, f, index!, indirect);
                    // Calling a pointer method on an addressable value takes its address implicitly.
                    if (f.HasPtrRecv && !indirect && x.Type.Underlying is not Pointer) MarkAddressTaken(e.X);
                    x.Mode = OperandMode.Value;
                    var s = (Signature)f.Type;
                    x.Type = new Signature(null, s.TypeParams, s.Params, s.Results, s.Variadic) { RecvTypeParams = s.RecvTypeParams };
                    AddDeclDep(f);
                    break;
            }
        }
        x.Expr = e;
        return;

    Error:
        x.Mode = OperandMode.Invalid;
        x.Expr = e;
    }
}
