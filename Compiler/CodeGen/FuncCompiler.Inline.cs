using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Inlining of trivial functions: a call of a non-generic function of the same package whose
/// body is a single `return expr` is compiled as its expression, with the parameters bound
/// to the argument registers. Go inlines such functions too; here it saves a frame push and
/// pop per call, which dominates small hot helpers (spectralnorm's evalA).
/// </summary>
internal sealed partial class FuncCompiler
{
    private const int InlineBudget = 40; // expression nodes
    private int inlineDepth;

    /// <summary>Compiles call as f's inlined body into a fresh register, or returns -1 if f does not qualify.</summary>
    private int TryInline(CallExpr call, Func f)
    {
        if (inlineDepth > 2 || f.Pkg != pkg || mono != null || !Inlinable(f, out var result)) return -1;
        var sig = f.Signature;
        if (call.Args.Count != sig.Params.Vars.Count || call.HasEllipsis) return -1;
        if (call.Args.Count == 1 && TypeOf(call.Args[0]) is T.Tuple) return -1;
        int dst = fb.Alloc();
        // A plain local argument of the parameter's type is used in place: the inlined
        // expression cannot assign to it.
        var regs = new int[sig.Params.Vars.Count];
        for (int i = 0; i < regs.Length; i++)
        {
            var pt = TypeOf(sig.Params.Vars[i]);
            if (LocalRegister(call.Args[i]) is int lr && Predicates.Identical(TypeOf(call.Args[i]), pt)) regs[i] = lr;
            else { regs[i] = fb.Alloc(); ValueTo(call.Args[i], pt, regs[i]); }
        }
        var saved = new List<(T.Var, Local?)>();
        for (int i = 0; i < regs.Length; i++)
        {
            var p = sig.Params.Vars[i];
            saved.Add((p, locals.GetValueOrDefault(p)));
            locals[p] = new Local(regs[i], false, TypeOf(p));
        }
        inlineDepth++;
        ValueTo(result, TypeOf(sig.Results.Vars[0]), dst);
        inlineDepth--;
        foreach (var (p, old) in saved)
            if (old == null) locals.Remove(p); else locals[p] = old;
        fb.Release(dst + 1);
        return dst;
    }

    private readonly Dictionary<Func, Expr?> inlinable = new(ReferenceEqualityComparer.Instance);

    private bool Inlinable(Func f, out Expr result)
    {
        if (!inlinable.TryGetValue(f, out var e))
        {
            e = null;
            var sig = f.Signature;
            if (f.Decl?.Body is { Stmts: [ReturnStmt { Results: [var r] }] } && sig.Recv == null && !sig.Variadic
                && sig.TypeParams.Count == 0 && sig.Results.Vars.Count == 1 && sig.Params.Vars.All(p => !Escapes(p))
                && Size(r, f) is > 0 and <= InlineBudget)
                e = r;
            inlinable[f] = e;
        }
        result = e!;
        return e != null;
    }

    /// <summary>Node count of an expression, or -1 if it must not be inlined (closures, recursion, recover).</summary>
    private int Size(Expr e, Func self)
    {
        switch (e)
        {
            case BasicLit: return 1;
            case Ident id:
                if (info.ObjectOf(id) is Builtin { Id: BuiltinId.Recover }) return -1;
                return ReferenceEquals(info.ObjectOf(id), self) ? -1 : 1;
            case ParenExpr p: return Size(p.X, self);
            case UnaryExpr u: return Add(1, Size(u.X, self));
            case StarExpr st: return Add(1, Size(st.X, self));
            case BinaryExpr b: return Add(1, Add(Size(b.X, self), Size(b.Y, self)));
            case SelectorExpr s: return Add(1, Size(s.X, self));
            case IndexExpr ix: return ix.Indices.Aggregate(Add(1, Size(ix.X, self)), (n, i) => Add(n, Size(i, self)));
            case CallExpr c: return c.Args.Aggregate(Add(2, Size(c.Fun, self)), (n, a) => Add(n, Size(a, self)));
            case ArrayTypeExpr or MapTypeExpr or ChanTypeExpr: return 1;
            default: return -1;
        }
    }

    private static int Add(int a, int b) => a < 0 || b < 0 ? -1 : a + b;
}
