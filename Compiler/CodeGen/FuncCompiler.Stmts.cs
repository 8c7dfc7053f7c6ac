using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

internal sealed partial class FuncCompiler
{
    /// <summary>A loop or switch that break (and, for loops, continue) can leave.</summary>
    private sealed class Target(string? label, bool isLoop)
    {
        public readonly string? Label = label;
        public readonly bool IsLoop = isLoop;
        public readonly List<int> Breaks = [];
        public readonly List<int> Continues = [];
    }

    private readonly List<Target> targets = [];
    private string? pendingLabel;

    private void Block(List<Stmt> stmts)
    {
        int mark = fb.NextReg;
        foreach (var s in stmts) Stmt(s);
        fb.Release(mark);
    }

    private void Stmt(Stmt s)
    {
        fb.Line = s.Pos.Line;
        int mark = fb.NextReg;
        switch (s)
        {
            case EmptyStmt: break;
            case BlockStmt b: Block(b.Stmts); break;
            case ExprStmt e: ExprStmt(e.X); fb.Release(mark); break;
            case DeclStmt d: DeclStmt(d.Decl); return; // keeps its registers
            case AssignStmt a:
                Assign(a);
                if (a.Op != AssignOp.Define) fb.Release(mark);
                return;
            case IncDecStmt i: IncDec(i); fb.Release(mark); break;
            case ReturnStmt r: Return(r); fb.Release(mark); break;
            case IfStmt i: If(i); fb.Release(mark); break;
            case ForStmt f: For(f); fb.Release(mark); break;
            case RangeStmt r: Range(r); fb.Release(mark); break;
            case SwitchStmt sw: Switch(sw); fb.Release(mark); break;
            case BranchStmt br: Branch(br); break;
            case LabeledStmt l:
                DefineLabel(l.Label.Name);
                pendingLabel = l.Label.Name;
                Stmt(l.Stmt);
                pendingLabel = null;
                break;
            case DeferStmt d: Defer(d); fb.Release(mark); break;
            case GoStmt gs: Go(gs); fb.Release(mark); break;
            case SelectStmt sel: Select(sel); fb.Release(mark); break;
            case SendStmt ss: Send(ss); fb.Release(mark); break;
            case TypeSwitchStmt ts: TypeSwitch(ts); fb.Release(mark); break;
            default: Unsupported(s, s.GetType().Name); break;
        }
    }

    private void ExprStmt(Expr e)
    {
        if (e is CallExpr call) { Call(call, wantResults: 0); return; }
        Expr(e);
    }

    private void DeclStmt(GenDecl d)
    {
        if (d.Kind != DeclKind.Var) return; // consts and types need no code
        foreach (var spec in d.Specs.OfType<ValueSpec>())
        {
            var vars = spec.Names.Select(n => info.Defs.GetValueOrDefault(n) as T.Var).ToList();
            if (spec.Values.Count == 0)
            {
                foreach (var v in vars) if (v != null) DeclareLocal(v);
            }
            else DefineFrom(vars, spec.Values);
        }
    }

    /// <summary>Declares vars initialised from values (one per var, or one multi-valued call).</summary>
    private void DefineFrom(List<T.Var?> vars, List<Expr> values)
    {
        // Evaluate every value before declaring any variable: in `x := x + 1` in an inner
        // scope the right side reads the outer x.
        if (values.Count == 1 && vars.Count == 1 && vars[0] is { } v0 && !Escapes(v0))
        {
            var value = values[0];
            while (value is ParenExpr pe) value = pe.X;
            if (value is CallExpr && !IsAggregate(TypeOf(v0)) && Predicates.Identical(TypeOf(value), TypeOf(v0)))
            {
                // x := f(...): the call's result register becomes x's (the frame above it is dead).
                int mark = fb.NextReg;
                int b = Expr(value);
                if (b != mark) fb.Emit(OpCode.Move, mark, b);
                fb.Release(mark + 1);
                locals[v0] = new Local(mark, false, TypeOf(v0));
                return;
            }
            // The common case: evaluate straight into the new variable's register.
            int r = fb.Alloc();
            ValueTo(values[0], TypeOf(v0), r);
            fb.Release(r + 1);
            CountFrameBytes(TypeOf(v0));
            locals[v0] = new Local(r, false, TypeOf(v0));
            return;
        }
        var regs = EvalAll(values, vars.Count, vars.Select(v => v == null ? null : TypeOf(v)).ToList());
        // a, b := f(): results land in consecutive registers at the top of the frame, which
        // become the variables' own (no copies), unless a variable lives in a cell.
        bool inPlace = values.Count == 1 && regs.Length > 1;
        if (inPlace) fb.Release(regs[^1] + 1); // what the call used above its results is dead
        for (int i = 0; i < vars.Count; i++)
        {
            if (vars[i] is not { } v) continue;
            var t = TypeOf(v);
            if (inPlace && !(Escapes(v) && !IsAggregate(t)))
            {
                CountFrameBytes(t);
                locals[v] = new Local(regs[i], false, t, Escapes(v));
            }
            else DeclareLocalFrom(v, regs[i]);
        }
    }

    private void Assign(AssignStmt a)
    {
        if (a.Op == AssignOp.Define)
        {
            var vars = new List<T.Var?>();
            foreach (var lhs in a.Lhs)
            {
                var id = (Ident)lhs;
                if (id.Name == "_") { vars.Add(null); continue; }
                if (info.Defs.TryGetValue(id, out var o) && o is T.Var v) vars.Add(v);
                else vars.Add(null); // redeclared: assigned below
            }
            var redeclared = a.Lhs.Where((l, i) => vars[i] == null && ((Ident)l).Name != "_").ToList();
            if (redeclared.Count == 0)
            {
                DefineFrom(vars, a.Rhs);
                return;
            }
            // Mixed: evaluate all values first, then assign old vars and declare new ones.
            var values = EvalAll(a.Rhs, a.Lhs.Count, a.Lhs.Select(l => (T.Type?)TypeOf(l)).ToList());
            for (int i = 0; i < a.Lhs.Count; i++)
            {
                var id = (Ident)a.Lhs[i];
                if (id.Name == "_") continue;
                if (vars[i] != null) DeclareLocalFrom(vars[i]!, values[i]);
                else StoreTo(a.Lhs[i], values[i], owned: true);
            }
            return;
        }
        if (a.Op == AssignOp.Assign)
        {
            if (a.Lhs.Count == 1 && a.Rhs.Count == 1 && AssignInPlace(a.Lhs[0], a.Rhs[0])) return;
            // Phase 1: left operands, then right values; phase 2: stores, left to right.
            // Operands need registers of their own only if another store of this statement could change them.
            bool several = a.Lhs.Count > 1;
            var lvs = a.Lhs.Select(l => PrepareLValue(l, stable: several)).ToList();
            var vals = EvalAll(a.Rhs, a.Lhs.Count, lvs.Select(l => l.Kind == LKind.Blank ? null : l.Type).ToList());
            for (int i = 0; i < lvs.Count; i++) Store(lvs[i], vals[i]);
            return;
        }
        // x op= y: x's operands are evaluated once.
        var lt = TypeOf(a.Lhs[0]);
        var op = a.Op switch
        {
            AssignOp.Add => Op.Add, AssignOp.Sub => Op.Sub, AssignOp.Mul => Op.Mul, AssignOp.Quo => Op.Quo,
            AssignOp.Rem => Op.Rem, AssignOp.And => Op.And, AssignOp.Or => Op.Or, AssignOp.Xor => Op.Xor,
            AssignOp.Shl => Op.Shl, AssignOp.Shr => Op.Shr, _ => Op.AndNot,
        };
        var yt = op is Op.Shl or Op.Shr ? TypeOf(a.Rhs[0]) : lt;
        if (LocalRegister(a.Lhs[0]) is int lr)
        {
            if (op is Op.Add or Op.Sub && KindOf(lt).IsInteger() && SmallConstant(a.Rhs[0]) is int k)
            {
                fb.Emit(OpCode.AddIK, lr, lr, op == Op.Add ? k : -k);
                WrapIfNarrow(lr, lt);
                return;
            }
            int y = op is Op.Shl or Op.Shr || Predicates.Identical(TypeOf(a.Rhs[0]), lt) ? Expr(a.Rhs[0]) : -1;
            if (y < 0) { y = fb.Alloc(); ValueTo(a.Rhs[0], lt, y); }
            Arith(op, lt, lr, lr, y, yt);
            return;
        }
        var lv = PrepareLValue(a.Lhs[0], stable: false);
        int cur = fb.Alloc();
        Load(lv, cur);
        int rhs;
        if (op is Op.Shl or Op.Shr || Predicates.Identical(TypeOf(a.Rhs[0]), lt)) rhs = Expr(a.Rhs[0]); // only read
        else { rhs = fb.Alloc(); ValueTo(a.Rhs[0], lt, rhs); }
        Arith(op, lt, cur, cur, rhs, yt);
        Store(lv, cur);
    }

    /// <summary>
    /// x = v for a plain local x: v is computed straight into x's register, without a
    /// temporary and a move, when nothing can see x half-assigned: v does not mention x
    /// (a composite literal fills its target as it goes) and the frame has no deferred
    /// call that could recover a panic in v and read x (as a named result).
    /// </summary>
    private bool AssignInPlace(Expr lhs, Expr rhs)
    {
        if (hasDefer || LocalRegister(lhs) is not int reg) return false;
        var v = (T.Var)info.ObjectOf((Ident)Unparen(lhs))!;
        if (Mentions(rhs, v)) return false;
        ValueTo(rhs, TypeOf(v), reg);
        return true;
    }

    /// <summary>Whether e refers to variable v anywhere (function literals included).</summary>
    private bool Mentions(Node e, T.Var v)
    {
        switch (e)
        {
            case Ident id: return ReferenceEquals(info.ObjectOf(id), v);
            case BasicLit: return false;
            case ParenExpr p: return Mentions(p.X, v);
            case SelectorExpr s: return Mentions(s.X, v);
            case UnaryExpr u: return Mentions(u.X, v);
            case StarExpr st: return Mentions(st.X, v);
            case BinaryExpr b: return Mentions(b.X, v) || Mentions(b.Y, v);
            case IndexExpr ix: return Mentions(ix.X, v) || ix.Indices.Any(i => Mentions(i, v));
            case SliceExpr se: return Mentions(se.X, v) || se.Lo != null && Mentions(se.Lo, v) || se.Hi != null && Mentions(se.Hi, v) || se.Max != null && Mentions(se.Max, v);
            case TypeAssertExpr ta: return Mentions(ta.X, v);
            case CallExpr c: return Mentions(c.Fun, v) || c.Args.Any(x => Mentions(x, v));
            case CompositeLit cl: return cl.Elements.Any(el => el.Key != null && Mentions(el.Key, v) || Mentions(el.Value, v));
            case ArrayTypeExpr or MapTypeExpr or ChanTypeExpr or FuncTypeExpr or InterfaceTypeExpr or StructTypeExpr: return false;
            default: return true; // function literals and anything else: assume so
        }
    }

    /// <summary>The register of a plain (non-cell) local variable named by e, else null.</summary>
    private int? LocalRegister(Expr e)
    {
        while (e is ParenExpr p) e = p.X;
        if (e is Ident id && info.ObjectOf(id) is T.Var v && locals.TryGetValue(v, out var l) && !l.InCell && !IsAggregate(l.Type)) return l.Reg;
        return null;
    }

    /// <summary>Evaluates the right-hand sides of a tuple assignment into fresh registers, converted.</summary>
    private int[] EvalAll(List<Expr> rhs, int n, List<T.Type?> targets)
    {
        var regs = new int[n];
        if (rhs.Count == n)
        {
            for (int i = 0; i < n; i++)
            {
                regs[i] = fb.Alloc();
                if (targets[i] == null) ExprTo(rhs[i], regs[i]);
                else ValueTo(rhs[i], targets[i]!, regs[i]);
            }
            return regs;
        }
        int b = MultiValue(rhs[0], n);
        var tuple = TypeOf(rhs[0]) as T.Tuple;
        for (int i = 0; i < n; i++)
        {
            regs[i] = b + i;
            if (targets[i] != null && tuple != null)
            {
                int r = Convert(b + i, tuple.Vars[i].Type, targets[i]!);
                if (r != b + i) fb.Emit(OpCode.Move, b + i, r);
            }
        }
        return regs;
    }

    private void IncDec(IncDecStmt s)
    {
        var t = TypeOf(s.X);
        if (LocalRegister(s.X) is int lr && KindOf(t).IsInteger())
        {
            fb.Emit(OpCode.AddIK, lr, lr, s.Inc ? 1 : -1);
            WrapIfNarrow(lr, t);
            return;
        }
        var lv = PrepareLValue(s.X, stable: false);
        int cur = fb.Alloc();
        Load(lv, cur);
        if (KindOf(t).IsInteger())
        {
            fb.Emit(OpCode.AddIK, cur, cur, s.Inc ? 1 : -1);
            WrapIfNarrow(cur, t);
        }
        else
        {
            int one = fb.Alloc();
            LoadConstant(one, t, ConstValue.MakeInt(1));
            Arith(s.Inc ? Op.Add : Op.Sub, t, cur, cur, one, t);
        }
        Store(lv, cur);
    }

    private void Return(ReturnStmt r)
    {
        if (inlineFrame != null) { InlineReturn(r); return; }
        var sig = signature!;
        if (!hasDefer && r.Results.Count > 0)
        {
            // Results go straight into consecutive registers and out (named results too: with
            // no deferred call, nothing reads those variables after the return).
            int n = sig.Results.Vars.Count;
            int b;
            if (r.Results.Count == 1 && n > 1)
            {
                b = MultiValue(r.Results[0], n);
                var tuple = (T.Tuple)TypeOf(r.Results[0]);
                for (int i = 0; i < n; i++)
                {
                    int c = Convert(b + i, tuple.Vars[i].Type, TypeOf(sig.Results.Vars[i]));
                    if (c != b + i) fb.Emit(OpCode.Move, b + i, c);
                }
            }
            else if (n == 1 && LocalRegister(r.Results[0]) is int lr && Predicates.Identical(TypeOf(r.Results[0]), TypeOf(sig.Results.Vars[0])))
            {
                fb.Emit(OpCode.Return, lr, 1); // return x: straight from the variable's register
                return;
            }
            else
            {
                b = fb.Alloc(n);
                for (int i = 0; i < n; i++) ValueTo(r.Results[i], TypeOf(sig.Results.Vars[i]), b + i);
            }
            fb.Emit(OpCode.Return, b, n);
            return;
        }
        if (r.Results.Count == 1 && sig.Results.Vars.Count > 1)
        {
            int b = MultiValue(r.Results[0], sig.Results.Vars.Count);
            var tuple = (T.Tuple)TypeOf(r.Results[0]);
            for (int i = 0; i < results.Count; i++)
                StoreLocal(results[i], Convert(b + i, tuple.Vars[i].Type, results[i].Type));
        }
        else if (r.Results.Count > 0)
        {
            // Evaluate all results before storing any: `return b, a` with named results a, b.
            var regs = new int[r.Results.Count];
            for (int i = 0; i < regs.Length; i++)
            {
                regs[i] = fb.Alloc();
                ValueTo(r.Results[i], results[i].Type, regs[i]);
            }
            for (int i = 0; i < regs.Length; i++) StoreLocal(results[i], regs[i]);
        }
        EmitReturn();
    }

    private void StoreLocal(Local l, int value)
    {
        if (l.InCell) fb.Emit(OpCode.StorePtrS, l.Reg, value);
        else if (IsAggregate(l.Type) && l.Escaping) fb.Emit(OpCode.CopyInto, l.Reg, value, fb.Type(pb.Map(l.Type)));
        else if (l.Reg != value) fb.Emit(OpCode.Move, l.Reg, value);
    }


    private void If(IfStmt s)
    {
        int mark = fb.NextReg;
        if (s.Init != null) Stmt(s.Init);
        var jf = CondJump(s.Cond, jumpIfTrue: false);
        Block(s.Then.Stmts);
        if (s.Else != null)
        {
            int jend = fb.Emit(OpCode.Jmp);
            foreach (var j in jf) fb.PatchJump(j, fb.Count);
            Stmt(s.Else);
            fb.PatchJump(jend, fb.Count);
        }
        else foreach (var j in jf) fb.PatchJump(j, fb.Count);
        fb.Release(mark);
    }

    /// <summary>Evaluates a condition and emits a jump taken when it equals jumpIfTrue; returns the jumps to patch.</summary>
    private List<int> CondJump(Expr cond, bool jumpIfTrue)
    {
        var jumps = new List<int>();
        CondJump(cond, jumpIfTrue, jumps);
        return jumps;
    }

    /// <summary>
    /// Emits the test of a condition as branches: jumps (added to `jumps`) taken when cond ==
    /// jumpIfTrue, falling through otherwise. && and || branch without a boolean result, and
    /// integer and nil comparisons compare and branch in one instruction.
    /// </summary>
    private void CondJump(Expr cond, bool jumpIfTrue, List<int> jumps)
    {
        while (cond is ParenExpr p) cond = p.X;
        if (cond is UnaryExpr { Op: Op.Not } not)
        {
            CondJump(not.X, !jumpIfTrue, jumps);
            return;
        }
        if (cond is BinaryExpr { Op: Op.LogAnd or Op.LogOr } logic)
        {
            // a && b jumps when false if either is false; a || b jumps when true if either is true.
            bool shortCircuit = logic.Op == Op.LogOr;
            if (jumpIfTrue == shortCircuit)
            {
                CondJump(logic.X, jumpIfTrue, jumps);
                CondJump(logic.Y, jumpIfTrue, jumps);
            }
            else
            {
                var decided = new List<int>();
                CondJump(logic.X, shortCircuit, decided);
                CondJump(logic.Y, jumpIfTrue, jumps);
                foreach (var j in decided) fb.PatchJump(j, fb.Count);
            }
            return;
        }
        int mark = fb.NextReg;
        if (cond is BinaryExpr be && CompareAndJump(be, jumpIfTrue) is int fused)
        {
            jumps.Add(fused);
            fb.Release(mark);
            return;
        }
        if (cond is CallExpr call && TryInlineCondition(call, jumpIfTrue, jumps))
        {
            fb.Release(mark);
            return;
        }
        int r = Expr(cond);
        fb.Release(mark);
        jumps.Add(fb.Emit(jumpIfTrue ? OpCode.JmpIf : OpCode.JmpIfNot, r));
    }

    /// <summary>
    /// A comparison with nil, or of signed integers (== and != of any integer or bool), as one
    /// compare-and-branch instruction; null for other comparisons. The caller releases registers.
    /// </summary>
    private int? CompareAndJump(BinaryExpr be, bool jumpIfTrue)
    {
        if (be.Op is not (Op.Eql or Op.Neq or Op.Lss or Op.Leq or Op.Gtr or Op.Geq)) return null;
        if (be.Op is Op.Eql or Op.Neq && (IsNilOperand(be.Y) || IsNilOperand(be.X)))
        {
            int v = Expr(IsNilOperand(be.Y) ? be.X : be.Y);
            return fb.Emit(be.Op == Op.Eql == jumpIfTrue ? OpCode.JmpIfNil : OpCode.JmpIfNotNil, v);
        }
        var k = KindOf(TypeOf(be.X));
        if (!(k.IsInteger() || k == Kind.Bool) || KindOf(TypeOf(be.Y)) != k) return null;
        if (be.Op is Op.Eql or Op.Neq)
        {
            // Jump on equality when (== and jump-if-true) or (!= and jump-if-false).
            bool onEqual = be.Op == Op.Eql == jumpIfTrue;
            var (left, right) = SmallConstant(be.X) != null ? (be.Y, be.X) : (be.X, be.Y);
            int a = Expr(left);
            if (SmallConstant(right) is int imm) return fb.Emit(onEqual ? OpCode.JmpIfEqIK : OpCode.JmpIfNeIK, a, imm);
            return fb.Emit(onEqual ? OpCode.JmpIfEqI : OpCode.JmpIfNeI, a, Expr(right));
        }
        // Narrower unsigned values are kept zero-extended, so signed order is theirs too.
        if (k is Kind.Bool or Kind.Uint or Kind.Uint64 or Kind.Uintptr) return null;
        // x > y is y < x and x >= y is y <= x; with a constant on the right, x > K is !(x <= K)
        // and x >= K is !(x < K).
        int x = Expr(be.X);
        if (SmallConstant(be.Y) is int c)
        {
            bool strict = be.Op is Op.Lss or Op.Geq; // the test is x < K, else x <= K
            bool sense = be.Op is Op.Lss or Op.Leq ? jumpIfTrue : !jumpIfTrue; // jump when that test holds
            return fb.Emit(strict ? (sense ? OpCode.JmpIfLtIK : OpCode.JmpIfNotLtIK) : (sense ? OpCode.JmpIfLeIK : OpCode.JmpIfNotLeIK), x, c);
        }
        int y = Expr(be.Y);
        if (be.Op is Op.Gtr or Op.Geq) (x, y) = (y, x);
        bool lt = be.Op is Op.Lss or Op.Gtr;
        return fb.Emit(lt ? (jumpIfTrue ? OpCode.JmpIfLtI : OpCode.JmpIfNotLtI) : (jumpIfTrue ? OpCode.JmpIfLeI : OpCode.JmpIfNotLeI), x, y);
    }

    private bool IsNilOperand(Expr e) =>
        info.Types.TryGetValue(e, out var tv) && tv.IsNil || TypeOf(e) is Basic { Kind: BasicKind.UntypedNil };

    private Target PushTarget(bool isLoop)
    {
        var t = new Target(pendingLabel, isLoop);
        pendingLabel = null;
        targets.Add(t);
        return t;
    }

    private void PopTarget(Target t, int breakTo, int continueTo)
    {
        foreach (var j in t.Breaks) fb.PatchJump(j, breakTo);
        foreach (var j in t.Continues) fb.PatchJump(j, continueTo);
        targets.RemoveAt(targets.Count - 1);
    }

    private void For(ForStmt s)
    {
        int mark = fb.NextReg;
        var target = PushTarget(isLoop: true);
        if (s.Init != null) Stmt(s.Init);
        var loopVars = LoopVarsNeedingCopies(s.Init);
        int top = fb.Count;
        var exits = s.Cond != null ? CondJump(s.Cond, jumpIfTrue: false) : [];
        Block(s.Body.Stmts);
        int cont = fb.Count;
        // Go 1.22: each iteration has its own copy of a captured loop variable.
        foreach (var l in loopVars) FreshCell(l);
        if (s.Post != null) Stmt(s.Post);
        fb.Emit(OpCode.Loop, top);
        int end = fb.Count;
        foreach (var j in exits) fb.PatchJump(j, end);
        PopTarget(target, end, cont);
        fb.Release(mark);
    }

    private List<Local> LoopVarsNeedingCopies(Stmt? init)
    {
        var list = new List<Local>();
        if (init is AssignStmt { Op: AssignOp.Define } a)
            foreach (var lhs in a.Lhs)
                if (lhs is Ident id && info.Defs.GetValueOrDefault(id) is T.Var v && locals.TryGetValue(v, out var l) && l.InCell)
                    list.Add(l);
        return list;
    }

    /// <summary>Replaces a captured variable's cell with a new one holding the same value.</summary>
    private void FreshCell(Local l)
    {
        int mark = fb.NextReg;
        int v = fb.Alloc();
        fb.Emit(OpCode.LoadPtrS, v, l.Reg);
        fb.Emit(OpCode.NewCell, l.Reg, fb.Type(pb.Map(l.Type)));
        fb.Emit(OpCode.StorePtrS, l.Reg, v);
        fb.Release(mark);
    }

    private void Branch(BranchStmt s)
    {
        switch (s.Kind)
        {
            case BranchKind.Break:
            {
                var t = s.Label == null ? targets.LastOrDefault() : targets.LastOrDefault(x => x.Label == s.Label.Name);
                if (t == null) { Unsupported(s, "this break"); return; }
                t.Breaks.Add(fb.Emit(OpCode.Jmp));
                break;
            }
            case BranchKind.Continue:
            {
                var t = s.Label == null ? targets.LastOrDefault(x => x.IsLoop) : targets.LastOrDefault(x => x.Label == s.Label.Name);
                if (t == null) { Unsupported(s, "this continue"); return; }
                t.Continues.Add(fb.Emit(OpCode.Jmp));
                break;
            }
            case BranchKind.Fallthrough:
                if (fallthroughJumps == null) { Unsupported(s, "fallthrough here"); return; }
                fallthroughJumps.Add(fb.Emit(OpCode.Jmp));
                break;
            default:
                if (labels.TryGetValue(s.Label!.Name, out int at)) fb.Emit(OpCode.Jmp, at);
                else
                {
                    if (!gotos.TryGetValue(s.Label.Name, out var list)) gotos[s.Label.Name] = list = [];
                    list.Add(fb.Emit(OpCode.Jmp));
                }
                break;
        }
    }

    private readonly Dictionary<string, int> labels = [];
    private readonly Dictionary<string, List<int>> gotos = [];

    private void DefineLabel(string name)
    {
        labels[name] = fb.Count;
        if (gotos.Remove(name, out var list)) foreach (var j in list) fb.PatchJump(j, fb.Count);
    }

    /// <summary>switch v := x.(type): dynamic type tests in order, then the clause bodies.</summary>
    private void TypeSwitch(TypeSwitchStmt s)
    {
        int mark = fb.NextReg;
        if (s.Init != null) Stmt(s.Init);
        var target = PushTarget(isLoop: false);
        var xt = TypeOf(s.X);
        int x = fb.Alloc();
        ExprTo(s.X, x);
        var bodyJumps = new List<List<int>>();
        int defaultIndex = -1;
        int test = fb.Alloc();
        for (int ci = 0; ci < s.Clauses.Count; ci++)
        {
            var c = s.Clauses[ci];
            var jumps = new List<int>();
            bodyJumps.Add(jumps);
            if (c.List == null) { defaultIndex = ci; continue; }
            foreach (var te in c.List)
            {
                bool isNil = info.Types.TryGetValue(te, out var tv) && tv.IsNil || te is Ident { Name: "nil" } && info.ObjectOf((Ident)te) is Nil;
                fb.Emit(OpCode.IfaceIs, test, x, isNil ? -1 : fb.Type(pb.Map(TypeOf(te))));
                jumps.Add(fb.Emit(OpCode.JmpIf, test));
            }
        }
        int noMatch = fb.Emit(OpCode.Jmp);
        var ends = new List<int>();
        for (int ci = 0; ci < s.Clauses.Count; ci++)
        {
            var c = s.Clauses[ci];
            int start = fb.Count;
            foreach (var j in bodyJumps[ci]) fb.PatchJump(j, start);
            if (ci == defaultIndex) fb.PatchJump(noMatch, start);
            int bodyMark = fb.NextReg;
            if (s.Binding != null && info.Implicits.TryGetValue(c, out var o) && o is T.Var v)
            {
                var vt = TypeOf(v);
                int val = fb.Alloc();
                if (vt.Underlying is Interface) fb.Emit(OpCode.Move, val, x);
                else fb.Emit(OpCode.AssertType, val, x, fb.Type(pb.Map(vt)), fb.Type(pb.Map(xt)));
                if (IsAggregate(vt)) fb.Emit(OpCode.Clone, val, val, fb.Type(pb.Map(vt)));
                fb.Release(val);
                DeclareLocalFrom(v, val);
            }
            Block(c.Body);
            fb.Release(bodyMark);
            ends.Add(fb.Emit(OpCode.Jmp));
        }
        int end = fb.Count;
        if (defaultIndex < 0) fb.PatchJump(noMatch, end);
        foreach (var j in ends) fb.PatchJump(j, end);
        PopTarget(target, end, end);
        fb.Release(mark);
    }

    private List<int>? fallthroughJumps;

    private void Switch(SwitchStmt s)
    {
        int mark = fb.NextReg;
        if (s.Init != null) Stmt(s.Init);
        var target = PushTarget(isLoop: false);
        int tag = -1;
        T.Type? tagType = null;
        if (s.Tag != null)
        {
            tagType = TypeOf(s.Tag);
            tag = fb.Alloc();
            ExprTo(s.Tag, tag);
        }
        // Tests in order; each case jumps to its body. Bodies follow, in source order.
        var bodyJumps = new List<List<int>>();
        int defaultIndex = -1;
        for (int ci = 0; ci < s.Clauses.Count; ci++)
        {
            var c = s.Clauses[ci];
            var jumps = new List<int>();
            bodyJumps.Add(jumps);
            if (c.List == null) { defaultIndex = ci; continue; }
            foreach (var e in c.List)
            {
                fb.Line = e.Pos.Line;
                int m2 = fb.NextReg;
                if (tag < 0) CondJump(e, jumpIfTrue: true, jumps);
                else
                {
                    if (info.Types.TryGetValue(e, out var etv) && etv.IsNil) jumps.Add(fb.Emit(OpCode.JmpIfNil, tag)); // `case nil` on a slice, map or func tag
                    else if (KindOf(tagType!) is var tk && (tk.IsInteger() || tk == Kind.Bool) && KindOf(TypeOf(e)) == tk && SmallConstant(e) is int imm)
                        jumps.Add(fb.Emit(OpCode.JmpIfEqIK, tag, imm));
                    else
                    {
                        int eq = fb.Alloc();
                        int v = fb.Alloc();
                        ValueTo(e, tagType!, v);
                        Compare(Op.Eql, tagType!, eq, tag, v);
                        jumps.Add(fb.Emit(OpCode.JmpIf, eq));
                    }
                }
                fb.Release(m2);
            }
        }
        int noMatch = fb.Emit(OpCode.Jmp);
        var ends = new List<int>();
        List<int>? fallFromPrevious = null;
        for (int ci = 0; ci < s.Clauses.Count; ci++)
        {
            int start = fb.Count;
            foreach (var j in bodyJumps[ci]) fb.PatchJump(j, start);
            if (ci == defaultIndex) fb.PatchJump(noMatch, start);
            if (fallFromPrevious != null) foreach (var j in fallFromPrevious) fb.PatchJump(j, start);
            var saved = fallthroughJumps;
            fallthroughJumps = [];
            Block(s.Clauses[ci].Body);
            fallFromPrevious = fallthroughJumps;
            fallthroughJumps = saved;
            if (fallFromPrevious.Count == 0) ends.Add(fb.Emit(OpCode.Jmp));
        }
        int end = fb.Count;
        if (defaultIndex < 0) fb.PatchJump(noMatch, end);
        foreach (var j in ends) fb.PatchJump(j, end);
        PopTarget(target, end, end);
        fb.Release(mark);
    }

    private void Defer(DeferStmt d)
    {
        if (d.Call is not CallExpr call) { Unsupported(d, "this defer"); return; }
        // The function value and its arguments are evaluated now; the call runs at return.
        int fnReg = fb.Alloc();
        var fun = call.Fun is ParenExpr pe ? pe.X : call.Fun;
        if (fun is Ident bid && info.ObjectOf(bid) is Builtin builtin)
        {
            int n = BuiltinCallValue(call, builtin, fnReg);
            if (n < 0) Unsupported(d, "deferring builtin " + builtin.Name);
            else fb.Emit(OpCode.Defer, fnReg, n);
            return;
        }
        if (fun is SelectorExpr msel && DeferMethodCall(call, msel, fnReg)) return;
        if (!LoadCallee(call, fnReg, out var sig, out int recvReg))
        {
            Unsupported(d, "deferring this call");
            return;
        }
        int nargs = PushArgs(call, sig!, fnReg + 1 + (recvReg >= 0 ? 1 : 0));
        if (recvReg >= 0) nargs++;
        fb.Emit(OpCode.Defer, fnReg, nargs);
    }

    /// <summary>
    /// `defer x.M(args)` for a concrete receiver: the method itself is the deferred function
    /// and the receiver its first argument, both evaluated now, as Go does; no method value
    /// (a cell and a closure, and a bound wrapper's frame when it runs) is made.
    /// </summary>
    private bool DeferMethodCall(CallExpr call, SelectorExpr e, int fnReg)
    {
        if (!info.Selections.TryGetValue(e, out var sel) || sel.Kind != SelectionKind.MethodVal || sel.Obj is not Func m) return false;
        var ownerType = OwnerType(e.X, sel.Index);
        if (ownerType.Underlying is Interface || m.Decl == null && m.Signature.Recv?.Type.Underlying is Interface) return false;
        if (MethodMono(m, ownerType) != null || call.Args.Count == 1 && TypeOf(call.Args[0]) is T.Tuple) return false;
        var target = pb.FunctionFor(m, null);
        fb.Emit(OpCode.LoadK, fnReg, fb.Const(new Slot(target.AsValue())));
        int recv = fb.Alloc();
        Receiver(e, sel, m, recv);
        fb.Release(recv + 1);
        int nargs = PushArgs(call, (Signature)TypeOf(e), recv + 1);
        fb.Emit(OpCode.Defer, fnReg, nargs + 1);
        return true;
    }

    /// <summary>
    /// `defer close(c)`, `go println(x)`, `defer delete(m, k)`: the arguments are evaluated now
    /// and a small function applying the builtin to them becomes the call's function value;
    /// returns the number of arguments placed after fnReg, or -1 if the builtin is not handled.
    /// `defer recover()` is a no-op (recover is not called *by* a deferred function).
    /// </summary>
    private int BuiltinCallValue(CallExpr call, Builtin b, int fnReg)
    {
        var args = call.Args;
        var types = new List<T.Type>();
        switch (b.Id)
        {
            case BuiltinId.Print or BuiltinId.Println:
                foreach (var a in args) types.Add(TypeOf(a) is Basic { IsUntyped: true } ut ? Predicates.Default(ut) : TypeOf(a));
                break;
            case BuiltinId.Panic: types.Add(Universe.Any); break;
            case BuiltinId.Delete:
            {
                var m = TypeOf(args[0]);
                types.Add(m);
                types.Add(((T.Map)m.Underlying).Key);
                break;
            }
            case BuiltinId.Close or BuiltinId.Clear: types.Add(TypeOf(args[0])); break;
            case BuiltinId.Copy: types.Add(TypeOf(args[0])); types.Add(TypeOf(args[1])); break;
            case BuiltinId.Recover: break;
            default: return -1;
        }
        var rtypes = types.Select(pb.Map).ToArray();
        string key = "defer:" + b.Name + ":" + string.Join(",", rtypes.Select(t => t.Id ?? t.ToString()));
        var fn = pb.Wrapper(key, () =>
        {
            var w = new FunctionBuilder(new Function("runtime.deferred." + b.Name) { File = "$wrapper" });
            int n = rtypes.Length;
            w.Alloc(Math.Max(1, n + 1));
            switch (b.Id)
            {
                case BuiltinId.Print or BuiltinId.Println:
                    w.Emit(OpCode.Print, 0, n, w.Const(new Minigo.Runtime.Slot(rtypes)), b.Id == BuiltinId.Println ? 1 : 0);
                    break;
                case BuiltinId.Panic: w.Emit(OpCode.Panic, 0); break;
                case BuiltinId.Delete: w.Emit(OpCode.MapDelete, 0, 1); break;
                case BuiltinId.Close: w.Emit(OpCode.ChanClose, 0); break;
                case BuiltinId.Copy: w.Emit(OpCode.Copy, 2, 0, 1, w.Type(pb.Map(((T.Slice)types[0].Underlying).Elem))); break;
                case BuiltinId.Clear:
                    if (types[0].Underlying is T.Map) w.Emit(OpCode.Clear, 1, 0);
                    else w.Emit(OpCode.Clear, 0, 0, w.Type(pb.Map(((T.Slice)types[0].Underlying).Elem)));
                    break;
            }
            w.Emit(OpCode.Return, 0, 0);
            w.Finish(n, 0);
            return w.Fn;
        });
        fb.Emit(OpCode.LoadK, fnReg, fb.Const(new Minigo.Runtime.Slot(fn.AsValue())));
        int first = fb.Alloc(Math.Max(1, types.Count));
        for (int i = 0; i < types.Count; i++) ValueTo(args[i], types[i], first + i);
        return types.Count;
    }

    /// <summary>`go f(x)`: the function value and arguments are evaluated here; a new goroutine makes the call.</summary>
    private void Go(GoStmt s)
    {
        if (s.Call is not CallExpr call) { Unsupported(s, "this go statement"); return; }
        int fnReg = fb.Alloc();
        var fun = call.Fun is ParenExpr pe ? pe.X : call.Fun;
        if (fun is Ident bid && info.ObjectOf(bid) is Builtin builtin)
        {
            int n = BuiltinCallValue(call, builtin, fnReg);
            if (n < 0) Unsupported(s, "go with builtin " + builtin.Name);
            else fb.Emit(OpCode.Go, fnReg, n);
            return;
        }
        if (!LoadCallee(call, fnReg, out var sig, out _)) { Unsupported(s, "this go statement"); return; }
        int nargs = PushArgs(call, sig!, fnReg + 1);
        fb.Emit(OpCode.Go, fnReg, nargs);
    }

    /// <summary>`ch <- v`.</summary>
    private void Send(SendStmt s)
    {
        var ct = (T.Chan)TypeOf(s.Chan).Underlying;
        int c = Expr(s.Chan);
        int v = fb.Alloc();
        ValueTo(s.Value, ct.Elem, v);
        fb.Emit(OpCode.ChanSend, c, v);
    }

    /// <summary>
    /// select: every case's channel (and value to send) is evaluated first, in source order;
    /// the Select instruction picks a ready case at random (or parks), then a jump table runs
    /// the chosen clause, after assigning a received value.
    /// </summary>
    private void Select(SelectStmt s)
    {
        int mark = fb.NextReg;
        var target = PushTarget(isLoop: false);
        var comms = s.Clauses.Where(c => c.Comm != null).ToList();
        bool hasDefault = s.Clauses.Any(c => c.Comm == null);
        int n = comms.Count;
        int @base = fb.Alloc(Math.Max(3, 2 * n));
        var sends = new bool[n];
        for (int i = 0; i < n; i++)
        {
            switch (comms[i].Comm)
            {
                case SendStmt ss:
                {
                    sends[i] = true;
                    ExprTo(ss.Chan, @base + 2 * i);
                    ValueTo(ss.Value, ((T.Chan)TypeOf(ss.Chan).Underlying).Elem, @base + 2 * i + 1);
                    break;
                }
                default:
                    ExprTo(RecvOperand(comms[i].Comm!).X, @base + 2 * i);
                    break;
            }
        }
        // Results land at base (chosen), base+1 (value), base+2 (ok): copy them out of the way of the case data.
        fb.Emit(OpCode.Select, @base, n, fb.Const(new Minigo.Runtime.Slot(sends)), hasDefault ? 1 : 0);
        int chosen = fb.Alloc(3);
        fb.Emit(OpCode.Move, chosen, @base);
        fb.Emit(OpCode.Move, chosen + 1, @base + 1);
        fb.Emit(OpCode.Move, chosen + 2, @base + 2);
        var ends = new List<int>();
        int test = fb.Alloc();
        for (int ci = 0; ci < s.Clauses.Count; ci++)
        {
            var clause = s.Clauses[ci];
            int index = clause.Comm == null ? -1 : comms.IndexOf(clause);
            fb.Emit(OpCode.LoadInt, test, index);
            fb.Emit(OpCode.EqI, test, test, chosen);
            int skip = fb.Emit(OpCode.JmpIfNot, test);
            int bodyMark = fb.NextReg;
            if (clause.Comm is AssignStmt a) AssignReceived(a, chosen + 1);
            Block(clause.Body);
            fb.Release(bodyMark);
            ends.Add(fb.Emit(OpCode.Jmp));
            fb.PatchJump(skip, fb.Count);
        }
        int end = fb.Count;
        foreach (var j in ends) fb.PatchJump(j, end);
        PopTarget(target, end, end);
        fb.Release(mark);
    }

    /// <summary>The `<-ch` of a receive case (`<-ch`, `v := <-ch`, `v, ok = <-ch`).</summary>
    private static UnaryExpr RecvOperand(Stmt comm) => comm switch
    {
        ExprStmt { X: var x } => (UnaryExpr)Unparen(x),
        AssignStmt a => (UnaryExpr)Unparen(a.Rhs[0]),
        _ => throw new InvalidOperationException("not a receive case"),
    };

    private static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p) e = p.X;
        return e;
    }

    /// <summary>v := <-ch / v, ok = <-ch in a select case: the value is in r[value], ok in r[value+1].</summary>
    private void AssignReceived(AssignStmt a, int value)
    {
        for (int i = 0; i < a.Lhs.Count; i++)
        {
            var lhs = a.Lhs[i];
            if (lhs is Ident { Name: "_" }) continue;
            int src = value + i;
            if (a.Op == AssignOp.Define && lhs is Ident id && info.Defs.GetValueOrDefault(id) is T.Var v) DeclareLocalFrom(v, src);
            else StoreTo(lhs, i == 0 ? Convert(src, ((T.Chan)TypeOf(RecvOperand(a).X).Underlying).Elem, TypeOf(lhs)) : src, owned: true);
        }
    }
}
