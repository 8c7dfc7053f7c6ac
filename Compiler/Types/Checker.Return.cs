using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Terminating statements (go/types' return.go), for "missing return".
public sealed partial class Checker
{
    private bool IsTerminating(Stmt s, string label)
    {
        switch (s)
        {
            case LabeledStmt ls:
                return IsTerminating(ls.Stmt, ls.Label.Name);
            case ExprStmt es:
                return Unparen(es.X) is CallExpr call && env.IsPanic != null && env.IsPanic.Contains(call);
            case ReturnStmt:
                return true;
            case BranchStmt bs:
                return bs.Kind is BranchKind.Goto or BranchKind.Fallthrough;
            case BlockStmt b:
                return IsTerminatingList(b.Stmts, "");
            case IfStmt ifs:
                return ifs.Else != null && IsTerminating(ifs.Then, "") && IsTerminating(ifs.Else, "");
            case SwitchStmt sw:
                return IsTerminatingSwitch(sw.Clauses, label);
            case TypeSwitchStmt ts:
                return IsTerminatingSwitch(ts.Clauses, label);
            case SelectStmt sel:
                foreach (var cc in sel.Clauses)
                    if (!IsTerminatingList(cc.Body, "") || HasBreakList(cc.Body, label, true)) return false;
                return true;
            case ForStmt fs:
                return fs.Cond == null && !HasBreak(fs.Body, label, true);
        }
        return false;
    }

    private bool IsTerminatingList(List<Stmt> list, string label)
    {
        for (int i = list.Count - 1; i >= 0; i--)
            if (list[i] is not EmptyStmt) return IsTerminating(list[i], label);
        return false;
    }

    private bool IsTerminatingSwitch(List<CaseClause> body, string label)
    {
        bool hasDefault = false;
        foreach (var cc in body)
        {
            if (cc.List == null) hasDefault = true;
            if (!IsTerminatingList(cc.Body, "") || HasBreakList(cc.Body, label, true)) return false;
        }
        return hasDefault;
    }

    /// <summary>Whether s contains a break out of the statement labeled label (or, if implicit, an unlabeled break out of the enclosing statement).</summary>
    private static bool HasBreak(Stmt s, string label, bool implicitBreak)
    {
        switch (s)
        {
            case LabeledStmt ls:
                return HasBreak(ls.Stmt, label, implicitBreak);
            case BranchStmt bs:
                if (bs.Kind == BranchKind.Break)
                {
                    if (bs.Label == null) return implicitBreak;
                    if (bs.Label.Name == label) return true;
                }
                return false;
            case BlockStmt b:
                return HasBreakList(b.Stmts, label, implicitBreak);
            case IfStmt ifs:
                return HasBreak(ifs.Then, label, implicitBreak) || (ifs.Else != null && HasBreak(ifs.Else, label, implicitBreak));
            case SwitchStmt sw:
                return label != "" && sw.Clauses.Any(c => HasBreakList(c.Body, label, false));
            case TypeSwitchStmt ts:
                return label != "" && ts.Clauses.Any(c => HasBreakList(c.Body, label, false));
            case SelectStmt sel:
                return label != "" && sel.Clauses.Any(c => HasBreakList(c.Body, label, false));
            case ForStmt fs:
                return label != "" && HasBreak(fs.Body, label, false);
            case RangeStmt rs:
                return label != "" && HasBreak(rs.Body, label, false);
        }
        return false;
    }

    private static bool HasBreakList(List<Stmt> list, string label, bool implicitBreak) =>
        list.Any(s => HasBreak(s, label, implicitBreak));
}
