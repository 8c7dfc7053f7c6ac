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
            else MonoRecordInstance(pos, typ.TypeParams, targs, xlist);
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
                            Error(call, $"missing argument in conversion to {Ts(T)}");
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
            // A lone argument may also be a generic function instantiated from the parameter type.
            var (list, _) = MultiExpr(elist[0], false, allowGenericFunc: true);
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
    private void GenericExprOrValue(Operand x, Expr e)
    {
        RawExpr(x, e, null, true);
        Exclude(x, ExcludeNoValue | ExcludeBuiltin | ExcludeType);
        SingleValue(x);
        if (x.Type is Named { IsGeneric: true }) NonGeneric(x);
    }

    /// <summary>Infers the type arguments of a generic function value x from the (non-generic) function type it is assigned to.</summary>
    private void InferFromTarget(Operand x, Type target)
    {
        var sig = (Signature)x.Type;
        var tsig = (Signature)target.Underlying;
        var u = new Unifier(sig.TypeParams, []);
        var probe = new Signature(null, [], sig.Params, sig.Results, sig.Variadic);
        var inferred = u.Unify(probe, tsig, true) ? u.Inferred(sig.TypeParams) : null;
        if (inferred == null || inferred.Any(t => t == null || IsParameterized(sig.TypeParams, t!)))
        {
            var name = inferred == null ? sig.TypeParams[0].Obj.Name : sig.TypeParams[inferred.FindIndex(t => t == null || IsParameterized(sig.TypeParams, t!))].Obj.Name;
            if (inferred == null)
                Error(x, $"cannot use generic function {E(x.Expr)} without instantiation");
            else
                Error(x, $"in call to {E(x.Expr)}, cannot infer {name} (declared at {sig.TypeParams.First(t => t.Obj.Name == name).Obj.Pos})");
            x.Mode = OperandMode.Invalid;
            x.Type = Universe.Invalid;
            return;
        }
        var targs = inferred.Select(t => t!).ToList();
        var res = InstantiateSignature(x.Pos, sig, targs, []);
        if (x.Expr != null) RecordInstance(x.Expr is IndexExpr ix ? ix : x.Expr, targs, res);
        x.Type = res;
        x.Mode = OperandMode.Value;
    }

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

        // Generic function arguments take their type arguments from the parameter types.
        var genericArgs = new List<int>();
        for (int i = 0; i < args.Count; i++)
            if (args[i].Type is Signature { IsGeneric: true }) genericArgs.Add(i);

        if (sig.TypeParams.Count > 0)
        {
            // Inference is joint over the callee's type parameters and those of generic
            // function arguments (fresh copies, so that one function may be passed twice).
            var allTParams = new List<TypeParam>(sig.TypeParams);
            var inferArgs = new List<Operand>(args);
            var argTParams = new Dictionary<int, (Signature orig, int start, int count)>();
            foreach (var i in genericArgs)
            {
                var orig = (Signature)args[i].Type;
                var fresh = RenameTypeParams(orig.TypeParams);
                var plain = Instantiation.InstantiateSignature(orig, fresh.Cast<Type>().ToList());
                argTParams[i] = (orig, allTParams.Count, fresh.Count);
                allTParams.AddRange(fresh);
                var probe = args[i].Clone();
                probe.Type = plain;
                inferArgs[i] = probe;
            }
            // types2 reports inference and constraint errors at the call's '('.
            var inferredAll = Infer(call.Lparen, allTParams, targs ?? [], sigParams, inferArgs, E(call.Fun), sig.TypeParams.Count);
            if (inferredAll == null) return rsig;
            var inferred = inferredAll.Take(sig.TypeParams.Count).ToList();
            foreach (var (i, (orig, start, count)) in argTParams)
            {
                var a = args[i];
                var atargs = inferredAll.GetRange(start, count);
                a.Type = InstantiateSignature(a.Pos, orig, atargs, []);
                if (a.Expr != null)
                {
                    RecordInstance(a.Expr, atargs, a.Type);
                    RecordTypeAndValue(a.Expr, OperandMode.Value, a.Type, null);
                }
            }
            rsig = InstantiateSignature(call.Lparen, sig, inferred, xlist);
            RecordInstance(call.Fun, inferred, rsig);
            if (adjusted) sigParams = new Substitution(sig.TypeParams, inferred).Apply(sigParams);
            else sigParams = rsig.Params;
        }

        foreach (var i in genericArgs)
        {
            var a = args[i];
            if (a.Type is not Signature { IsGeneric: true }) continue;
            var pt = sigParams[i].Type;
            if (pt.Underlying is Signature { IsGeneric: false } && !IsParameterized(sig.TypeParams, pt)) InferFromTarget(a, pt);
            else NonGeneric(a);
            if (a.Mode == OperandMode.Invalid) return rsig;
            if (a.Expr != null) RecordTypeAndValue(a.Expr, OperandMode.Value, a.Type, null);
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
                // Go 1.22 hints at a name differing only in the case of its first letter.
                if (sel.Length > 0)
                {
                    var first = sel[0];
                    var changeCase = (char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first)) + sel[1..];
                    var (alt, _, _) = Lookup.FieldOrMethod(x.Type, x.Mode == OperandMode.Variable, pkg, changeCase);
                    if (alt != null) why += ", but does have " + changeCase;
                }
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
