namespace Minigo.Compiler.Types;

public sealed class Pointer(Type elem) : Type
{
    public Type Elem { get; internal set; } = elem;
}
