using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Initialization and assignment (go/types' assignments.go).
public sealed partial class Checker
{
    /// <summary>Checks that x can be assigned to a variable of type T (null: the blank identifier), converting untyped values.</summary>
    private void Assignment(Operand x, Type? T, string context)
    {
        SingleValue(x);
        switch (x.Mode)
        {
            case OperandMode.Invalid:
                return;
            case OperandMode.Constant or OperandMode.Variable or OperandMode.MapIndex or OperandMode.Value
                or OperandMode.NilValue or OperandMode.CommaOk or OperandMode.CommaErr:
                break;
            default:
                Error(x, $"cannot assign {D(x)} to {Ts(T)} in {context}");
                x.Mode = OperandMode.Invalid;
                return;
        }

        if (Predicates.IsUntyped(x.Type))
        {
            var target = T;
            if (x.IsNil)
            {
                if (T == null)
                {
                    Error(x, $"use of untyped nil in {context}");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
            }
            else if (T == null || Predicates.IsNonTypeParamInterface(T))
            {
                target = Predicates.Default(x.Type);
            }
            var (newType, val, code) = ImplicitTypeAndValue(x, target!);
            if (code != ConvCode.None)
            {
                var msg = $"cannot use {D(x)} as {Ts(target)} value in {context}";
                if (code == ConvCode.TruncatedFloat) msg += " (truncated)";
                else if (code == ConvCode.NumericOverflow) msg += " (overflows)";
                Error(x, msg);
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (val != null)
            {
                x.Val = val;
                UpdateExprVal(x.Expr, val);
            }
            if (!ReferenceEquals(newType, x.Type))
            {
                x.Type = newType!;
                if (x.Expr != null) UpdateExprType(x.Expr, newType!, false);
            }
        }

        if (x.Type.Underlying is Signature { IsGeneric: true })
            Error(x, $"cannot use generic function {E(x.Expr)} without instantiation in {context}");

        if (T == null) return;

        string cause = "";
        if (!AssignableTo(x, T, c => cause = c))
        {
            if (cause != "") Error(x, $"cannot use {D(x)} as {Ts(T)} value in {context}: {cause}");
            else Error(x, $"cannot use {D(x)} as {Ts(T)} value in {context}");
            x.Mode = OperandMode.Invalid;
        }
    }

    private void InitConst(Const lhs, Operand x)
    {
        if (x.Mode == OperandMode.Invalid || x.Type == Universe.Invalid || lhs.RawType == Universe.Invalid)
        {
            if (lhs.RawType == null) lhs.Type = Universe.Invalid;
            return;
        }
        if (x.Mode != OperandMode.Constant)
        {
            Error(x, $"{D(x)} is not constant");
            if (lhs.RawType == null) lhs.Type = Universe.Invalid;
            return;
        }
        if (lhs.RawType == null) lhs.Type = x.Type;
        Assignment(x, lhs.Type, "constant declaration");
        if (x.Mode == OperandMode.Invalid) return;
        lhs.Value = x.Val!;
    }

    private Type? InitVar(Var lhs, Operand x, string context)
    {
        if (x.Mode == OperandMode.Invalid || x.Type == Universe.Invalid || lhs.RawType == Universe.Invalid)
        {
            if (lhs.RawType == null) lhs.Type = Universe.Invalid;
            lhs.Used = true;
            return null;
        }
        if (lhs.RawType == null)
        {
            var typ = x.Type;
            if (Predicates.IsUntyped(typ))
            {
                if (typ is Basic { Kind: BasicKind.UntypedNil })
                {
                    Error(x, $"use of untyped nil in {context}");
                    lhs.Type = Universe.Invalid;
                    return null;
                }
                typ = Predicates.Default(typ);
            }
            lhs.Type = typ;
        }
        Assignment(x, lhs.Type, context);
        if (x.Mode == OperandMode.Invalid)
        {
            lhs.Used = true;
            return null;
        }
        return x.Type;
    }

    /// <summary>Checks an assignment's left-hand side; null for the blank identifier, Invalid for an invalid lhs. Does not count as a use of a variable.</summary>
    private Type? LhsVar(Expr lhs)
    {
        var ident = Unparen(lhs) as Ident;
        if (ident != null && ident.Name == "_")
        {
            return null;
        }
        Var? v = null;
        bool vUsed = false;
        if (ident != null && LookupName(ident.Name) is Var w && ReferenceEquals(w.Pkg, pkg))
        {
            v = w;
            vUsed = v.Used;
        }
        var x = new Operand();
        Expr(x, lhs);
        if (v != null) v.Used = vUsed;
        if (x.Mode == OperandMode.Invalid) return Universe.Invalid;
        switch (x.Mode)
        {
            case OperandMode.Variable or OperandMode.MapIndex:
                break;
            case OperandMode.NilValue:
                Error(x, "cannot assign to nil");
                return Universe.Invalid;
            default:
                if (x.Expr is SelectorExpr sel)
                {
                    var op = new Operand();
                    Expr(op, sel.X);
                    if (op.Mode == OperandMode.MapIndex)
                    {
                        Error(x, $"cannot assign to struct field {E(x.Expr)} in map");
                        return Universe.Invalid;
                    }
                }
                Error(x, $"cannot assign to {E(x.Expr)} (neither addressable nor a map index expression)");
                return Universe.Invalid;
        }
        return x.Type;
    }

    /// <summary>Checks lhs = rhs (x null) or lhs = x.</summary>
    private void AssignVar(Expr lhs, Expr? rhs, Operand? x, string context)
    {
        var T = LhsVar(lhs);
        if (T == Universe.Invalid)
        {
            if (x != null) x.Mode = OperandMode.Invalid;
            else Use(rhs);
            return;
        }
        if (x == null)
        {
            x = new Operand();
            Expr(x, rhs!, T);
        }
        if (T == null && context == "assignment") context = "assignment to _ identifier";
        Assignment(x, T, context);
    }

    private string TypesSummary(List<Type> list, bool variadic)
    {
        var res = new List<string>();
        for (int i = 0; i < list.Count; i++)
        {
            var t = list[i];
            string s;
            if (t == null || t == Universe.Invalid) s = "<T>";
            else if (Predicates.IsUntyped(t))
                s = Predicates.IsNumeric(t) ? "number" : ((Basic)t).Name.Replace("untyped ", "");
            else if (variadic && i == list.Count - 1 && t is Slice sl) s = "..." + Ts(sl.Elem);
            else s = Ts(t);
            res.Add(s);
        }
        return "(" + string.Join(", ", res) + ")";
    }

    private void AssignError(List<Expr> rhs, int l, int r)
    {
        var vars = Measure(l, "variable");
        var vals = Measure(r, "value");
        var rhs0 = rhs[0];
        if (rhs.Count == 1 && Unparen(rhs0) is CallExpr call)
        {
            Error(rhs0, $"assignment mismatch: {vars} but {E(call.Fun)} returns {vals}");
            return;
        }
        Error(rhs0, $"assignment mismatch: {vars} but {vals}");
    }

    private void ReturnError(Pos at, List<Var> lhs, List<Operand> rhs)
    {
        int l = lhs.Count, r = rhs.Count;
        var qualifier = "not enough";
        if (r > l)
        {
            at = rhs[l].Pos;
            qualifier = "too many";
        }
        else if (r > 0)
        {
            at = rhs[r - 1].Pos;
        }
        ErrorAt(at, $"{qualifier} return values\n\thave {TypesSummary(rhs.Select(o => o.Type).ToList(), false)}\n\twant {TypesSummary(lhs.Select(v => v.Type).ToList(), false)}");
    }

    /// <summary>Checks lhs vars initialized with rhs expressions (returnStmt: the implicit assignment of results).</summary>
    private void InitVars(List<Var> lhs, List<Expr> origRhs, ReturnStmt? returnStmt)
    {
        var context = returnStmt != null ? "return statement" : "assignment";
        int l = lhs.Count, r = origRhs.Count;
        bool isCall = r == 1 && Unparen(origRhs[0]) is CallExpr;

        if (l == r && !isCall)
        {
            for (int i = 0; i < l; i++)
            {
                var x = new Operand();
                Expr(x, origRhs[i], lhs[i].RawType);
                InitVar(lhs[i], x, context);
            }
            return;
        }

        if (r != 1)
        {
            if (UseAll(origRhs))
            {
                if (returnStmt != null)
                {
                    var rhsOps = new List<Operand>();
                    foreach (var e in origRhs)
                    {
                        var x = new Operand();
                        Expr(x, e);
                        rhsOps.Add(x);
                    }
                    ReturnError(returnStmt.Pos, lhs, rhsOps);
                }
                else AssignError(origRhs, l, r);
            }
            foreach (var v in lhs)
            {
                if (v.RawType == null) v.Type = Universe.Invalid;
                v.Used = true;
            }
            return;
        }

        var (rhs, commaOk) = MultiExpr(origRhs[0], l == 2 && returnStmt == null);
        r = rhs.Count;
        if (l == r)
        {
            for (int i = 0; i < l; i++) InitVar(lhs[i], rhs[i], context);
            if (commaOk && rhs[0].Mode != OperandMode.Invalid && rhs[1].Mode != OperandMode.Invalid)
                RecordCommaOkTypes(origRhs[0], rhs[0].Type, rhs[1].Type);
            return;
        }

        if (rhs[0].Mode != OperandMode.Invalid)
        {
            if (returnStmt != null) ReturnError(returnStmt.Pos, lhs, rhs);
            else AssignError(origRhs, l, r);
        }
        foreach (var v in lhs)
        {
            if (v.RawType == null) v.Type = Universe.Invalid;
            v.Used = true;
        }
    }

    private void AssignVars(List<Expr> lhs, List<Expr> origRhs)
    {
        int l = lhs.Count, r = origRhs.Count;
        bool isCall = r == 1 && Unparen(origRhs[0]) is CallExpr;
        if (l == r && !isCall)
        {
            for (int i = 0; i < l; i++) AssignVar(lhs[i], origRhs[i], null, "assignment");
            return;
        }
        if (r != 1)
        {
            bool okL = UseLHS(lhs);
            bool okR = UseAll(origRhs);
            if (okL && okR) AssignError(origRhs, l, r);
            return;
        }
        var (rhs, commaOk) = MultiExpr(origRhs[0], l == 2);
        r = rhs.Count;
        if (l == r)
        {
            for (int i = 0; i < l; i++) AssignVar(lhs[i], null, rhs[i], "assignment");
            if (commaOk && rhs[0].Mode != OperandMode.Invalid && rhs[1].Mode != OperandMode.Invalid)
                RecordCommaOkTypes(origRhs[0], rhs[0].Type, rhs[1].Type);
            return;
        }
        bool okLHS = UseLHS(lhs);
        if (okLHS && rhs[0].Mode != OperandMode.Invalid) AssignError(origRhs, l, r);
    }

    /// <summary>Evaluates expressions (after an error) so that their variables count as used; false if any is invalid.</summary>
    private bool UseAll(IEnumerable<Expr> list)
    {
        bool ok = true;
        foreach (var e in list)
        {
            var x = new Operand();
            RawExpr(x, e, null, false);
            if (x.Mode == OperandMode.Invalid) ok = false;
        }
        return ok;
    }

    /// <summary>Like UseAll for left-hand sides: a variable on the left is not "used".</summary>
    private bool UseLHS(List<Expr> list)
    {
        bool ok = true;
        foreach (var e in list)
        {
            var id = Unparen(e) as Ident;
            if (id != null && id.Name == "_") continue;
            Var? v = null;
            bool vUsed = false;
            if (id != null && LookupName(id.Name) is Var w && ReferenceEquals(w.Pkg, pkg))
            {
                v = w;
                vUsed = w.Used;
            }
            var x = new Operand();
            RawExpr(x, e, null, false);
            if (v != null) v.Used = vUsed;
            if (x.Mode == OperandMode.Invalid) ok = false;
        }
        return ok;
    }

    private void ShortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs)
    {
        var scope = env.Scope!;
        var seen = new HashSet<string>();
        var lhsVars = new Var?[lhs.Count];
        var newVars = new List<Var>();
        bool hasErr = false;
        for (int i = 0; i < lhs.Count; i++)
        {
            if (lhs[i] is not Ident ident)
            {
                UseLHS([lhs[i]]);
                Error(lhs[i], $"non-name {E(lhs[i])} on left side of :=");
                hasErr = true;
                continue;
            }
            var name = ident.Name;
            if (name != "_")
            {
                if (!seen.Add(name))
                {
                    Error(lhs[i], $"{name} repeated on left side of :=");
                    hasErr = true;
                    continue;
                }
            }
            var alt = scope.Lookup(name);
            if (alt != null)
            {
                RecordUse(ident, alt);
                if (alt is Var av) lhsVars[i] = av;
                else
                {
                    Error(lhs[i], $"cannot assign to {E(lhs[i])}");
                    hasErr = true;
                }
                continue;
            }
            var obj = new Var(name, null, ident.Pos, pkg);
            lhsVars[i] = obj;
            if (name != "_") newVars.Add(obj);
            RecordDef(ident, obj);
        }
        for (int i = 0; i < lhsVars.Length; i++)
            lhsVars[i] ??= new Var("_", null, lhs[i].Pos, pkg);

        InitVars(lhsVars.Select(v => v!).ToList(), rhs, null);

        if (newVars.Count == 0 && !hasErr)
        {
            ErrorAt(pos, "no new variables on left side of :=");
            return;
        }
        foreach (var obj in newVars) Declare(scope, null, obj);
    }
}
