using System.Text;
using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>Operand modes as in types2 (nil has its own mode there).</summary>
internal enum OperandMode
{
    Invalid, NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, NilValue, CommaOk, CommaErr,
}

/// <summary>An intermediate expression result during checking (go/types' operand).</summary>
internal sealed class Operand
{
    public OperandMode Mode;
    public Expr? Expr;
    public Type Type = Universe.Invalid;
    public ConstValue? Val;
    public BuiltinId Id;

    public Operand() { }

    public Operand(OperandMode mode, Expr? expr, Type type, ConstValue? val = null)
    {
        Mode = mode;
        Expr = expr;
        Type = type;
        Val = val;
    }

    public Operand Clone() => new(Mode, Expr, Type, Val) { Id = Id };

    public void CopyFrom(Operand o)
    {
        Mode = o.Mode; Expr = o.Expr; Type = o.Type; Val = o.Val; Id = o.Id;
    }

    public bool IsNil => Mode == OperandMode.NilValue;
    public bool IsInvalid => Mode == OperandMode.Invalid;

    public void Invalidate()
    {
        Mode = OperandMode.Invalid;
    }

    /// <summary>Start position of the operand's expression (where types2 reports errors about it).</summary>
    public Pos Pos => Expr != null ? Checker.StartPos(Expr) : Pos.None;

    private static readonly string[] modeString =
    [
        "invalid operand", "no value", "built-in", "type", "constant", "variable", "map index expression",
        "value", "nil", "comma, ok expression", "comma, error expression",
    ];

    /// <summary>types2's operandString: `x (variable of type int)`, `300 (untyped int constant)`, `nil`.</summary>
    public string Describe(Func<Package, string>? qf)
    {
        if (Mode == OperandMode.NilValue)
        {
            if (Type is Basic { Kind: BasicKind.UntypedNil }) return "nil";
            if (!Predicates.IsValid(Type)) return "nil (with invalid type)";
            return $"nil (of type {TypeString.Of(Type, qf)})";
        }
        var sb = new StringBuilder();
        string expr = "";
        if (Expr != null) expr = ExprString.Of(Expr);
        else
        {
            switch (Mode)
            {
                case OperandMode.Builtin: expr = Universe.BuiltinObj(Id).Name; break;
                case OperandMode.TypeExpr: expr = TypeString.Of(Type, qf); break;
                case OperandMode.Constant: expr = Val?.ToString() ?? ""; break;
            }
        }
        if (expr != "") sb.Append(expr).Append(" (");
        bool hasType = false;
        switch (Mode)
        {
            case OperandMode.Invalid or OperandMode.NoValue or OperandMode.Builtin or OperandMode.TypeExpr:
                break;
            default:
                if (Type is Basic b && b.IsUntyped)
                {
                    sb.Append(b.Name).Append(' ');
                    break;
                }
                hasType = true;
                break;
        }
        sb.Append(modeString[(int)Mode]);
        if (Mode == OperandMode.Constant && Val != null)
        {
            var s = Val.ToString();
            if (s != expr) sb.Append(' ').Append(s);
        }
        if (hasType)
        {
            if (Predicates.IsValid(Type))
            {
                sb.Append(Predicates.IsGeneric(Type) ? " of generic type " : " of type ");
                sb.Append(TypeString.Of(Type, qf));
                if (Type is TypeParam tp)
                {
                    sb.Append(" constrained by ").Append(TypeString.Of(tp.Constraint, qf));
                    if (tp.Iface.TypeSet.IsEmpty) sb.Append(" with empty type set");
                }
            }
            else sb.Append(" with invalid type");
        }
        if (expr != "") sb.Append(')');
        return sb.ToString();
    }
}
