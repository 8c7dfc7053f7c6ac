using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Declarations of constants, variables, types and functions (go/types' decl.go, signature.go).
public sealed partial class Checker
{
    private int Push(Object obj)
    {
        objPath.Add(obj);
        return objPath.Count - 1;
    }

    private Object Pop()
    {
        var obj = objPath[^1];
        objPath.RemoveAt(objPath.Count - 1);
        return obj;
    }

    /// <summary>Type-checks the declaration of a package-level object, detecting invalid declaration cycles through the object path.</summary>
    private void ObjDecl(Object obj, Named? def)
    {
        if (obj.Color == ObjColor.White && obj.RawType != null)
        {
            obj.Color = ObjColor.Black;
            return;
        }
        if (obj.Color == ObjColor.Black) return;
        if (obj.Color.IsGrey)
        {
            // A cycle: an object refers to itself, directly or indirectly.
            switch (obj)
            {
                case Const c:
                    if (!ValidCycle(obj) || c.RawType == null) c.Type = Universe.Invalid;
                    break;
                case Var v:
                    if (!ValidCycle(obj) || v.RawType == null) v.Type = Universe.Invalid;
                    break;
                case TypeName tn:
                    if (!ValidCycle(obj)) tn.Type = Universe.Invalid;
                    break;
                case Func:
                    ValidCycle(obj);
                    break;
            }
            return;
        }

        if (!objMap.TryGetValue(obj, out var d)) return;
        obj.Resolver = null;
        obj.Color = ObjColor.Grey(Push(obj));
        var saved = env;
        env = new Env { Scope = d.File };
        try
        {
            switch (obj)
            {
                case Const c:
                    env.Decl = d;
                    ConstDecl(c, d.VType, d.Init, d.Inherited);
                    break;
                case Var v:
                    env.Decl = d;
                    VarDecl(v, d.Lhs, d.VType, d.Init);
                    break;
                case TypeName tn:
                    TypeDecl(tn, d.TDecl!, def);
                    break;
                case Func f:
                    FuncDeclare(f, d);
                    break;
            }
        }
        finally
        {
            env = saved;
            Pop().Color = ObjColor.Black;
        }
    }

    private bool ValidCycle(Object obj)
    {
        int start = obj.Color.StackIndex;
        if (start < 0 || start >= objPath.Count) return true;
        var cycle = objPath.GetRange(start, objPath.Count - start);
        bool tparCycle = false;
        int nval = 0, ndef = 0;
        foreach (var o in cycle)
        {
            switch (o)
            {
                case Const or Var:
                    nval++;
                    break;
                case TypeName tn:
                    if (env.InTParamList && tn.RawType is Named { IsGeneric: true })
                    {
                        tparCycle = true;
                        goto done;
                    }
                    bool alias = objMap.TryGetValue(tn, out var d) ? d.TDecl!.Alias : tn.IsAlias;
                    if (!alias) ndef++;
                    break;
            }
        }
    done:
        if (!tparCycle)
        {
            // Cycles of values only are reported by the initialization order check.
            if (nval == cycle.Count) return true;
            // Cycles through types need a type definition to be valid.
            if (nval == 0 && ndef > 0) return true;
        }
        CycleError(cycle);
        return false;
    }

    private string QualifiedName(Object obj) =>
        obj.Pkg != null && Qualifier(obj.Pkg) is { Length: > 0 } q ? q + "." + obj.Name : obj.Name;

    private void CycleError(List<Object> cycle)
    {
        int i = 0;
        for (int k = 1; k < cycle.Count; k++)
            if (cycle[k].Pos.IsBefore(cycle[i].Pos)) i = k;
        var obj = cycle[i];
        bool isType = obj is TypeName;
        if (cycle.Count == 1)
        {
            ErrorAt(obj.Pos, isType
                ? $"invalid recursive type: {QualifiedName(obj)} refers to itself"
                : $"invalid cycle in declaration: {QualifiedName(obj)} refers to itself");
            return;
        }
        var msg = new System.Text.StringBuilder(isType
            ? $"invalid recursive type {QualifiedName(obj)}"
            : $"invalid cycle in declaration of {QualifiedName(obj)}");
        for (int n = 0; n < cycle.Count; n++)
        {
            var o = cycle[(i + n) % cycle.Count];
            msg.Append($"\n\t{o.Pos}: {QualifiedName(o)} refers to");
        }
        msg.Append($"\n\t{obj.Pos}: {QualifiedName(obj)}");
        ErrorAt(obj.Pos, msg.ToString());
    }

    private void ConstDecl(Const obj, Expr? typ, Expr? init, bool inherited)
    {
        var savedIota = env.Iota;
        var savedErrPos = env.ErrPos;
        env.Iota = obj.Value;
        env.ErrPos = Pos.None;
        obj.Value = ConstValue.Unknown;
        try
        {
            if (typ != null)
            {
                var t = Typ(typ);
                if (!Predicates.IsConstType(t))
                {
                    if (t.Underlying != Universe.Invalid) Error(typ, $"invalid constant type {Ts(t)}");
                    obj.Type = Universe.Invalid;
                    return;
                }
                obj.Type = t;
            }
            var x = new Operand();
            if (init != null)
            {
                if (inherited) env.ErrPos = obj.Pos;
                Expr(x, init);
            }
            InitConst(obj, x);
        }
        finally
        {
            env.Iota = savedIota;
            env.ErrPos = savedErrPos;
        }
    }

    private void VarDecl(Var obj, List<Var>? lhs, Expr? typ, Expr? init)
    {
        try
        {
            if (typ != null) obj.Type = VarType(typ);
            if (init == null)
            {
                if (typ == null) obj.Type = Universe.Invalid;
                return;
            }
            if (lhs == null || lhs.Count == 1)
            {
                var x = new Operand();
                Expr(x, init, obj.RawType);
                InitVar(obj, x, "variable declaration");
                return;
            }
            if (typ != null)
                foreach (var v in lhs) v.Type = obj.Type;
            InitVars(lhs, [init], null);
        }
        finally
        {
            if (obj.RawType == Universe.Invalid) obj.Used = true;
            if (lhs != null)
                foreach (var v in lhs)
                    if (v.RawType == Universe.Invalid) v.Used = true;
        }
    }

    private void TypeDecl(TypeName obj, TypeSpec tdecl, Named? def)
    {
        bool alias = tdecl.Alias;
        if (alias && tdecl.TypeParams.Count > 0)
        {
            ErrorAt(tdecl.Pos, "generic type cannot be alias");
            alias = false;
        }
        if (alias)
        {
            obj.aliasDecl = true;
            obj.Type = Universe.Invalid; // guards against alias cycles while the right-hand side is checked
            var rhs = Typ(tdecl.Type);
            obj.Type = rhs;
            return;
        }

        var named = new Named(obj, null) { Declared = false };
        obj.Type = named;
        def?.SetUnderlying(named);
        // Methods are attached before the right-hand side is checked so that instances see them.
        CollectMethods(obj, named);

        var savedScope = env.Scope;
        try
        {
            if (tdecl.TypeParams.Count > 0)
            {
                OpenScope(tdecl, "type parameters");
                CollectTypeParams(tdecl.TypeParams, tps => named.TypeParams = tps);
            }
            var rhs = DefinedType(tdecl.Type, named);
            named.FromRHS = rhs;
            if (named.RawUnderlying == null || named.RawUnderlying is Named)
            {
                // The right-hand side is a type name: its underlying type, unless it is still being declared (a cycle).
                var u = rhs is Named rn ? rn.RawUnderlying : rhs.Underlying;
                if (u == null || u is Named)
                {
                    int start = rhs is Named rn2 ? objPath.IndexOf(rn2.Obj) : -1;
                    if (start >= 0) CycleError(objPath.GetRange(start, objPath.Count - start));
                    u = Universe.Invalid;
                }
                named.SetUnderlying(u);
            }
            if (rhs is TypeParam)
            {
                Error(tdecl.Type, "cannot use a type parameter as RHS in type declaration");
                named.SetUnderlying(Universe.Invalid);
            }
        }
        finally
        {
            env.Scope = savedScope;
            named.Declared = true;
        }
        Later(() => ValidType(named));
    }

    /// <summary>Declares type parameters and checks their constraints; bind receives the list before the constraints are checked, since they may refer to the generic type itself.</summary>
    private List<TypeParam> CollectTypeParams(List<Field> list, Action<List<TypeParam>> bind)
    {
        var tparams = new List<TypeParam>();
        foreach (var f in list)
            foreach (var name in f.Names)
            {
                var tp = DeclareTypeParam(name);
                tp.Index = tparams.Count;
                tparams.Add(tp);
            }
        bind(tparams);
        var savedIn = env.InTParamList;
        env.InTParamList = true;
        try
        {
            int index = 0;
            foreach (var f in list)
            {
                var bound = Bound(f.Type);
                if (bound is TypeParam)
                {
                    Error(f.Type, "cannot use a type parameter as constraint");
                    bound = Universe.Invalid;
                }
                for (int i = 0; i < f.Names.Count; i++) tparams[index + i].Constraint = bound;
                index += f.Names.Count;
            }
        }
        finally
        {
            env.InTParamList = savedIn;
        }
        return tparams;
    }

    /// <summary>A constraint; `~T` and unions are wrapped in an implicit interface.</summary>
    private Type Bound(Expr x)
    {
        if (x is UnionExpr or UnaryExpr { Op: Op.Tilde } || (x is BinaryExpr { Op: Op.Or }))
        {
            var it = new InterfaceTypeExpr(x.Pos, [], [x]);
            var t = Typ(it);
            if (t is Interface iface) iface.Implicit = true;
            return t;
        }
        return Typ(x);
    }

    private TypeParam DeclareTypeParam(Ident name)
    {
        var tname = new TypeName(name.Name, null, name.Pos, pkg);
        var tpar = new TypeParam(tname, 0, Universe.Invalid);
        Declare(env.Scope!, name, tname);
        return tpar;
    }

    private void CollectMethods(TypeName obj, Named named)
    {
        if (!methods.Remove(obj, out var list)) return;
        var seen = new Dictionary<string, Func>();
        foreach (var m in named.Methods) seen[m.UniqueName] = m;
        foreach (var m in list)
        {
            if (seen.TryGetValue(m.UniqueName, out var alt))
            {
                ErrorAt(m.Pos, $"method {obj.Name}.{m.Name} already declared at {alt.Pos}");
                continue;
            }
            seen[m.UniqueName] = m;
            named.AddMethod(m);
        }
        Later(() => CheckFieldUniqueness(named));
    }

    private void CheckFieldUniqueness(Named named)
    {
        if (named.Underlying is not Struct st) return;
        var mset = new Dictionary<string, Func>();
        foreach (var m in named.Methods) mset[m.UniqueName] = m;
        foreach (var fld in st.Fields)
        {
            if (fld.Name == "_") continue;
            if (mset.TryGetValue(fld.UniqueName, out var alt))
                ErrorAt(alt.Pos, $"field and method with the same name {fld.Name}\n\t{fld.Pos}: other declaration of {fld.Name}");
        }
    }

    private void FuncDeclare(Func obj, DeclInfo decl)
    {
        var sig = new Signature(null, [], Tuple.Empty, Tuple.Empty, false);
        obj.Type = sig; // guards against cycles
        var saved = obj.Color;
        obj.Color = ObjColor.Black;
        var fdecl = decl.FDecl!;
        FuncType(sig, fdecl.Recv, fdecl.Type.TypeParams, fdecl.Type);
        obj.Color = saved;
        if (fdecl.Recv != null && sig.Recv != null && sig.Recv.Type is var rt)
            obj.HasPtrRecv = rt is Pointer;
        if (fdecl.Body != null)
            Later(() => FuncBody(decl, obj.Name, sig, fdecl.Body, null, fdecl.Type));
    }

    private void OpenScope(Node node, string comment)
    {
        var scope = new Scope(env.Scope, node.Pos, Pos.None, comment);
        RecordScope(node, scope);
        env.Scope = scope;
    }

    private void CloseScope() => env.Scope = env.Scope!.Parent;

    /// <summary>Checks a function type: receiver, type parameters, parameters and results, declared in a new function scope.</summary>
    private void FuncType(Signature sig, Field? recvPar, List<Field> tparams, FuncTypeExpr ftyp)
    {
        var savedScope = env.Scope;
        OpenScope(ftyp, "function");
        env.Scope!.IsFunc = true;
        try
        {
            if (recvPar != null)
            {
                var (_, rname, rparams) = UnpackRecv(recvPar.Type, true);
                if (rparams.Count > 0)
                {
                    var rtps = rparams.Select(DeclareTypeParam).ToList();
                    for (int i = 0; i < rtps.Count; i++)
                    {
                        rtps[i].Index = i;
                        // A blank receiver type parameter `func (l *List[_])` still denotes its type parameter.
                        if (rparams[i].Name == "_") recvTParamMap[rparams[i]] = rtps[i];
                    }
                    sig.RecvTypeParams = rtps;
                    List<TypeParam> baseTParams = [];
                    if (rname != null && GenericType(rname, false) is Named recvNamed) baseTParams = recvNamed.TypeParams;
                    if (rtps.Count == baseTParams.Count)
                    {
                        // Receiver type parameters get the base type's constraints, with the base type's parameters renamed.
                        var smap = new Substitution(baseTParams, rtps.Cast<Type>().ToList());
                        for (int i = 0; i < rtps.Count; i++)
                        {
                            MonoRecordCanon(rtps[i], baseTParams[i]);
                            rtps[i].Constraint = smap.Apply(baseTParams[i].Constraint);
                        }
                    }
                    else if (rtps.Count < baseTParams.Count)
                    {
                        ErrorAt(recvPar.Pos, $"got {Measure(rtps.Count, "type parameter")}, but receiver base type declares {baseTParams.Count}");
                    }
                }
            }

            if (tparams.Count > 0)
            {
                CollectTypeParams(tparams, tps => sig.TypeParams = tps);
            }

            var scope = env.Scope;
            // Every parameter type is resolved before any name is declared: a parameter's
            // scope is the body, so `func (fmt T) M(x fmt.Stringer)` names the package.
            var named = new List<(Ident, Var)>();
            List<Var> recvList = [];
            if (recvPar != null) (recvList, _) = CollectParams(named, [recvPar], false);
            var (ps, variadic) = CollectParams(named, ftyp.Params, true);
            var (rs, _) = CollectParams(named, ftyp.Results, false);
            foreach (var (name, par) in named) Declare(scope, name, par);

            if (recvPar != null)
            {
                Var recv;
                if (recvList.Count == 0) recv = Var.Param(pkg, Pos.None, "", Universe.Invalid);
                else recv = recvList[0];
                sig.Recv = recv;
                Later(() => ValidateRecv(recv, sig));
            }
            sig.Params = new Tuple(ps);
            sig.Results = new Tuple(rs);
            sig.Variadic = variadic;
        }
        finally
        {
            env.Scope = savedScope;
        }
    }

    private void ValidateRecv(Var recv, Signature sig)
    {
        var rtyp = recv.Type is Pointer p ? p.Elem : recv.Type;
        if (rtyp == Universe.Invalid) return;
        switch (rtyp)
        {
            case Named T:
                if (T.TypeArgs.Count > 0 && sig.RecvTypeParams.Count == 0)
                {
                    ErrorAt(recv.Pos, $"cannot define new methods on instantiated type {Ts(rtyp)}");
                    break;
                }
                if (!ReferenceEquals(T.Obj.Pkg, pkg))
                {
                    ErrorAt(recv.Pos, $"cannot define new methods on non-local type {Ts(rtyp)}");
                    break;
                }
                string cause = T.Underlying switch
                {
                    Basic { Kind: BasicKind.UnsafePointer } => "unsafe.Pointer",
                    Pointer or Interface => "pointer or interface type",
                    _ => "",
                };
                if (cause != "") ErrorAt(recv.Pos, $"invalid receiver type {Ts(rtyp)} ({cause})");
                break;
            case Basic:
                ErrorAt(recv.Pos, $"cannot define new methods on non-local type {Ts(rtyp)}");
                break;
            default:
                ErrorAt(recv.Pos, $"invalid receiver type {Ts(recv.Type)}");
                break;
        }
    }

    /// <summary>The parameters of a list; the named ones are added to `named` for declaring.</summary>
    private (List<Var>, bool) CollectParams(List<(Ident, Var)> named, List<Field> list, bool variadicOk)
    {
        var pars = new List<Var>();
        bool variadic = false;
        for (int i = 0; i < list.Count; i++)
        {
            var field = list[i];
            var ftype = field.Type;
            if (ftype is EllipsisType et)
            {
                ftype = et.Elem;
                if (variadicOk && i == list.Count - 1 && field.Names.Count <= 1) variadic = true;
                else ErrorAt(et.Pos, "can only use ... with final parameter in list");
            }
            var typ = VarType(ftype);
            if (field.Names.Count > 0)
            {
                foreach (var name in field.Names)
                {
                    var par = Var.Param(pkg, name.Pos, name.Name, typ);
                    par.Used = true;
                    named.Add((name, par));
                    pars.Add(par);
                }
            }
            else
            {
                var par = Var.Param(pkg, field.Pos, "", typ);
                par.Used = true;
                pars.Add(par);
            }
        }
        if (variadic)
        {
            var last = pars[^1];
            last.Type = new Slice(last.Type);
            RecordTypeAndValue(list[^1].Type, OperandMode.TypeExpr, last.Type, null);
        }
        return (pars, variadic);
    }

    private static string Measure(int x, string unit) => x == 1 ? $"{x} {unit}" : $"{x} {unit}s";

    // ---------------- declarations in function bodies ----------------

    private void DeclStmt(GenDecl d)
    {
        switch (d.Kind)
        {
            case DeclKind.Const:
                foreach (var spec in d.Specs)
                {
                    if (spec is not ValueSpec s) continue;
                    var lhs = new List<Const>();
                    var iota = ConstValue.MakeInt64(s.Iota);
                    for (int i = 0; i < s.Names.Count; i++)
                    {
                        var name = s.Names[i];
                        var obj = new Const(name.Name, null, name.Pos, pkg, iota);
                        lhs.Add(obj);
                        var init = i < s.Values.Count ? s.Values[i] : null;
                        ConstDecl(obj, s.Type, init, s.Implicit);
                    }
                    Arity(s.Pos, s.Names, s.Values, true, s.Implicit);
                    for (int i = 0; i < s.Names.Count; i++) Declare(env.Scope!, s.Names[i], lhs[i]);
                }
                break;
            case DeclKind.Var:
                foreach (var spec in d.Specs)
                {
                    if (spec is not ValueSpec s) continue;
                    var lhs0 = s.Names.Select(n => new Var(n.Name, null, n.Pos, pkg)).ToList();
                    var values = s.Values;
                    for (int i = 0; i < lhs0.Count; i++)
                    {
                        List<Var>? lhs = null;
                        Expr? init = null;
                        if (values.Count == s.Names.Count) init = values[i];
                        else if (values.Count == 1) { lhs = lhs0; init = values[0]; }
                        else if (i < values.Count) init = values[i];
                        VarDecl(lhs0[i], lhs, s.Type, init);
                        if (values.Count == 1 && lhs != null) break;
                    }
                    if (s.Type == null || values.Count > 0) Arity(s.Pos, s.Names, values, false, false);
                    for (int i = 0; i < s.Names.Count; i++) Declare(env.Scope!, s.Names[i], lhs0[i]);
                }
                break;
            case DeclKind.Type:
                foreach (var spec in d.Specs)
                {
                    if (spec is not TypeSpec s) continue;
                    var obj = new TypeName(s.Name.Name, null, s.Name.Pos, pkg);
                    Declare(env.Scope!, s.Name, obj);
                    obj.Color = ObjColor.Grey(Push(obj));
                    try { TypeDecl(obj, s, null); }
                    finally { Pop().Color = ObjColor.Black; }
                }
                break;
            case DeclKind.Import:
                ErrorAt(d.Pos, "syntax error: imports must appear before other declarations");
                break;
        }
    }

    // ---------------- validity of recursive types ----------------

    private readonly HashSet<Named> validTypes = new(ReferenceEqualityComparer.Instance);

    private void ValidType(Named typ) => ValidType0(typ, [], []);

    private bool ValidType0(Type? typ, List<Named> nest, List<Named> path)
    {
        switch (typ)
        {
            case Array a:
                return ValidType0(a.Elem, nest, path);
            case Struct s:
                foreach (var f in s.Fields)
                    if (!ValidType0(f.Type, nest, path)) return false;
                break;
            case Union u:
                foreach (var t in u.Terms)
                    if (!ValidType0(t.Type, nest, path)) return false;
                break;
            case Interface it:
                foreach (var e in it.Embeddeds)
                    if (!ValidType0(e, nest, path)) return false;
                break;
            case Named t:
                if (validTypes.Contains(t)) break;
                if (t.Underlying == Universe.Invalid) return false;
                foreach (var e in nest)
                {
                    if (!Predicates.Identical(e, t)) continue;
                    if (ReferenceEquals(t.Obj.Pkg, pkg) && !t.IsInstance) t.SetUnderlying(Universe.Invalid);
                    for (int start = 0; start < path.Count; start++)
                    {
                        if (Predicates.Identical(path[start], t))
                        {
                            CycleError(path.Skip(start).Select(n => (Object)n.Obj).ToList());
                            return false;
                        }
                    }
                    return false;
                }
                if (!ValidType0(t.Origin.FromRHS, [.. nest, t], [.. path, t])) return false;
                validTypes.Add(t);
                break;
            case TypeParam tp:
                if (nest.Count > 0)
                {
                    var inst = nest[^1];
                    var tps = inst.Origin.TypeParams;
                    for (int i = 0; i < tps.Count; i++)
                        if (ReferenceEquals(tp, tps[i]) && i < inst.TypeArgs.Count)
                            return ValidType0(inst.TypeArgs[i], nest.GetRange(0, nest.Count - 1), path);
                }
                break;
        }
        return true;
    }
}
