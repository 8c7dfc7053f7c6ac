namespace Minigo.Compiler.Types;

public sealed class Map(Type key, Type elem) : Type
{
    public Type Key { get; internal set; } = key;
    public Type Elem { get; internal set; } = elem;
}
