using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>A channel type; Dir uses the AST's ChanDir (Both, Send, Recv).</summary>
public sealed class Chan(ChanDir dir, Type elem) : Type
{
    public ChanDir Dir { get; } = dir;
    public Type Elem { get; internal set; } = elem;
}
