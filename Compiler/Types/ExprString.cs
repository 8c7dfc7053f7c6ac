using System.Text;
using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>Prints expressions as the syntax package's short form does in types2 messages: `x + y`, `f(a, b)`, `T{…}`, `func() {…}`.</summary>
public static class ExprString
{
    public static string Of(Expr? e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    private static string OpText(Op op) => op switch
    {
        Op.LogOr => "||", Op.LogAnd => "&&",
        Op.Eql => "==", Op.Neq => "!=", Op.Lss => "<", Op.Leq => "<=", Op.Gtr => ">", Op.Geq => ">=",
        Op.Add => "+", Op.Sub => "-", Op.Or => "|", Op.Xor => "^",
        Op.Mul => "*", Op.Quo => "/", Op.Rem => "%", Op.Shl => "<<", Op.Shr => ">>", Op.And => "&", Op.AndNot => "&^",
        Op.Not => "!", Op.Arrow => "<-", Op.Tilde => "~",
        _ => "?",
    };

    public static string OpString(Op op) => OpText(op);

    private static void Write(StringBuilder sb, Expr? e)
    {
        switch (e)
        {
            case null:
                break;
            case Ident id:
                sb.Append(id.Name);
                break;
            case BasicLit lit:
                sb.Append(lit.Text);
                break;
            case FuncLit fl:
                Write(sb, fl.Type);
                sb.Append(' ').Append(fl.Body.Stmts.Count > 0 ? "{…}" : "{}");
                break;
            case CompositeLit cl:
                Write(sb, cl.Type);
                sb.Append(cl.Elements.Count > 0 ? "{…}" : "{}");
                break;
            case ParenExpr p:
                sb.Append('(');
                Write(sb, p.X);
                sb.Append(')');
                break;
            case SelectorExpr s:
                Write(sb, s.X);
                sb.Append('.').Append(s.Sel.Name);
                break;
            case IndexExpr ix:
                Write(sb, ix.X);
                sb.Append('[');
                List(sb, ix.Indices);
                sb.Append(']');
                break;
            case SliceExpr sl:
                Write(sb, sl.X);
                sb.Append('[');
                Write(sb, sl.Lo);
                sb.Append(':');
                Write(sb, sl.Hi);
                if (sl.Max != null) { sb.Append(':'); Write(sb, sl.Max); }
                sb.Append(']');
                break;
            case TypeAssertExpr ta:
                Write(sb, ta.X);
                sb.Append(".(");
                if (ta.Type == null) sb.Append("type"); else Write(sb, ta.Type);
                sb.Append(')');
                break;
            case CallExpr c:
                Write(sb, c.Fun);
                sb.Append('(');
                List(sb, c.Args);
                if (c.HasEllipsis) sb.Append("...");
                sb.Append(')');
                break;
            case StarExpr st:
                sb.Append('*');
                Write(sb, st.X);
                break;
            case UnaryExpr u:
                sb.Append(u.Op == Op.Xor ? "^" : u.Op == Op.Sub ? "-" : u.Op == Op.Add ? "+" : u.Op == Op.And ? "&" : OpText(u.Op));
                Write(sb, u.X);
                break;
            case BinaryExpr b:
                Write(sb, b.X);
                sb.Append(' ').Append(OpText(b.Op)).Append(' ');
                Write(sb, b.Y);
                break;
            case EllipsisLen:
                sb.Append("...");
                break;
            case ArrayTypeExpr at:
                sb.Append('[');
                Write(sb, at.Len);
                sb.Append(']');
                Write(sb, at.Elem);
                break;
            case MapTypeExpr mt:
                sb.Append("map[");
                Write(sb, mt.Key);
                sb.Append(']');
                Write(sb, mt.Value);
                break;
            case ChanTypeExpr ct:
                if (ct.Dir == ChanDir.Recv) sb.Append("<-");
                sb.Append("chan");
                if (ct.Dir == ChanDir.Send) sb.Append("<-");
                sb.Append(' ');
                if (ct.Dir == ChanDir.Both && ct.Elem is ChanTypeExpr { Dir: ChanDir.Recv })
                {
                    sb.Append('(');
                    Write(sb, ct.Elem);
                    sb.Append(')');
                }
                else Write(sb, ct.Elem);
                break;
            case EllipsisType et:
                sb.Append("...");
                Write(sb, et.Elem);
                break;
            case FuncTypeExpr ft:
                sb.Append("func");
                Signature(sb, ft);
                break;
            case StructTypeExpr st2:
                sb.Append("struct{");
                for (int i = 0; i < st2.Fields.Count; i++)
                {
                    if (i > 0) sb.Append("; ");
                    Field(sb, st2.Fields[i]);
                    if (st2.Fields[i].Tag is { } tag) sb.Append(' ').Append(ConstValue.GoQuote(tag));
                }
                sb.Append('}');
                break;
            case InterfaceTypeExpr it:
                {
                    sb.Append("interface{");
                    bool first = true;
                    foreach (var m in it.Methods)
                    {
                        if (!first) sb.Append("; ");
                        first = false;
                        if (m.Names.Count > 0)
                        {
                            sb.Append(m.Names[0].Name);
                            if (m.Type is FuncTypeExpr mft) Signature(sb, mft);
                        }
                        else Write(sb, m.Type);
                    }
                    foreach (var emb in it.Embeds)
                    {
                        if (!first) sb.Append("; ");
                        first = false;
                        Write(sb, emb);
                    }
                    sb.Append('}');
                    break;
                }
            case UnionExpr un:
                for (int i = 0; i < un.Terms.Count; i++)
                {
                    if (i > 0) sb.Append(" | ");
                    if (un.Terms[i].Tilde) sb.Append('~');
                    Write(sb, un.Terms[i].Type);
                }
                break;
            default:
                sb.Append(e.GetType().Name);
                break;
        }
    }

    private static void List(StringBuilder sb, List<Expr> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, list[i]);
        }
    }

    private static void Field(StringBuilder sb, Field f)
    {
        for (int i = 0; i < f.Names.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(f.Names[i].Name);
        }
        if (f.Names.Count > 0) sb.Append(' ');
        Write(sb, f.Type);
    }

    private static void Params(StringBuilder sb, List<Field> list)
    {
        sb.Append('(');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Field(sb, list[i]);
        }
        sb.Append(')');
    }

    private static void Signature(StringBuilder sb, FuncTypeExpr ft)
    {
        if (ft.TypeParams.Count > 0)
        {
            sb.Append('[');
            for (int i = 0; i < ft.TypeParams.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Field(sb, ft.TypeParams[i]);
            }
            sb.Append(']');
        }
        Params(sb, ft.Params);
        if (ft.Results.Count == 0) return;
        sb.Append(' ');
        if (ft.Results.Count == 1 && ft.Results[0].Names.Count == 0) Write(sb, ft.Results[0].Type);
        else Params(sb, ft.Results);
    }
}
