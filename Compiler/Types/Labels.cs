using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Branch and label checks. go build does these in the syntax package (branches.go), not in
// types2, so the wording is the syntax package's. Targets are recorded in Info.BranchTargets.
public sealed partial class Checker
{
    private sealed class LabelInfo(BranchBlock parent, LabeledStmt lstmt)
    {
        public BranchBlock Parent { get; } = parent;
        public LabeledStmt LStmt { get; } = lstmt;
        public bool Used { get; set; }
    }

    private sealed class BranchBlock(BranchBlock? parent, Pos start, LabeledStmt? lstmt)
    {
        public BranchBlock? Parent { get; } = parent;
        public Pos Start { get; } = start;
        public LabeledStmt? LStmt { get; } = lstmt;
    }

    private readonly record struct Targets(Stmt? Breaks, Stmt? Continues, int CaseIndex);

    private readonly Dictionary<LabeledStmt, Label> labelObjs = new(ReferenceEqualityComparer.Instance);

    private sealed class LabelScope
    {
        public Dictionary<string, LabelInfo> Labels { get; } = [];
    }

    private void CheckBranches(BlockStmt body)
    {
        var ls = new LabelScope();
        var fwdGotos = BlockBranches(ls, null, new Targets(null, null, -1), null, body.Pos, body.Stmts);
        foreach (var fwd in fwdGotos)
        {
            var name = fwd.Label!.Name;
            if (ls.Labels.TryGetValue(name, out var l))
            {
                l.Used = true;
                ErrorAt(fwd.Label.Pos, $"goto {name} jumps into block starting at {l.Parent.Start}");
            }
            else ErrorAt(fwd.Label.Pos, $"label {name} not defined");
        }
        foreach (var l in ls.Labels.Values)
            if (!l.Used) ErrorAt(l.LStmt.Label.Pos, $"label {l.LStmt.Label.Name} defined and not used");
    }

    private LabelInfo DeclareLabel(LabelScope ls, BranchBlock b, LabeledStmt s)
    {
        var name = s.Label.Name;
        if (ls.Labels.TryGetValue(name, out var alt))
        {
            ErrorAt(s.Label.Pos, $"label {name} already defined at {alt.LStmt.Label.Pos}");
            return alt;
        }
        var l = new LabelInfo(b, s);
        ls.Labels[name] = l;
        var obj = new Label(name, s.Label.Pos, pkg);
        labelObjs[s] = obj;
        RecordDef(s.Label, obj);
        return l;
    }

    private static LabeledStmt? GotoTarget(LabelScope ls, BranchBlock? b, string name)
    {
        if (ls.Labels.TryGetValue(name, out var l))
        {
            l.Used = true;
            for (; b != null; b = b.Parent)
                if (ReferenceEquals(l.Parent, b)) return l.LStmt;
        }
        return null;
    }

    private static readonly LabeledStmt InvalidTarget = new(Pos.None, new Ident(Pos.None, "_"), new EmptyStmt(Pos.None));

    private static LabeledStmt? EnclosingTarget(LabelScope ls, BranchBlock? b, string name)
    {
        if (ls.Labels.TryGetValue(name, out var l))
        {
            l.Used = true;
            for (; b != null; b = b.Parent)
                if (ReferenceEquals(l.LStmt, b.LStmt)) return l.LStmt;
            return InvalidTarget;
        }
        return null;
    }

    private List<BranchStmt> BlockBranches(LabelScope ls, BranchBlock? parent, Targets ctxt, LabeledStmt? lstmt, Pos start, List<Stmt> body)
    {
        var b = new BranchBlock(parent, start, lstmt);
        Pos varPos = Pos.None;
        string varName = "";
        var fwdGotos = new List<BranchStmt>();
        var badGotos = new List<BranchStmt>();

        void RecordVarDecl(Pos pos, string name)
        {
            varPos = pos;
            varName = name;
            badGotos.Clear();
            badGotos.AddRange(fwdGotos);
        }

        bool JumpsOverVarDecl(BranchStmt fwd) => varPos != Pos.None && badGotos.Contains(fwd);

        void InnerBlock(Targets c, Pos st, List<Stmt> stmts) => fwdGotos.AddRange(BlockBranches(ls, b, c, lstmt, st, stmts));

        var stmtList = TrimTrailingEmptyStmts(body);
        for (int stmtIndex = 0; stmtIndex < stmtList.Count; stmtIndex++)
        {
            var stmt = stmtList[stmtIndex];
            lstmt = null;
            while (stmt is LabeledStmt ls2)
            {
                if (ls2.Label.Name != "_")
                {
                    var l = DeclareLabel(ls, b, ls2);
                    var remaining = new List<BranchStmt>();
                    foreach (var fwd in fwdGotos)
                    {
                        if (fwd.Label!.Name == ls2.Label.Name)
                        {
                            info.BranchTargets[fwd] = ls2;
                            RecordUse(fwd.Label, labelObjs[ls2]);
                            l.Used = true;
                            if (JumpsOverVarDecl(fwd))
                                ErrorAt(fwd.Label.Pos, $"goto {ls2.Label.Name} jumps over declaration of {varName} at {varPos}");
                        }
                        else remaining.Add(fwd);
                    }
                    fwdGotos = remaining;
                    lstmt = ls2;
                }
                stmt = ls2.Stmt;
            }

            switch (stmt)
            {
                case DeclStmt { Decl.Kind: DeclKind.Var } ds:
                    if (ds.Decl.Specs.FirstOrDefault() is ValueSpec vs && vs.Names.Count > 0)
                        RecordVarDecl(vs.Names[0].Pos, vs.Names[0].Name);
                    break;
                case BranchStmt s:
                    BranchCheck(ls, b, ctxt, s, stmtIndex, stmtList.Count, fwdGotos);
                    break;
                case AssignStmt { Op: AssignOp.Define } a:
                    RecordVarDecl(a.OpPos, string.Join(", ", a.Lhs.Select(E)));
                    break;
                case BlockStmt s:
                    InnerBlock(ctxt with { CaseIndex = -1 }, s.Pos, s.Stmts);
                    break;
                case IfStmt s:
                    {
                        var inner = ctxt with { CaseIndex = -1 };
                        InnerBlock(inner, s.Then.Pos, s.Then.Stmts);
                        if (s.Else != null) InnerBlock(inner, s.Else.Pos, [s.Else]);
                        break;
                    }
                case ForStmt s:
                    InnerBlock(new Targets(s, s, -1), s.Body.Pos, s.Body.Stmts);
                    break;
                case RangeStmt s:
                    InnerBlock(new Targets(s, s, -1), s.Body.Pos, s.Body.Stmts);
                    break;
                case SwitchStmt s:
                    for (int i = 0; i < s.Clauses.Count; i++)
                        InnerBlock(new Targets(s, ctxt.Continues, i), s.Clauses[i].Pos, s.Clauses[i].Body);
                    break;
                case TypeSwitchStmt s:
                    for (int i = 0; i < s.Clauses.Count; i++)
                        InnerBlock(new Targets(s, ctxt.Continues, i), s.Clauses[i].Pos, s.Clauses[i].Body);
                    break;
                case SelectStmt s:
                    foreach (var cc in s.Clauses)
                        InnerBlock(new Targets(s, ctxt.Continues, -1), cc.Pos, cc.Body);
                    break;
            }
        }
        return fwdGotos;
    }

    private void BranchCheck(LabelScope ls, BranchBlock b, Targets ctxt, BranchStmt s, int stmtIndex, int stmtCount, List<BranchStmt> fwdGotos)
    {
        if (s.Label == null)
        {
            switch (s.Kind)
            {
                case BranchKind.Break:
                    if (ctxt.Breaks != null) info.BranchTargets[s] = ctxt.Breaks;
                    else ErrorAt(s.Pos, "break is not in a loop, switch, or select");
                    break;
                case BranchKind.Continue:
                    if (ctxt.Continues != null) info.BranchTargets[s] = ctxt.Continues;
                    else ErrorAt(s.Pos, "continue is not in a loop");
                    break;
                case BranchKind.Fallthrough:
                    {
                        var msg = "fallthrough statement out of place";
                        if (ctxt.Breaks is TypeSwitchStmt) msg = "cannot fallthrough in type switch";
                        else if (ctxt.Breaks is SwitchStmt sw)
                        {
                            if (ctxt.CaseIndex < 0 || stmtIndex + 1 < stmtCount) { }
                            else if (ctxt.CaseIndex + 1 == sw.Clauses.Count) msg = "cannot fallthrough final case in switch";
                            else return;
                        }
                        ErrorAt(s.Pos, msg);
                        break;
                    }
                case BranchKind.Goto:
                    ErrorAt(s.Pos, "syntax error: missing label after goto");
                    break;
            }
            return;
        }
        var name = s.Label.Name;
        switch (s.Kind)
        {
            case BranchKind.Break:
                {
                    var t = EnclosingTarget(ls, b, name);
                    if (t != null && labelObjs.TryGetValue(t, out var lb)) RecordUse(s.Label, lb);
                    if (t == null) ErrorAt(s.Label.Pos, $"break label not defined: {name}");
                    else if (t.Stmt is SwitchStmt or TypeSwitchStmt or SelectStmt or ForStmt or RangeStmt) info.BranchTargets[s] = t.Stmt;
                    else ErrorAt(s.Label.Pos, $"invalid break label {name}");
                    break;
                }
            case BranchKind.Continue:
                {
                    var t = EnclosingTarget(ls, b, name);
                    if (t != null && labelObjs.TryGetValue(t, out var lc)) RecordUse(s.Label, lc);
                    if (t == null) ErrorAt(s.Label.Pos, $"continue label not defined: {name}");
                    else if (t.Stmt is ForStmt or RangeStmt) info.BranchTargets[s] = t.Stmt;
                    else ErrorAt(s.Label.Pos, $"invalid continue label {name}");
                    break;
                }
            case BranchKind.Goto:
                {
                    var t = GotoTarget(ls, b, name);
                    if (t != null)
                    {
                        info.BranchTargets[s] = t;
                        RecordUse(s.Label, labelObjs[t]);
                    }
                    else fwdGotos.Add(s);
                    break;
                }
            case BranchKind.Fallthrough:
                ErrorAt(s.Pos, "fallthrough statement out of place");
                break;
        }
    }
}
