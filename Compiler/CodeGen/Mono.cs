using Minigo.Compiler.Types;
using Type = Minigo.Compiler.Types.Type;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// One instantiation of generic code: the substitution of its type parameters and a key
/// naming the type arguments. Generic functions are compiled once per instantiation
/// (monomorphised), so the VM only ever sees concrete types.
/// </summary>
internal sealed record Mono(Substitution Subst, string Key)
{
    public static Mono Of(IReadOnlyList<TypeParam> tparams, IReadOnlyList<Type> targs) =>
        new(new Substitution(tparams, targs), string.Join(",", targs.Select(t => TypeString.Of(t, p => p.Path))));

    public Type Apply(Type t) => Subst.Apply(t);
}
