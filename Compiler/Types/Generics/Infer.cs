using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Type argument inference and constraint satisfaction (go/types' infer.go, instantiate.go).
public sealed partial class Checker
{
    /// <summary>Whether t mentions any of tparams.</summary>
    private static bool IsParameterized(List<TypeParam> tparams, Type t)
    {
        var set = new HashSet<TypeParam>(tparams, ReferenceEqualityComparer.Instance);
        var seen = new HashSet<Type>(ReferenceEqualityComparer.Instance);
        bool Walk(Type? x)
        {
            if (x == null || !seen.Add(x)) return false;
            return x switch
            {
                TypeParam tp => set.Contains(tp),
                Array a => Walk(a.Elem),
                Slice s => Walk(s.Elem),
                Pointer p => Walk(p.Elem),
                Map m => Walk(m.Key) || Walk(m.Elem),
                Chan c => Walk(c.Elem),
                Struct st => st.Fields.Any(f => Walk(f.Type)),
                Tuple tu => tu.Vars.Any(v => Walk(v.Type)),
                Signature sig => Walk(sig.Params) || Walk(sig.Results),
                Interface it => it.Methods.Any(m => Walk(m.Type)) || it.Embeddeds.Any(Walk),
                Union u => u.Terms.Any(t => Walk(t.Type)),
                Named n => n.TypeArgs.Any(Walk),
                _ => false,
            };
        }
        return Walk(t);
    }

    /// <summary>
    /// Infers the missing type arguments of a generic function from the given prefix targs and
    /// the call arguments; reports an error and returns null if that is impossible.
    /// </summary>
    private List<Type>? Infer(Pos pos, List<TypeParam> tparams, List<Type> targs, Tuple? pars, List<Operand>? args, string? callName = null, int renameCount = -1)
    {
        if (renameCount < 0) renameCount = tparams.Count;
        int n = tparams.Count;
        if (targs.Count == n && targs.All(t => t != null)) return targs;
        if (args != null && args.Any(a => a.Mode == OperandMode.Invalid)) return null;

        // In a call, inference errors are prefixed with the callee.
        void Report(Pos at, string msg) => ErrorAt(at, callName != null ? $"in call to {callName}, {msg}" : msg);
        void Error(Operand at, string msg) => Report(at.Pos, msg);

        // Parameters whose type arguments are given need no inference (and use assignability).
        if (pars != null && targs.Count > 0)
            pars = new Substitution(tparams.Take(targs.Count).ToList(), targs).Apply(pars);

        // Rename the type parameters so that a recursive call f(x) inside f[P], whose argument
        // has type P, does not confuse the P being inferred with the P of the argument.
        if (pars != null && renameCount > 0)
        {
            var own = tparams.Take(renameCount).ToList();
            var renamed = RenameTypeParams(own);
            var rename = new Substitution(own, renamed.Cast<Type>().ToList());
            pars = rename.Apply(pars);
            tparams = [.. renamed, .. tparams.Skip(renameCount)];
        }

        var u = new Unifier(tparams, targs);
        var untypedIdx = new List<int>();

        void MismatchError(Type tpar, Type targ, Operand arg)
        {
            var inferred = u.Inferred(tparams);
            if (inferred.All(t => t == null))
            {
                Error(arg, $"type {Ts(targ)} of {E(arg.Expr)} does not match {Ts(tpar)} (cannot infer {TypeParamsString(tparams)})");
                return;
            }
            var smap = new Substitution(tparams, inferred.Select((t, i) => t ?? tparams[i]).ToList());
            var inf = smap.Apply(tpar);
            if (!ReferenceEquals(inf, tpar))
                Error(arg, $"type {Ts(targ)} of {E(arg.Expr)} does not match inferred type {Ts(inf)} for {Ts(tpar)}");
            else
                Error(arg, $"type {Ts(targ)} of {E(arg.Expr)} does not match {Ts(tpar)}");
        }

        // 1. Typed arguments against parameterized parameter types.
        if (pars != null && args != null)
        {
            for (int i = 0; i < args.Count && i < pars.Count; i++)
            {
                var arg = args[i];
                if (arg.Mode == OperandMode.Invalid) return null;
                var par = pars[i];
                if (!IsParameterized(tparams, par.Type)) continue;
                // A generic function argument is instantiated once the parameter type is known.
                if (arg.Type is Signature { IsGeneric: true }) continue;
                if (Predicates.IsTyped(arg.Type))
                {
                    if (!u.Unify(par.Type, arg.Type, true))
                    {
                        MismatchError(par.Type, arg.Type, arg);
                        return null;
                    }
                }
                else if (par.Type is TypeParam tp && tparams.Contains(tp) && !arg.IsNil)
                {
                    untypedIdx.Add(i);
                }
            }
        }

        // 2. Core types of constraints.
        for (int round = 0; round < n + 1; round++)
        {
            bool changed = false;
            foreach (var tpar in tparams)
            {
                var tx = u.At(tpar);
                var (core, single) = CoreTerm(tpar);
                if (core == null) continue;
                if (tx != null)
                {
                    if (!u.Unify(tx, core.Type!, true))
                    {
                        Report(pos, $"{Ts(tpar)} (type {Ts(tx)}) does not satisfy {Ts(tpar.Constraint)}");
                        return null;
                    }
                }
                else if (single && !core.Tilde)
                {
                    u.Set(tpar, core.Type!);
                    changed = true;
                }
            }
            if (!changed) break;
        }

        // 3. Untyped constant arguments: the default type of the "largest" untyped kind.
        if (pars != null && args != null)
        {
            var maxUntyped = new Dictionary<TypeParam, Type>(ReferenceEqualityComparer.Instance);
            var order = new List<TypeParam>();
            foreach (var i in untypedIdx)
            {
                var tpar = (TypeParam)pars[i].Type;
                if (u.At(tpar) != null) continue;
                var arg = args[i];
                if (!maxUntyped.TryGetValue(tpar, out var max))
                {
                    maxUntyped[tpar] = arg.Type;
                    order.Add(tpar);
                    continue;
                }
                var m = MaxType(max, arg.Type);
                if (m == null)
                {
                    Error(arg, $"mismatched types {Ts(max)} and {Ts(arg.Type)} (cannot infer {Ts(tpar)})");
                    return null;
                }
                maxUntyped[tpar] = m;
            }
            foreach (var tpar in order) u.Set(tpar, Predicates.Default(maxUntyped[tpar]));
        }

        // 4. Resolve type arguments that refer to other type parameters.
        var inferredList = u.Inferred(tparams);
        for (int round = 0; round < n; round++)
        {
            var smap = new Substitution(tparams, inferredList.Select((t, i) => t ?? tparams[i]).ToList());
            bool changed = false;
            for (int i = 0; i < n; i++)
            {
                var t = inferredList[i];
                if (t == null || !IsParameterized(tparams, t)) continue;
                var nt = smap.Apply(t);
                if (!ReferenceEquals(nt, t)) { inferredList[i] = nt; changed = true; }
            }
            if (!changed) break;
        }

        for (int i = 0; i < n; i++)
        {
            var t = inferredList[i];
            if (t == null || IsParameterized(tparams, t))
            {
                var obj = tparams[i].Obj;
                Report(pos, $"cannot infer {obj.Name} (declared at {obj.Pos})");
                return null;
            }
        }
        return inferredList.Select(t => t!).ToList();
    }

    /// <summary>Fresh copies of type parameters (same names and positions), with constraints referring to the copies.</summary>
    private static List<TypeParam> RenameTypeParams(List<TypeParam> tparams)
    {
        var renamed = tparams.Select(tp => new TypeParam(new TypeName(tp.Obj.Name, null, tp.Obj.Pos, tp.Obj.Pkg), tp.Index, Universe.Invalid)).ToList();
        var rename = new Substitution(tparams, renamed.Cast<Type>().ToList());
        for (int i = 0; i < tparams.Count; i++) renamed[i].Constraint = rename.Apply(tparams[i].Constraint);
        return renamed;
    }

    private string TypeParamsString(List<TypeParam> list)
    {
        var names = list.Select(t => t.Obj.Name).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
        };
    }

    /// <summary>The single underlying term of a type parameter's constraint (if all its terms share it), and whether there is exactly one term.</summary>
    private static (Term? core, bool single) CoreTerm(TypeParam tpar)
    {
        int n = 0;
        Term? single = null;
        bool tilde = false;
        tpar.Iface.TypeSet.Is(t =>
        {
            if (t == null) return false;
            n++;
            single = t;
            if (t.Tilde) tilde = true;
            return true;
        });
        if (n == 1) return (single, true);
        var core = Predicates.CoreType(tpar);
        if (core != null) return (new Term(tilde, core), false);
        return (null, false);
    }

    /// <summary>Checks type arguments against their constraints; returns the index of the first failure and the cause.</summary>
    private (int, string?) Verify(List<TypeParam> tparams, List<Type> targs)
    {
        var smap = new Substitution(tparams, targs);
        for (int i = 0; i < tparams.Count && i < targs.Count; i++)
        {
            var bound = smap.Apply(tparams[i].Constraint);
            // A constraint that is not an interface ([T int]) stands for interface{ T }.
            if (bound.Underlying is not Interface && Predicates.IsValid(bound)) bound = new Interface([], [bound]) { Implicit = true };
            if (!Implements(targs[i], bound, true, out var cause)) return (i, cause);
        }
        return (-1, null);
    }

    private bool ValidateTArgLen(Pos pos, int want, int got, string name = "")
    {
        string qual;
        if (got < want) qual = "not enough";
        else if (got > want) qual = "too many";
        else return true;
        ErrorAt(pos, $"{qual} type arguments for type {name}: have {got}, want {want}");
        return false;
    }
}
