namespace Minigo.Compiler.Types;

public sealed class Slice(Type elem) : Type
{
    public Type Elem { get; internal set; } = elem;
}
