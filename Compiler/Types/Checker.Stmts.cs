using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Statements and function bodies (go/types' stmt.go).
public sealed partial class Checker
{
    [Flags]
    private enum StmtContext { None = 0, BreakOk = 1, ContinueOk = 2, FallthroughOk = 4, FinalSwitchCase = 8, InTypeSwitch = 16 }

    // Function literals enclosing the code being checked, innermost last (for closure captures).
    private readonly List<(FuncLit lit, Scope scope)> funcLits = [];

    private void FuncBody(DeclInfo? decl, string name, Signature sig, BlockStmt body, ConstValue? iota, FuncTypeExpr ftype, FuncLit? lit = null)
    {
        var scope = info.Scopes[ftype];
        scope.Pos = body.Pos;
        scope.End = body.Rbrace;
        var saved = env;
        env = new Env { Decl = decl, Scope = scope, Iota = iota, Sig = sig };
        if (lit != null) funcLits.Add((lit, scope));
        try
        {
            StmtList(StmtContext.None, body.Stmts);
            CheckBranches(body);
            if (sig.Results.Count > 0 && !IsTerminating(body, ""))
                ErrorAt(body.Rbrace, "missing return");
            Usage(scope);
        }
        finally
        {
            if (lit != null) funcLits.RemoveAt(funcLits.Count - 1);
            env = saved;
        }
    }

    /// <summary>Reports unused variables declared in scope and its nested (non-function) scopes, in source order.</summary>
    private void Usage(Scope scope)
    {
        var unused = scope.Objects.OfType<Var>().Where(v => !v.Used && v.Name != "_").OrderBy(v => v.Pos.Line).ThenBy(v => v.Pos.Col);
        foreach (var v in unused) ErrorAt(v.Pos, $"declared and not used: {v.Name}");
        foreach (var child in scope.Children)
            if (!child.IsFunc) Usage(child);
    }

    /// <summary>Records a use of a local variable of an enclosing function from within function literals.</summary>
    private void NoteCapture(Var v, Scope? declScope)
    {
        if (funcLits.Count == 0 || declScope == null || v.IsField) return;
        if (declScope.IsPackage || declScope.Comment is "universe" or "file") return;
        for (int i = funcLits.Count - 1; i >= 0; i--)
        {
            var (lit, litScope) = funcLits[i];
            if (IsInside(declScope, litScope)) return;
            var list = info.Captures[lit];
            if (!list.Contains(v)) list.Add(v);
        }
    }

    private static bool IsInside(Scope s, Scope outer)
    {
        for (var p = s; p != null; p = p.Parent)
            if (ReferenceEquals(p, outer)) return true;
        return false;
    }

    /// <summary>Marks the variable whose storage the addressable expression e denotes as address-taken.</summary>
    private void MarkAddressTaken(Expr e)
    {
        while (true)
        {
            switch (e)
            {
                case ParenExpr p:
                    e = p.X;
                    continue;
                case Ident id:
                    if (info.Uses.TryGetValue(id, out var o) && o is Var v) info.AddressTaken.Add(v);
                    return;
                case SelectorExpr s:
                    if (info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal && !sel.Indirect && sel.Recv is not Pointer)
                    {
                        e = s.X;
                        continue;
                    }
                    return;
                case IndexExpr ix:
                    if (info.Types.TryGetValue(ix.X, out var tv) && tv.Type.Underlying is Array)
                    {
                        e = ix.X;
                        continue;
                    }
                    return;
                default:
                    return;
            }
        }
    }

    private void SimpleStmt(Stmt? s)
    {
        if (s != null) StmtCheck(StmtContext.None, s);
    }

    private static List<Stmt> TrimTrailingEmptyStmts(List<Stmt> list)
    {
        int n = list.Count;
        while (n > 0 && list[n - 1] is EmptyStmt) n--;
        return n == list.Count ? list : list.GetRange(0, n);
    }

    private void StmtList(StmtContext ctxt, List<Stmt> list)
    {
        bool ok = (ctxt & StmtContext.FallthroughOk) != 0;
        var inner = ctxt & ~StmtContext.FallthroughOk;
        list = TrimTrailingEmptyStmts(list);
        for (int i = 0; i < list.Count; i++)
        {
            var inn = inner;
            if (ok && i + 1 == list.Count) inn |= StmtContext.FallthroughOk;
            StmtCheck(inn, list[i]);
        }
    }

    private void MultipleDefaults(IEnumerable<(Pos pos, bool isDefault)> clauses)
    {
        Pos? first = null;
        foreach (var (pos, isDefault) in clauses)
        {
            if (!isDefault) continue;
            if (first != null) ErrorAt(pos, $"multiple defaults (first at {first})");
            else first = pos;
        }
    }

    private void SuspendedCall(string keyword, Expr call)
    {
        if (Unparen(call) is not CallExpr)
        {
            ErrorAt(NodePos(call), $"expression in {keyword} must be function call");
            Use(call);
            return;
        }
        if (call is ParenExpr)
        {
            Error(call, $"expression in {keyword} must not be parenthesized");
        }
        var x = new Operand();
        string msg;
        switch (RawExpr(x, call, null, false))
        {
            case ExprKind.Conversion: msg = "requires function call, not conversion"; break;
            case ExprKind.Expression: msg = "discards result of"; break;
            default: return;
        }
        Error(x, $"{keyword} {msg} {D(x)}");
    }

    private void StmtCheck(StmtContext ctxt, Stmt s)
    {
        var inner = ctxt & ~(StmtContext.FallthroughOk | StmtContext.FinalSwitchCase | StmtContext.InTypeSwitch);
        switch (s)
        {
            case EmptyStmt or BadStmt:
                break;
            case DeclStmt ds:
                DeclStmt(ds.Decl);
                break;
            case LabeledStmt ls:
                env.HasLabel = true;
                StmtCheck(ctxt, ls.Stmt);
                break;
            case ExprStmt es:
                {
                    var x = new Operand();
                    var kind = RawExpr(x, es.X, null, false);
                    string msg;
                    switch (x.Mode)
                    {
                        case OperandMode.Builtin: msg = "must be called"; break;
                        case OperandMode.TypeExpr: msg = "is not an expression"; break;
                        default:
                            if (kind == ExprKind.Statement) return;
                            msg = "is not used";
                            break;
                    }
                    Error(x, $"{D(x)} {msg}");
                    break;
                }
            case SendStmt ss:
                {
                    var ch = new Operand();
                    var val = new Operand();
                    Expr(ch, ss.Chan);
                    Expr(val, ss.Value);
                    if (ch.Mode == OperandMode.Invalid || val.Mode == OperandMode.Invalid) return;
                    var u = Predicates.CoreType(ch.Type);
                    if (u == null)
                    {
                        Error(ss.Chan, $"{InvalidOp}cannot send to {D(ch)}: no core type");
                        return;
                    }
                    if (u is not Chan uch)
                    {
                        Error(ss.Chan, $"{InvalidOp}cannot send to non-channel {D(ch)}");
                        return;
                    }
                    if (uch.Dir == ChanDir.Recv)
                    {
                        Error(ss.Chan, $"{InvalidOp}cannot send to receive-only channel {D(ch)}");
                        return;
                    }
                    Assignment(val, uch.Elem, "send");
                    break;
                }
            case IncDecStmt ids:
                {
                    var x = new Operand();
                    Expr(x, ids.X);
                    if (x.Mode == OperandMode.Invalid) return;
                    var op = ids.Inc ? "++" : "--";
                    if (!Predicates.AllNumeric(x.Type))
                    {
                        Error(ids.X, $"{InvalidOp}{E(ids.X)}{op} (non-numeric type {Ts(x.Type)})");
                        return;
                    }
                    AssignVar(ids.X, null, x, "assignment");
                    break;
                }
            case AssignStmt a:
                AssignStmtCheck(a);
                break;
            case GoStmt gs:
                SuspendedCall("go", gs.Call);
                break;
            case DeferStmt dfs:
                SuspendedCall("defer", dfs.Call);
                break;
            case ReturnStmt rs:
                {
                    var res = env.Sig!.Results;
                    if (rs.Results.Count == 0 && res.Count > 0 && res[0].Name != "")
                    {
                        foreach (var obj in res.Vars)
                        {
                            var alt = LookupName(obj.Name);
                            if (alt != null && !ReferenceEquals(alt, obj))
                                ErrorAt(rs.Pos, $"result parameter {obj.Name} not in scope at return\n\t{alt.Pos}: inner declaration of {ObjectString.Of(alt, Qualifier)}");
                        }
                    }
                    else if (rs.Results.Count > 0 || res.Count > 0)
                    {
                        InitVars(res.Vars, rs.Results, rs);
                    }
                    break;
                }
            case BranchStmt bs:
                if (bs.Label != null) env.HasLabel = true;
                break;
            case BlockStmt b:
                {
                    var savedScope = env.Scope;
                    OpenScope(b, "block");
                    try { StmtList(inner, b.Stmts); }
                    finally { env.Scope = savedScope; }
                    break;
                }
            case IfStmt ifs:
                {
                    var savedScope = env.Scope;
                    OpenScope(ifs, "if");
                    try
                    {
                        SimpleStmt(ifs.Init);
                        var x = new Operand();
                        Expr(x, ifs.Cond);
                        if (x.Mode != OperandMode.Invalid && !Predicates.AllBoolean(x.Type))
                            Error(ifs.Cond, "non-boolean condition in if statement");
                        StmtCheck(inner, ifs.Then);
                        if (ifs.Else != null) StmtCheck(inner, ifs.Else);
                    }
                    finally { env.Scope = savedScope; }
                    break;
                }
            case SwitchStmt sw:
                {
                    inner |= StmtContext.BreakOk;
                    var savedScope = env.Scope;
                    OpenScope(sw, "switch");
                    try
                    {
                        SimpleStmt(sw.Init);
                        SwitchStmtCheck(inner, sw);
                    }
                    finally { env.Scope = savedScope; }
                    break;
                }
            case TypeSwitchStmt ts:
                {
                    inner |= StmtContext.BreakOk;
                    var savedScope = env.Scope;
                    OpenScope(ts, "switch");
                    try
                    {
                        SimpleStmt(ts.Init);
                        TypeSwitchStmtCheck(inner | StmtContext.InTypeSwitch, ts);
                    }
                    finally { env.Scope = savedScope; }
                    break;
                }
            case SelectStmt sel:
                SelectStmtCheck(inner | StmtContext.BreakOk, sel);
                break;
            case ForStmt fs:
                {
                    inner |= StmtContext.BreakOk | StmtContext.ContinueOk;
                    var savedScope = env.Scope;
                    OpenScope(fs, "for");
                    try
                    {
                        SimpleStmt(fs.Init);
                        if (fs.Cond != null)
                        {
                            var x = new Operand();
                            Expr(x, fs.Cond);
                            if (x.Mode != OperandMode.Invalid && !Predicates.AllBoolean(x.Type))
                                Error(fs.Cond, "non-boolean condition in for statement");
                        }
                        SimpleStmt(fs.Post);
                        if (fs.Post is AssignStmt { Op: AssignOp.Define } pa)
                        {
                            ErrorAt(pa.OpPos, "syntax error: cannot declare in post statement of for loop");
                            UseLHS(pa.Lhs);
                        }
                        StmtCheck(inner, fs.Body);
                    }
                    finally { env.Scope = savedScope; }
                    break;
                }
            case RangeStmt r:
                RangeStmtCheck(inner | StmtContext.BreakOk | StmtContext.ContinueOk, r);
                break;
            case CaseClause or CommClause:
                ErrorAt(s.Pos, "invalid statement");
                break;
            default:
                ErrorAt(s.Pos, $"minigo: statement {s.GetType().Name} is not supported yet");
                break;
        }
    }

    private static string AssignOpText(AssignOp op) => op switch
    {
        AssignOp.Add => "+", AssignOp.Sub => "-", AssignOp.Mul => "*", AssignOp.Quo => "/", AssignOp.Rem => "%",
        AssignOp.And => "&", AssignOp.Or => "|", AssignOp.Xor => "^", AssignOp.Shl => "<<", AssignOp.Shr => ">>",
        AssignOp.AndNot => "&^", _ => "",
    };

    private static Op BinaryOpOf(AssignOp op) => op switch
    {
        AssignOp.Add => Op.Add, AssignOp.Sub => Op.Sub, AssignOp.Mul => Op.Mul, AssignOp.Quo => Op.Quo, AssignOp.Rem => Op.Rem,
        AssignOp.And => Op.And, AssignOp.Or => Op.Or, AssignOp.Xor => Op.Xor, AssignOp.Shl => Op.Shl, AssignOp.Shr => Op.Shr,
        AssignOp.AndNot => Op.AndNot, _ => Op.None,
    };

    private void AssignStmtCheck(AssignStmt s)
    {
        switch (s.Op)
        {
            case AssignOp.Assign:
                AssignVars(s.Lhs, s.Rhs);
                return;
            case AssignOp.Define:
                ShortVarDecl(s.OpPos, s.Lhs, s.Rhs);
                return;
        }
        if (s.Lhs.Count != 1 || s.Rhs.Count != 1)
        {
            Error(s.Lhs[0], $"assignment operation {AssignOpText(s.Op)}= requires single-valued expressions");
            return;
        }
        var x = new Operand();
        Binary(x, null, s.Lhs[0], s.Rhs[0], BinaryOpOf(s.Op), s.OpPos);
        AssignVar(s.Lhs[0], null, x, "assignment operation");
    }

    // ---------------- switch statements ----------------

    private void SwitchStmtCheck(StmtContext inner, SwitchStmt s)
    {
        var x = new Operand();
        if (s.Tag != null)
        {
            Expr(x, s.Tag);
            Assignment(x, null, "switch expression");
            if (x.Mode != OperandMode.Invalid && !Predicates.Comparable(x.Type) && !Predicates.HasNil(x.Type))
            {
                Error(x, $"cannot switch on {D(x)} ({Ts(x.Type)} is not comparable)");
                x.Mode = OperandMode.Invalid;
            }
        }
        else
        {
            x.Mode = OperandMode.Constant;
            x.Type = Universe.Bool;
            x.Val = ConstValue.True;
            var pos = s.Clauses.Count > 0 ? s.Clauses[0].Pos : s.Rbrace;
            x.Expr = new Ident(pos, "true");
        }
        MultipleDefaults(s.Clauses.Select(c => (c.Pos, c.List == null)));
        var seen = new Dictionary<string, List<(Pos pos, Type typ)>>();
        for (int i = 0; i < s.Clauses.Count; i++)
        {
            var clause = s.Clauses[i];
            var inn = inner;
            if (i + 1 < s.Clauses.Count) inn |= StmtContext.FallthroughOk;
            else inn |= StmtContext.FinalSwitchCase;
            CaseValues(x, clause.List ?? [], seen);
            var savedScope = env.Scope;
            OpenScope(clause, "case");
            try { StmtList(inn, clause.Body); }
            finally { env.Scope = savedScope; }
        }
    }

    private void CaseValues(Operand x, List<Expr> values, Dictionary<string, List<(Pos pos, Type typ)>> seen)
    {
        foreach (var e in values)
        {
            var v = new Operand();
            Expr(v, e);
            if (x.Mode == OperandMode.Invalid || v.Mode == OperandMode.Invalid) continue;
            ConvertUntyped(v, x.Type);
            if (v.Mode == OperandMode.Invalid) continue;
            var res = v.Clone();
            Comparison(res, x, Op.Eql, true);
            if (res.Mode == OperandMode.Invalid) continue;
            // Like go/types, only integer, float and string constants are checked for duplicates.
            if (v.Mode != OperandMode.Constant || v.Val!.Kind is not (ConstKind.Int or ConstKind.Float or ConstKind.String)) continue;
            var key = KeyVal(v.Val!);
            if (!seen.TryGetValue(key, out var list)) seen[key] = list = [];
            bool dup = false;
            foreach (var (pos, typ) in list)
            {
                if (Predicates.Identical(v.Type, typ))
                {
                    Error(v, $"duplicate case {D(v)} in expression switch\n\t{pos}: previous case");
                    dup = true;
                    break;
                }
            }
            if (!dup) list.Add((v.Pos, v.Type));
        }
    }

    private bool IsNilExpr(Expr e) => Unparen(e) is Ident id && LookupName(id.Name) is Nil;

    /// <summary>Checks the types of a type switch case; returns the single case type (null for nil or on error).</summary>
    private Type? CaseTypes(Operand? x, List<Expr> types, List<(Type? t, Expr e)> seen)
    {
        Type? T = null;
        foreach (var e in types)
        {
            if (IsNilExpr(e))
            {
                T = null;
                var dummy = new Operand();
                Expr(dummy, e);
            }
            else
            {
                T = VarType(e);
                if (T == Universe.Invalid) continue;
            }
            bool dup = false;
            foreach (var (t, other) in seen)
            {
                if ((T == null && t == null) || (T != null && t != null && Predicates.Identical(T, t)))
                {
                    var tsName = T == null ? "nil" : Ts(T);
                    Error(e, $"duplicate case {tsName} in type switch\n\t{StartPos(other)}: previous case");
                    dup = true;
                    break;
                }
            }
            if (dup) continue;
            seen.Add((T, e));
            if (x != null && T != null) TypeAssertion(e, x, T, true);
        }
        return T;
    }

    private void TypeSwitchStmtCheck(StmtContext inner, TypeSwitchStmt s)
    {
        var lhs = s.Binding;
        if (lhs != null && lhs.Name == "_")
        {
            Error(lhs, "no new variable on left side of :=");
            lhs = null;
        }

        var x = new Operand();
        Expr(x, s.X);
        if (x.Mode == OperandMode.Invalid) return;
        Operand? sx = null;
        if (x.Type is TypeParam) Error(x, $"cannot use type switch on type parameter value {D(x)}");
        else if (Predicates.IsInterface(x.Type)) sx = x;
        else Error(x, $"{D(x)} is not an interface");

        MultipleDefaults(s.Clauses.Select(c => (c.Pos, c.List == null)));
        var lhsVars = new List<Var>();
        var seen = new List<(Type?, Expr)>();
        foreach (var clause in s.Clauses)
        {
            var cases = clause.List ?? [];
            var T = CaseTypes(sx, cases, seen);
            var savedScope = env.Scope;
            OpenScope(clause, "case");
            try
            {
                if (lhs != null)
                {
                    if (cases.Count != 1 || T == null) T = x.Type;
                    var obj = new Var(lhs.Name, T, lhs.Pos, pkg);
                    Declare(env.Scope!, null, obj);
                    RecordImplicit(clause, obj);
                    lhsVars.Add(obj);
                }
                StmtList(inner, clause.Body);
            }
            finally { env.Scope = savedScope; }
        }
        if (lhs != null)
        {
            bool used = false;
            foreach (var v in lhsVars)
            {
                if (v.Used) used = true;
                v.Used = true;
            }
            if (!used) ErrorAt(lhs.Pos, $"declared and not used: {lhs.Name}");
        }
    }

    // ---------------- select ----------------

    private void SelectStmtCheck(StmtContext inner, SelectStmt s)
    {
        MultipleDefaults(s.Clauses.Select(c => (c.Pos, c.Comm == null)));
        foreach (var clause in s.Clauses)
        {
            bool valid = false;
            Expr? rhs = null;
            switch (clause.Comm)
            {
                case null or SendStmt:
                    valid = true;
                    break;
                case AssignStmt a when a.Op is AssignOp.Assign or AssignOp.Define && a.Rhs.Count == 1:
                    rhs = a.Rhs[0];
                    break;
                case ExprStmt es:
                    rhs = es.X;
                    break;
            }
            if (rhs != null && Unparen(rhs) is UnaryExpr { Op: Op.Arrow }) valid = true;
            if (!valid)
            {
                // The syntax package positions an expression statement at its expression's own position (a binary operator).
                var at = clause.Comm switch
                {
                    ExprStmt es => NodePos(es.X),
                    AssignStmt a => StartPos(a.Lhs[0]),
                    _ => clause.Comm!.Pos,
                };
                ErrorAt(at, "select case must be send or receive (possibly with assignment)");
                continue;
            }
            var savedScope = env.Scope;
            OpenScope(clause, "case");
            try
            {
                if (clause.Comm != null) StmtCheck(inner, clause.Comm);
                StmtList(inner, clause.Body);
            }
            finally { env.Scope = savedScope; }
        }
    }

    // ---------------- range ----------------

    private (Type? key, Type? val, string cause, bool ok) RangeKeyVal(Type typ)
    {
        var orig = typ;
        var core = Predicates.CoreType(typ);
        if (core == null) return (null, null, "no core type", false);
        switch (ArrayPtrDeref(core))
        {
            case Basic b when b.IsString:
                return (Universe.Int, Universe.Rune, "", true);
            case Basic b when b.IsInteger:
                return (orig, null, "", true);
            case Array a:
                return (Universe.Int, a.Elem, "", true);
            case Slice s:
                return (Universe.Int, s.Elem, "", true);
            case Map m:
                return (m.Key, m.Elem, "", true);
            case Chan c:
                if (c.Dir == ChanDir.Send) return (null, null, "receive from send-only channel", false);
                return (c.Elem, null, "", true);
        }
        return (null, null, "", false);
    }

    private void RangeStmtCheck(StmtContext inner, RangeStmt s)
    {
        var sKey = s.Key;
        var sValue = s.Value;
        var x = new Operand();
        Expr(x, s.X);
        // An untyped string constant is iterated as a string.
        if (x.Mode != OperandMode.Invalid && Predicates.IsUntyped(x.Type) && Predicates.IsString(x.Type))
            ConvertUntyped(x, Universe.String);

        Type? key = null, val = null;
        if (x.Mode != OperandMode.Invalid)
        {
            var (k, v, cause, ok) = RangeKeyVal(x.Type);
            if (!ok && cause != "") Error(x, $"cannot range over {D(x)}: {cause}");
            else if (!ok) Error(x, $"cannot range over {D(x)}");
            else if (sValue != null && v == null) Error(sValue, $"range over {D(x)} permits only one iteration variable");
            key = k;
            val = v;
        }

        var savedScope = env.Scope;
        OpenScope(s, "range");
        try
        {
            var lhs = new[] { sKey, sValue };
            var rhs = new[] { key, val };
            bool rangeOverInt = Predicates.IsInteger(x.Type) && x.Mode != OperandMode.Invalid;

            if (s.Define)
            {
                var vars = new List<Var>();
                for (int i = 0; i < 2; i++)
                {
                    var l = lhs[i];
                    if (l == null) continue;
                    Var obj;
                    if (l is Ident ident)
                    {
                        obj = new Var(ident.Name, null, ident.Pos, pkg);
                        RecordDef(ident, obj);
                        if (ident.Name != "_") vars.Add(obj);
                    }
                    else
                    {
                        Error(l, $"cannot declare {E(l)}");
                        obj = new Var("_", null, l.Pos, pkg);
                    }
                    var typ = rhs[i];
                    if (typ == null || typ == Universe.Invalid)
                    {
                        obj.Type = Universe.Invalid;
                        obj.Used = true;
                        continue;
                    }
                    if (rangeOverInt)
                    {
                        InitVar(obj, x, "range clause");
                    }
                    else
                    {
                        var y = new Operand(OperandMode.Value, l, typ);
                        InitVar(obj, y, "assignment");
                    }
                }
                if (vars.Count > 0)
                    foreach (var obj in vars) Declare(env.Scope!, null, obj);
                else
                    ErrorAt(s.Pos, "no new variables on left side of :=");
            }
            else if (sKey != null)
            {
                for (int i = 0; i < 2; i++)
                {
                    var l = lhs[i];
                    if (l == null) continue;
                    var typ = rhs[i];
                    if (typ == null || typ == Universe.Invalid) continue;
                    if (rangeOverInt)
                    {
                        AssignVar(l, null, x, "range clause");
                        if (x.Mode != OperandMode.Invalid && !Predicates.IsInteger(x.Type))
                            Error(l, $"cannot use iteration variable of type {Ts(x.Type)}");
                    }
                    else
                    {
                        var y = new Operand(OperandMode.Value, l, typ);
                        AssignVar(l, null, y, "assignment");
                    }
                }
            }
            else if (rangeOverInt)
            {
                Assignment(x, null, "range clause");
            }
            if (x.Mode != OperandMode.Invalid)
            {
                var rt = rangeOverInt ? x.Type : Predicates.CoreType(x.Type);
                if (rt != null) info.RangeTypes[s] = rt;
            }
            StmtCheck(inner, s.Body);
        }
        finally { env.Scope = savedScope; }
    }
}
