namespace Minigo.Compiler.Types;

/// <summary>An ordered list of variables: parameters, results, or the type of a multi-value expression. Never the type of a variable.</summary>
public sealed class Tuple(List<Var> vars) : Type
{
    public static readonly Tuple Empty = new([]);
    public List<Var> Vars { get; } = vars;
    public int Count => Vars.Count;
    public Var this[int i] => Vars[i];
}
