namespace Minigo.Compiler.Types;

/// <summary>
/// A function or method type. Recv is set for methods (and is not part of the type's identity).
/// TypeParams are a generic function's type parameters; RecvTypeParams those a method of a
/// generic type declares through its receiver (`func (l *List[T]) Push(v T)`).
/// When Variadic, the last parameter's type is a Slice (or string for `append([]byte, string...)`).
/// </summary>
public sealed class Signature(Var? recv, List<TypeParam> typeParams, Tuple @params, Tuple results, bool variadic) : Type
{
    public Var? Recv { get; internal set; } = recv;
    public List<TypeParam> TypeParams { get; internal set; } = typeParams;
    public List<TypeParam> RecvTypeParams { get; internal set; } = [];
    public Tuple Params { get; internal set; } = @params;
    public Tuple Results { get; internal set; } = results;
    public bool Variadic { get; internal set; } = variadic;

    public bool IsGeneric => TypeParams.Count > 0;
}
