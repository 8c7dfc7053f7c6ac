using static Minigo.Compiler.Syntax.Generated.GoParser;

namespace Minigo.Compiler.Syntax;

// Types in type position (the type_ rule and the type literals), signatures, parameter lists,
// struct fields, interface elements and type parameters.
internal sealed partial class AstBuilder
{
    private Expr? OptType(Type_Context? t) => t == null ? null : Type(t);

    private Expr Type(Type_Context t)
    {
        if (t.typeName() is { } name) return WithTypeArgs(TypeName(name), t.typeArgs());
        if (t.typeLit() is { } lit)
        {
            if (lit.pointerType() is { } p) return new StarExpr(P(p), Type(p.type_()));
            if (lit.recvChannelType() is { } r) return new ChanTypeExpr(P(r), ChanDir.Recv, Type(r.type_()));
            return TypeLit(lit.operandTypeLit());
        }
        return new ParenExpr(P(t), Type(t.type_()));
    }

    /// <summary>`T` or `pkg.T`.</summary>
    private Expr TypeName(TypeNameContext n)
    {
        var ids = n.IDENTIFIER();
        Expr x = Name(ids[0]);
        return ids.Length == 2 ? new SelectorExpr(x.Pos, x, Name(ids[1])) : x;
    }

    /// <summary>An instantiation `T[int, string]` is an IndexExpr, as in go/ast.</summary>
    private Expr WithTypeArgs(Expr x, TypeArgsContext? args) =>
        args == null ? x : new IndexExpr(x.Pos, x, args.type_().Select(Type).ToList());

    private Expr TypeLit(OperandTypeLitContext t) => t.GetChild(0) switch
    {
        ArrayTypeContext a => Array(a),
        SliceTypeContext s => new ArrayTypeExpr(P(s), null, Type(s.type_())),
        MapTypeContext m => new MapTypeExpr(P(m), Type(m.type_(0)), Type(m.type_(1))),
        StructTypeContext s => Struct(s),
        FunctionTypeContext f => FuncType(P(f), [], f.signature()),
        InterfaceTypeContext i => Interface(i),
        ChannelTypeContext c => Chan(c),
        var other => throw new InvalidOperationException($"unexpected type literal {other.GetType().Name}"),
    };

    /// <summary>`[N]T`, or `[...]T` (an EllipsisLen, which the checker accepts only in a composite literal).</summary>
    private ArrayTypeExpr Array(ArrayTypeContext a) =>
        new(P(a), a.ELLIPSIS() is { } dots ? new EllipsisLen(P(dots)) : Expr(a.expression()), Type(a.type_()));

    /// <summary>The types that may precede the `{` of a composite literal.</summary>
    private Expr LiteralType(LiteralTypeContext t)
    {
        if (t.structType() is { } s) return Struct(s);
        if (t.arrayType() is { } a) return Array(a);
        if (t.sliceType() is { } sl) return new ArrayTypeExpr(P(sl), null, Type(sl.type_()));
        var m = t.mapType();
        return new MapTypeExpr(P(m), Type(m.type_(0)), Type(m.type_(1)));
    }

    private ChanTypeExpr Chan(ChannelTypeContext c) =>
        new(P(c), c.RECEIVE() != null ? ChanDir.Send : ChanDir.Both, Type(c.type_()));

    private StructTypeExpr Struct(StructTypeContext s)
    {
        var fields = new List<Field>();
        foreach (var f in s.fieldDecl())
        {
            string? tag = f.string_() is { } lit ? Unquote(lit) : null;
            if (f.identifierList() is { } names)
            {
                fields.Add(new Field(P(f), Names(names), Type(f.type_()), tag, false));
                continue;
            }
            var e = f.embeddedField();
            var type = WithTypeArgs(TypeName(e.typeName()), e.typeArgs());
            if (e.STAR() is { } star) type = new StarExpr(P(star), type);
            fields.Add(new Field(P(e), [], type, tag, true));
        }
        return new StructTypeExpr(P(s), fields);
    }

    private InterfaceTypeExpr Interface(InterfaceTypeContext i)
    {
        var methods = new List<Field>();
        var embeds = new List<Expr>();
        foreach (var e in i.interfaceElem())
        {
            if (e.IDENTIFIER() is { } name)
                methods.Add(new Field(P(name), [Name(name)], FuncType(P(name), [], e.funcSignature()), null, false));
            else
                embeds.Add(Constraint(e.typeConstraint()));
        }
        return new InterfaceTypeExpr(P(i), methods, embeds);
    }

    /// <summary>`~int | string`: a UnionExpr, except a lone term without `~`, which is just its type.</summary>
    private Expr Constraint(TypeConstraintContext c)
    {
        var terms = c.typeTerm();
        if (terms.Length == 1 && terms[0].TILDE() == null) return Type(terms[0].type_());
        return new UnionExpr(P(c), terms.Select(t => new UnionTerm(t.TILDE() != null, Type(t.type_()))).ToList());
    }

    private List<Field> TypeParams(TypeParametersContext? tp) =>
        tp == null ? [] : tp.typeParamDecl()
            .Select(d => new Field(P(d), Names(d.identifierList()), Constraint(d.typeConstraint()), null, false))
            .ToList();

    private FuncTypeExpr FuncType(Pos pos, List<Field> typeParams, SignatureContext sig) =>
        new(pos, typeParams, Params(sig.parameters()), Results(sig.result()));

    private FuncTypeExpr FuncType(Pos pos, List<Field> typeParams, FuncSignatureContext sig) =>
        new(pos, typeParams, Params(sig.parameters()), Results(sig.result()));

    private List<Field> Results(ResultContext? r)
    {
        if (r == null) return [];
        if (r.parameters() is { } ps) return Params(ps);
        return [new Field(P(r), [], Type(r.type_()), null, false)];
    }

    /// <summary>
    /// Go's grouping rule: in a parameter list either every entry has a name or none has. The
    /// grammar parses each entry as `[name] [...] type`; when some entry has a name, the
    /// type-only entries before it are really names sharing its type (`a, b int`). Anything
    /// else is "mixed named and unnamed parameters", reported (as cmd/compile does) at the
    /// leftmost offending entry.
    /// </summary>
    private List<Field> Params(ParametersContext ps)
    {
        var decls = ps.parameterDecl();
        if (!decls.Any(d => d.IDENTIFIER() != null))
            return decls.Select(d => new Field(P(d), [], ParamType(d), null, false)).ToList();

        var fields = new List<Field>();
        var names = new List<Ident>();
        Pos? error = null;
        foreach (var d in decls)
        {
            if (d.IDENTIFIER() is { } id)
            {
                names.Add(Name(id));
                fields.Add(new Field(names[0].Pos, names, ParamType(d), null, false));
                names = [];
            }
            else if (PlainName(d) is { } name) names.Add(name);
            else error ??= P(d);
        }
        if (names.Count > 0) error ??= names[0].Pos; // trailing names with no type after them
        if (error is { } at) errors.Error(at, "syntax error: mixed named and unnamed parameters");
        return fields;
    }

    private Expr ParamType(ParameterDeclContext d)
    {
        var type = Type(d.type_());
        return d.ELLIPSIS() is { } dots ? new EllipsisType(P(dots), type) : type;
    }

    /// <summary>A type-only entry that is a bare identifier, and so may be a parameter name.</summary>
    private Ident? PlainName(ParameterDeclContext d)
    {
        if (d.ELLIPSIS() != null) return null;
        var t = d.type_();
        return t.typeName() is { } n && n.IDENTIFIER().Length == 1 && t.typeArgs() == null ? Name(n.IDENTIFIER(0)) : null;
    }
}
