using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Type expressions (go/types' typexpr.go, struct.go, interface.go, union.go).
public sealed partial class Checker
{
    /// <summary>Resolves an identifier to an operand; wantType makes type names be fully declared.</summary>
    private void IdentExpr(Operand x, Ident e, Named? def, bool wantType)
    {
        x.Mode = OperandMode.Invalid;
        x.Expr = e;
        var (scope, obj) = env.Scope!.LookupParent(e.Name, Pos.None);
        if (obj == null)
        {
            if (e.Name == "_")
            {
                if (recvTParamMap.TryGetValue(e, out var tpar))
                {
                    x.Mode = OperandMode.TypeExpr;
                    x.Type = tpar;
                }
                else Error(e, "cannot use _ as value or type");
            }
            else Error(e, $"undefined: {e.Name}");
            return;
        }
        RecordUse(e, obj);

        var typ = obj.RawType;
        if (typ == null || (obj is TypeName && wantType))
        {
            ObjDecl(obj, def);
            typ = obj.RawType ?? Universe.Invalid;
        }

        if (scope != null && dotImports.TryGetValue((scope, obj.Name), out var dotPkg)) dotPkg.Used = true;

        switch (obj)
        {
            case PkgName pn:
                Error(e, $"use of package {pn.Name} not in selector");
                return;
            case Const c:
                AddDeclDep(obj);
                if (typ == Universe.Invalid) return;
                if (ReferenceEquals(obj, Universe.Iota))
                {
                    if (env.Iota == null)
                    {
                        Error(e, "cannot use iota outside constant declaration");
                        return;
                    }
                    x.Val = env.Iota;
                }
                else x.Val = c.Value;
                x.Mode = OperandMode.Constant;
                break;
            case TypeName:
                x.Mode = OperandMode.TypeExpr;
                break;
            case Var v:
                // Variables of other packages are never "unused"; local uses mark the variable used.
                if (ReferenceEquals(v.Pkg, pkg)) v.Used = true;
                AddDeclDep(obj);
                NoteCapture(v, scope);
                if (typ == Universe.Invalid) return;
                x.Mode = OperandMode.Variable;
                break;
            case Func:
                AddDeclDep(obj);
                x.Mode = OperandMode.Value;
                break;
            case Builtin b:
                x.Id = b.Id;
                x.Mode = OperandMode.Builtin;
                break;
            case Nil:
                x.Mode = OperandMode.NilValue;
                break;
        }
        x.Type = typ;
    }

    private readonly Dictionary<Ident, TypeParam> recvTParamMap = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records that the current package-level declaration depends on obj (for initialization order).</summary>
    private void AddDeclDep(Object to)
    {
        var from = env.Decl;
        if (from == null) return;
        if (!objMap.ContainsKey(to)) return;
        from.AddDep(to);
    }

    internal Type Typ(Expr e) => DefinedType(e, null);

    private Type VarType(Expr e)
    {
        var typ = DefinedType(e, null);
        ValidVarType(e, typ);
        return typ;
    }

    private void ValidVarType(Expr e, Type typ)
    {
        if (typ is TypeParam) return;
        Later(() =>
        {
            if (typ.Underlying is Interface t)
            {
                var pos = StartPos(e);
                var tset = TypeSets.Compute(this, pos, t);
                if (!tset.IsMethodSet)
                {
                    if (tset.Comparable)
                        ErrorAt(pos, $"cannot use type {Ts(typ)} outside a type constraint: interface is (or embeds) comparable");
                    else
                        ErrorAt(pos, $"cannot use type {Ts(typ)} outside a type constraint: interface contains type constraints");
                }
            }
        });
    }

    private Type DefinedType(Expr e, Named? def)
    {
        var typ = TypInternal(e, def);
        if (Predicates.IsGeneric(typ))
        {
            Error(e, $"cannot use generic type {Ts(typ)} without instantiation");
            typ = Universe.Invalid;
        }
        RecordTypeAndValue(e, OperandMode.TypeExpr, typ, null);
        return typ;
    }

    private Type GenericType(Expr e, bool reportErr, List<Expr>? xlist = null)
    {
        var typ = TypInternal(e, null);
        if (typ != Universe.Invalid && !Predicates.IsGeneric(typ))
        {
            if (reportErr) Error(e, $"{InvalidOp}{E(e)}[{string.Join(", ", (xlist ?? []).Select(E))}] ({Ts(typ)} is not a generic type)");
            typ = Universe.Invalid;
        }
        RecordTypeAndValue(e, OperandMode.TypeExpr, typ, null);
        return typ;
    }

    private Type TypInternal(Expr e0, Named? def)
    {
        switch (e0)
        {
            case Ident e:
                {
                    var x = new Operand();
                    IdentExpr(x, e, def, true);
                    switch (x.Mode)
                    {
                        case OperandMode.TypeExpr: return x.Type;
                        case OperandMode.Invalid: break;
                        case OperandMode.NoValue: Error(x, $"{D(x)} used as type"); break;
                        default: Error(x, $"{D(x)} is not a type"); break;
                    }
                    break;
                }
            case SelectorExpr e:
                {
                    var x = new Operand();
                    Selector(x, e, def, true);
                    switch (x.Mode)
                    {
                        case OperandMode.TypeExpr: return x.Type;
                        case OperandMode.Invalid: break;
                        case OperandMode.NoValue: Error(x, $"{D(x)} used as type"); break;
                        default: Error(x, $"{D(x)} is not a type"); break;
                    }
                    break;
                }
            case IndexExpr e:
                return InstantiatedType(e.X, e.Indices, def);
            case ParenExpr e:
                return DefinedType(e.X, def);
            case ArrayTypeExpr e when e.Len == null:
                {
                    var typ = new Slice(Universe.Invalid);
                    def?.SetUnderlying(typ);
                    typ.Elem = VarType(e.Elem);
                    return typ;
                }
            case ArrayTypeExpr e:
                {
                    var typ = new Array(Universe.Invalid, -1);
                    def?.SetUnderlying(typ);
                    if (e.Len is EllipsisLen)
                    {
                        Error(e.Len, "invalid use of [...] array (outside a composite literal)");
                        typ.Len = -1;
                    }
                    else typ.Len = ArrayLength(e.Len!);
                    typ.Elem = VarType(e.Elem);
                    if (typ.Len >= 0) return typ;
                    break;
                }
            case EllipsisType e:
                Error(e, "invalid use of '...'");
                break;
            case StructTypeExpr e:
                {
                    var typ = new Struct([], []);
                    def?.SetUnderlying(typ);
                    StructType(typ, e);
                    return typ;
                }
            case StarExpr e:
                {
                    var typ = new Pointer(Universe.Invalid);
                    def?.SetUnderlying(typ);
                    typ.Elem = VarType(e.X);
                    if (typ.Elem == Universe.Invalid) return Universe.Invalid;
                    return typ;
                }
            case FuncTypeExpr e:
                {
                    var typ = new Signature(null, [], Tuple.Empty, Tuple.Empty, false);
                    def?.SetUnderlying(typ);
                    if (e.TypeParams.Count > 0) ErrorAt(e.TypeParams[0].Pos, "function type must have no type parameters");
                    FuncType(typ, null, [], e);
                    return typ;
                }
            case InterfaceTypeExpr e:
                {
                    var typ = new Interface { Complete = false };
                    def?.SetUnderlying(typ);
                    InterfaceType(typ, e, def);
                    return typ;
                }
            case MapTypeExpr e:
                {
                    var typ = new Map(Universe.Invalid, Universe.Invalid);
                    def?.SetUnderlying(typ);
                    typ.Key = VarType(e.Key);
                    typ.Elem = VarType(e.Value);
                    Later(() =>
                    {
                        if (!Predicates.Comparable(typ.Key))
                        {
                            var why = typ.Key is TypeParam ? " (missing comparable constraint)" : "";
                            Error(e.Key, $"invalid map key type {Ts(typ.Key)}{why}");
                        }
                    });
                    return typ;
                }
            case ChanTypeExpr e:
                {
                    var typ = new Chan(e.Dir, Universe.Invalid);
                    def?.SetUnderlying(typ);
                    typ.Elem = VarType(e.Elem);
                    return typ;
                }
            case UnionExpr or UnaryExpr { Op: Op.Tilde }:
                Error(e0, $"cannot use {E(e0)} outside a type constraint");
                break;
            default:
                Error(e0, $"{E(e0)} is not a type");
                Use(e0);
                break;
        }
        def?.SetUnderlying(Universe.Invalid);
        return Universe.Invalid;
    }

    private Type InstantiatedType(Expr x, List<Expr> xlist, Named? def)
    {
        var gtyp = GenericType(x, true, xlist);
        if (gtyp == Universe.Invalid) return gtyp;
        var orig = (Named)gtyp;
        var targs = TypeList(xlist);
        if (targs == null)
        {
            def?.SetUnderlying(Universe.Invalid);
            return Universe.Invalid;
        }
        if (!ValidateTArgLen(StartPos(x), orig.TypeParams.Count, targs.Count, orig.Obj.Name))
        {
            def?.SetUnderlying(Universe.Invalid);
            return Universe.Invalid;
        }
        var inst = Instantiation.InstantiateNamed(orig, targs);
        def?.SetUnderlying(inst);
        Later(() =>
        {
            RecordInstance(x, inst.TypeArgs, inst);
            var (i, err) = Verify(orig.TypeParams, inst.TypeArgs);
            if (err != null)
            {
                var pos = i < xlist.Count ? StartPos(xlist[i]) : StartPos(x);
                ErrorAt(pos, err);
            }
            else MonoRecordInstance(StartPos(x), orig.TypeParams, inst.TypeArgs, xlist);
            ValidType(inst);
        });
        return inst;
    }

    private long ArrayLength(Expr e)
    {
        if (e is Ident name)
        {
            var obj = LookupName(name.Name);
            if (obj == null)
            {
                Error(name, $"undefined array length {name.Name} or missing type constraint");
                return -1;
            }
            if (obj is not Const)
            {
                Error(name, $"invalid array length {name.Name}");
                return -1;
            }
        }
        var x = new Operand();
        Expr(x, e);
        if (x.Mode != OperandMode.Constant)
        {
            if (x.Mode != OperandMode.Invalid) Error(x, $"array length {D(x)} must be constant");
            return -1;
        }
        if (Predicates.IsUntyped(x.Type) || Predicates.IsInteger(x.Type))
        {
            var val = x.Val!.ToInt();
            if (val.Kind == ConstKind.Int)
            {
                if (Representable.IsRepresentable(val, Universe.Int, out _))
                {
                    if (val.TryInt64(out var n) && n >= 0) return n;
                    Error(x, $"invalid array length {D(x)}");
                    return -1;
                }
            }
        }
        Error(x, $"array length {D(x)} must be integer");
        return -1;
    }

    private List<Type>? TypeList(List<Expr> list)
    {
        var res = new List<Type>();
        bool ok = true;
        foreach (var x in list)
        {
            var t = VarType(x);
            if (t == Universe.Invalid) ok = false;
            res.Add(t);
        }
        return ok ? res : null;
    }

    // ---------------- struct types ----------------

    private void StructType(Struct styp, StructTypeExpr e)
    {
        var fset = new Dictionary<string, Var>();
        foreach (var f in e.Fields)
        {
            var typ = VarType(f.Type);
            var tag = f.Tag ?? "";
            if (!f.Embedded && f.Names.Count > 0)
            {
                foreach (var name in f.Names) AddField(styp, fset, name, name.Pos, typ, tag, false);
                continue;
            }
            var pos = StartPos(f.Type);
            var ident = EmbeddedFieldIdent(f.Type);
            if (ident == null)
            {
                ErrorAt(pos, $"invalid embedded field type {E(f.Type)}");
                AddField(styp, fset, new Ident(pos, "_"), pos, Universe.Invalid, "", true);
                continue;
            }
            AddField(styp, fset, ident, pos, typ, tag, true);
            var embeddedTyp = typ;
            Later(() =>
            {
                var t = embeddedTyp;
                bool isPtr = false;
                if (t is Pointer p) { t = p.Elem; isPtr = true; }
                switch (t.Underlying)
                {
                    case Basic b:
                        if (t == Universe.Invalid) return;
                        if (b.Kind == BasicKind.UnsafePointer) ErrorAt(pos, "embedded field type cannot be unsafe.Pointer");
                        break;
                    case Pointer:
                        ErrorAt(pos, "embedded field type cannot be a pointer");
                        break;
                    case Interface:
                        if (t is TypeParam) { ErrorAt(pos, "embedded field type cannot be a (pointer to a) type parameter"); break; }
                        if (isPtr) ErrorAt(pos, "embedded field type cannot be a pointer to an interface");
                        break;
                }
            });
        }
    }

    private void AddField(Struct styp, Dictionary<string, Var> fset, Ident ident, Pos pos, Type typ, string tag, bool embedded)
    {
        var fld = Var.Field(pkg, pos, ident.Name, typ, embedded, styp.Fields.Count);
        if (ident.Name != "_")
        {
            if (fset.TryGetValue(fld.UniqueName, out var alt))
            {
                ErrorAt(pos, $"{fld.Name} redeclared\n\t{alt.Pos}: other declaration of {fld.Name}");
                return;
            }
            fset[fld.UniqueName] = fld;
        }
        styp.Fields.Add(fld);
        styp.Tags.Add(tag);
        RecordDef(ident, fld);
    }

    private static Ident? EmbeddedFieldIdent(Expr e) => e switch
    {
        Ident id => id,
        StarExpr { X: not StarExpr } st => EmbeddedFieldIdent(st.X),
        SelectorExpr s => s.Sel,
        IndexExpr ix => EmbeddedFieldIdent(ix.X),
        _ => null,
    };

    // ---------------- interface types ----------------

    private void InterfaceType(Interface ityp, InterfaceTypeExpr iface, Named? def)
    {
        foreach (var emb in iface.Embeds)
        {
            ityp.Embeddeds.Add(ParseUnion(emb));
            ityp.EmbedPos.Add(StartPos(emb));
        }
        foreach (var f in iface.Methods)
        {
            if (f.Names.Count == 0)
            {
                ityp.Embeddeds.Add(ParseUnion(f.Type));
                ityp.EmbedPos.Add(StartPos(f.Type));
                continue;
            }
            var name = f.Names[0];
            if (name.Name == "_")
            {
                Error(name, "methods must have a unique non-blank name");
                continue;
            }
            var typ = Typ(f.Type);
            if (typ is not Signature sig)
            {
                if (typ != Universe.Invalid) Error(f.Type, $"{Ts(typ)} is not a method signature");
                continue;
            }
            sig.Recv = new Var("", def != null ? def : ityp, name.Pos, pkg);
            var m = new Func(name.Name, sig, name.Pos, pkg) { IsInterfaceMethod = true };
            RecordDef(name, m);
            ityp.Methods.Add(m);
        }
        ityp.Complete = true;
        if (ityp.Methods.Count == 0 && ityp.Embeddeds.Count == 0)
        {
            ityp.typeSet = new TypeSet([], TermList.All, false);
            return;
        }
        ityp.Methods.Sort(TypeSets.CompareMethods);
        Later(() => TypeSets.Compute(this, iface.Pos, ityp));
    }

    private Type ParseUnion(Expr uexpr)
    {
        List<(bool tilde, Expr x)> tlist = uexpr switch
        {
            UnionExpr u => u.Terms.Select(t => (t.Tilde, t.Type)).ToList(),
            UnaryExpr { Op: Op.Tilde } ue => [(true, ue.X)],
            _ => [(false, uexpr)],
        };
        var terms = new List<Term>();
        foreach (var (tilde, x) in tlist)
        {
            var term = ParseTilde(tilde, x);
            if (tlist.Count == 1 && !term.Tilde) return term.Type!;
            terms.Add(term);
        }
        var un = new Union(terms);
        RecordTypeAndValue(uexpr, OperandMode.TypeExpr, un, null);
        Later(() =>
        {
            for (int i = 0; i < terms.Count; i++)
            {
                var t = terms[i];
                if (t.Type == Universe.Invalid) continue;
                var u = t.Type!.Underlying;
                var f = u as Interface;
                var at = StartPos(tlist[i].x);
                if (t.Tilde)
                {
                    if (f != null) { ErrorAt(at, $"invalid use of ~ ({Ts(t.Type)} is an interface)"); continue; }
                    if (!Predicates.Identical(u, t.Type)) { ErrorAt(at, $"invalid use of ~ (underlying type of {Ts(t.Type)} is {Ts(u)})"); continue; }
                }
                if (f != null)
                {
                    var tset = f.TypeSet;
                    if (tset.Methods.Count != 0) ErrorAt(at, $"cannot use {TermString(t)} in union ({TermString(t)} contains methods)");
                    else if (ReferenceEquals(t.Type, Universe.Comparable)) ErrorAt(at, "cannot use comparable in union");
                    else if (tset.Comparable) ErrorAt(at, $"cannot use {TermString(t)} in union ({TermString(t)} embeds comparable)");
                    continue;
                }
                for (int j = 0; j < i; j++)
                {
                    var xj = terms[j];
                    if (Predicates.IsInterface(xj.Type!)) continue;
                    if (!TermOps.Disjoint(xj, t))
                    {
                        ErrorAt(at, $"overlapping terms {TermString(t)} and {TermString(xj)}");
                        break;
                    }
                }
            }
        });
        return un;
    }

    private string TermString(Term t) => (t.Tilde ? "~" : "") + Ts(t.Type);

    private Term ParseTilde(bool tilde, Expr x)
    {
        var typ = Typ(x);
        if (typ is TypeParam)
        {
            if (tilde) Error(x, $"type in term ~{E(x)} cannot be a type parameter");
            else Error(x, "term cannot be a type parameter");
            typ = Universe.Invalid;
        }
        return new Term(tilde, typ);
    }
}
