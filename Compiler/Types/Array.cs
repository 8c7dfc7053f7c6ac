namespace Minigo.Compiler.Types;

/// <summary>`[Len]Elem`; Len is -1 while unknown (an invalid length expression).</summary>
public sealed class Array(Type elem, long len) : Type
{
    public Type Elem { get; internal set; } = elem;
    public long Len { get; internal set; } = len;
}
