using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

public sealed partial class Checker
{
    internal const string InvalidArg = "invalid argument: ";
    internal const string InvalidOp = "invalid operation: ";

    /// <summary>Reports an error at pos (types2's err: follow-on errors mentioning invalid operands/types are dropped).</summary>
    internal void ErrorAt(Pos pos, string msg)
    {
        if (hasErrors)
        {
            int i = msg.IndexOf("invalid operand", StringComparison.Ordinal);
            int j = msg.IndexOf("invalid type", StringComparison.Ordinal);
            if (i > 0 || j > 0) return;
        }
        // Errors in an inherited constant initializer are reported at the constant's name.
        if (env.ErrPos != Pos.None) pos = env.ErrPos;
        hasErrors = true;
        diags.Error(pos, msg);
    }

    /// <summary>Reports an error at the start of node n (types2's atPos).</summary>
    internal void Error(Expr n, string msg) => ErrorAt(StartPos(n), msg);
    internal void Error(Operand x, string msg) => ErrorAt(x.Expr != null ? StartPos(x.Expr) : Pos.None, msg);

    /// <summary>The leftmost position of an expression (syntax.StartPos).</summary>
    internal static Pos StartPos(Expr e)
    {
        while (true)
        {
            switch (e)
            {
                case BinaryExpr b: e = b.X; continue;
                case CallExpr c: e = c.Fun; continue;
                case SelectorExpr s: e = s.X; continue;
                case IndexExpr ix: e = ix.X; continue;
                case SliceExpr sl: e = sl.X; continue;
                case TypeAssertExpr ta: e = ta.X; continue;
                case CompositeLit cl when cl.Type != null: e = cl.Type; continue;
            }
            return e.Pos;
        }
    }

    /// <summary>The position the syntax package assigns to a node itself (operators for binary expressions, '(' for calls).</summary>
    internal static Pos NodePos(Expr e) => e switch
    {
        BinaryExpr b => b.OpPos,
        CallExpr c => c.Lparen,
        _ => e.Pos,
    };

    /// <summary>Qualifies types of other packages by name; the checked package's own types are unqualified.</summary>
    internal string Qualifier(Package p)
    {
        if (ReferenceEquals(p, pkg)) return "";
        return p.Name;
    }

    /// <summary>A type as printed in error messages.</summary>
    internal string Ts(Type? t) => t == null ? "<nil>" : TypeString.Of(t, Qualifier);

    /// <summary>An operand as printed in error messages.</summary>
    internal string D(Operand x) => x.Describe(Qualifier);

    internal static string E(Expr? e) => ExprString.Of(e);

    internal string TList(List<Type> list) => TypeString.ListOf(list, Qualifier);
}
