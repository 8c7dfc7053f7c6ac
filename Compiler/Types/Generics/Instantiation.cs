namespace Minigo.Compiler.Types;

/// <summary>Creating instances of generic types, functions and methods (without constraint checks; see Checker.Instantiate for those).</summary>
public static class Instantiation
{
    // Instances are canonicalized per origin so that repeated uses share one Named (and its methods).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Named, List<Named>> cache = new();

    /// <summary>The instance origin[targs]; identical type arguments yield the same Named.</summary>
    public static Named InstantiateNamed(Named origin, List<Type> targs)
    {
        origin = origin.Origin;
        var list = cache.GetOrCreateValue(origin);
        lock (list)
        {
            foreach (var inst in list)
            {
                bool same = inst.TypeArgs.Count == targs.Count;
                for (int i = 0; same && i < targs.Count; i++) same = Predicates.Identical(inst.TypeArgs[i], targs[i]);
                if (same) return inst;
            }
            var n = new Named(origin, targs);
            list.Add(n);
            return n;
        }
    }

    /// <summary>The signature of generic function sig instantiated with targs (no type parameters left).</summary>
    public static Signature InstantiateSignature(Signature sig, List<Type> targs)
    {
        var smap = new Substitution(sig.TypeParams, targs);
        var ps = smap.Apply(sig.Params);
        var rs = smap.Apply(sig.Results);
        return new Signature(sig.Recv, [], ps, rs, sig.Variadic);
    }

    /// <summary>Generic method m of inst's origin, with the receiver type parameters replaced by inst's type arguments.</summary>
    public static Func InstantiateMethod(Named inst, Func m)
    {
        var origSig = m.Type as Signature;
        if (origSig == null) return m;
        var smap = new Substitution(origSig.RecvTypeParams, inst.TypeArgs);
        var ps = smap.Apply(origSig.Params);
        var rs = smap.Apply(origSig.Results);
        var sig = new Signature(null, [], ps, rs, origSig.Variadic);
        Type rtyp = m.HasPtrRecv ? new Pointer(inst) : inst;
        if (origSig.Recv != null) sig.Recv = Substitution.SubstVar(origSig.Recv, rtyp);
        var f = Substitution.SubstFunc(m, sig);
        f.Decl = null;
        return f;
    }

    /// <summary>Substitutes type arguments in any type (e.g. a type containing a generic function's type parameters).</summary>
    public static Type Subst(Type t, IReadOnlyList<TypeParam> tparams, IReadOnlyList<Type> targs) => new Substitution(tparams, targs).Apply(t);
}
