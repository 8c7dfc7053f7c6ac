using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Compiles one function body to register bytecode. Every local lives in a fixed register;
/// a local that a closure captures or whose address is taken lives in a heap cell (its
/// register holds the cell), except aggregates, whose box already has a stable identity.
/// This file holds the function frame and variables; statements and expressions are in the
/// FuncCompiler.*.cs partial files.
/// </summary>
internal sealed partial class FuncCompiler(ProgramBuilder pb, FunctionBuilder fb, Info info, Package pkg, Mono? mono)
{
    /// <summary>Where a local variable lives. Escaping: captured or address-taken (an aggregate then keeps its box and is assigned in place).</summary>
    private sealed record Local(int Reg, bool InCell, T.Type Type, bool Escaping = false);

    private readonly Dictionary<T.Var, Local> locals = new(ReferenceEqualityComparer.Instance);
    private readonly List<Local> results = [];
    private Signature? signature;
    private bool hasDefer;
    private int literalCount;

    // ---- entry points ----

    public void CompileFunction(FuncDecl decl, Signature sig)
    {
        signature = sig;
        hasDefer = ContainsDefer(decl.Body!);
        inlining.Add(decl);
        int np = 0;
        if (decl.Recv != null && sig.Recv != null)
        {
            fb.Alloc();
            np++;
        }
        foreach (var v in sig.Params.Vars) { fb.Alloc(); np++; }
        int reg = 0;
        if (decl.Recv != null && sig.Recv != null) BindParam(sig.Recv, reg++);
        foreach (var v in sig.Params.Vars) BindParam(v, reg++);
        BeginResults(sig);
        fb.Line = decl.Pos.Line;
        Block(decl.Body!.Stmts);
        EndFunction(decl.Body.Rbrace);
        fb.Finish(np, sig.Results.Vars.Count);
    }

    public void CompileLiteral(FuncLit lit, Signature sig, IReadOnlyList<T.Var> captures)
    {
        signature = sig;
        hasDefer = ContainsDefer(lit.Body);
        int np = sig.Params.Vars.Count;
        fb.Alloc(np);
        for (int i = 0; i < np; i++) BindParam(sig.Params.Vars[i], i);
        for (int i = 0; i < captures.Count; i++)
        {
            var v = captures[i];
            int r = fb.Alloc();
            fb.Emit(OpCode.LoadCapture, r, i);
            locals[v] = new Local(r, !IsAggregate(TypeOf(v)), TypeOf(v), Escaping: true);
        }
        BeginResults(sig);
        fb.Line = lit.Pos.Line;
        Block(lit.Body.Stmts);
        EndFunction(lit.Body.Rbrace);
        fb.Finish(np, sig.Results.Vars.Count);
    }

    /// <summary>Package-level variable initialisers, in the checker's dependency order.</summary>
    /// <param name="fresh">The variables to zero first (default: all of the package's; a REPL input: only its new ones).</param>
    public void CompileInitializers(List<Initializer> order, IEnumerable<T.Var>? fresh = null)
    {
        foreach (var v in fresh ?? pkg.Scope.Names.Select(pkg.Scope.Lookup).OfType<T.Var>())
        {
            var t = TypeOf(v);
            if (!pb.Map(t).NeedsInit) continue;
            int mark = fb.NextReg;
            int r = fb.Alloc();
            fb.Emit(OpCode.Zero, r, fb.Type(pb.Map(t)));
            fb.Emit(OpCode.StoreGlobal, r, pb.GlobalIndex(v));
            fb.Release(mark);
        }
        foreach (var init in order)
        {
            fb.Line = init.Rhs.Pos.Line;
            int mark = fb.NextReg;
            if (init.Lhs.Count == 1)
            {
                int r = fb.Alloc();
                ValueTo(init.Rhs, TypeOf(init.Lhs[0]), r);
                fb.Emit(OpCode.StoreGlobal, r, pb.GlobalIndex(init.Lhs[0]));
            }
            else
            {
                int b = MultiValue(init.Rhs, init.Lhs.Count);
                var tuple = (T.Tuple)TypeOf(init.Rhs);
                for (int i = 0; i < init.Lhs.Count; i++)
                {
                    if (init.Lhs[i].Name == "_") continue;
                    int r = Convert(b + i, tuple.Vars[i].Type, TypeOf(init.Lhs[i]));
                    fb.Emit(OpCode.StoreGlobal, r, pb.GlobalIndex(init.Lhs[i]));
                }
            }
            fb.Release(mark);
        }
    }

    private void BindParam(T.Var v, int reg)
    {
        var t = TypeOf(v);
        if (Escapes(v) && !IsAggregate(t))
        {
            int cell = fb.Alloc();
            fb.Emit(OpCode.NewCell, cell, fb.Type(pb.Map(t)));
            fb.Emit(OpCode.StorePtrS, cell, reg);
            locals[v] = new Local(cell, true, t, true);
        }
        else locals[v] = new Local(reg, false, t, Escapes(v));
    }

    private bool namedResults;

    private void BeginResults(Signature sig)
    {
        namedResults = sig.Results.Vars.Any(v => v.Name != "" && v.Name != "_") || sig.Results.Vars.Any(v => v.Name == "_");
        // Unnamed results need no variables unless deferred calls may run before the return.
        if (!namedResults && !hasDefer) return;
        foreach (var v in sig.Results.Vars)
            results.Add(DeclareLocal(v));
    }

    private void EndFunction(Pos rbrace)
    {
        fb.Line = rbrace.Line;
        if (signature!.Results.Vars.Count == 0) EmitReturn();
        else fb.Emit(OpCode.Unreachable);
        if (hasDefer)
        {
            // Where a frame resumes after one of its deferred calls recovered a panic.
            fb.Fn.RecoverPc = fb.Count;
            EmitReturn();
        }
    }

    /// <summary>Runs deferred calls, then returns the result variables' current values.</summary>
    private void EmitReturn()
    {
        if (hasDefer) fb.Emit(OpCode.RunDefers);
        int n = results.Count;
        if (n == 0) { fb.Emit(OpCode.Return, 0, 0); return; }
        if (results.Select((l, i) => !l.InCell && l.Reg == results[0].Reg + i).All(x => x))
        {
            fb.Emit(OpCode.Return, results[0].Reg, n); // already consecutive registers: returned from there
            return;
        }
        int mark = fb.NextReg;
        int b = fb.Alloc(n);
        for (int i = 0; i < n; i++) LoadLocal(results[i], b + i);
        fb.Emit(OpCode.Return, b, n);
        fb.Release(mark);
    }

    // ---- variables ----

    private bool Escapes(T.Var v) => info.AddressTaken.Contains(v) || IsCaptured(v);

    private HashSet<T.Var>? captured;

    private bool IsCaptured(T.Var v)
    {
        if (captured == null)
        {
            captured = new HashSet<T.Var>(ReferenceEqualityComparer.Instance);
            foreach (var list in info.Captures.Values) foreach (var c in list) captured.Add(c);
        }
        return captured.Contains(v);
    }

    /// <summary>Declares a local initialised to its zero value.</summary>
    private Local DeclareLocal(T.Var v)
    {
        var t = TypeOf(v);
        CountFrameBytes(t);
        if (Escapes(v) && !IsAggregate(t))
        {
            int cell = fb.Alloc();
            fb.Emit(OpCode.NewCell, cell, fb.Type(pb.Map(t)));
            return locals[v] = new Local(cell, true, t, true);
        }
        int r = fb.Alloc();
        EmitZero(r, t);
        return locals[v] = new Local(r, false, t, Escapes(v));
    }

    /// <summary>Declares a local whose initial value is in register `value` (already converted, owned).</summary>
    private Local DeclareLocalFrom(T.Var v, int value)
    {
        var t = TypeOf(v);
        CountFrameBytes(t);
        if (Escapes(v) && !IsAggregate(t))
        {
            int cell = fb.Alloc();
            fb.Emit(OpCode.NewCell, cell, fb.Type(pb.Map(t)));
            fb.Emit(OpCode.StorePtrS, cell, value);
            return locals[v] = new Local(cell, true, t, true);
        }
        int r = fb.Alloc();
        if (r != value) fb.Emit(OpCode.Move, r, value);
        return locals[v] = new Local(r, false, t, Escapes(v));
    }

    /// <summary>Go keeps arrays and structs in the frame; count them toward the Go stack size.</summary>
    private void CountFrameBytes(T.Type t)
    {
        if (IsAggregate(t)) fb.AggregateBytes += pb.Map(t).Size;
    }

    private void EmitZero(int r, T.Type t)
    {
        var rt = pb.Map(t);
        if (rt.NeedsInit) fb.Emit(OpCode.Zero, r, fb.Type(rt));
        else fb.Emit(OpCode.LoadNil, r);
    }

    private void LoadLocal(Local l, int dst)
    {
        if (l.InCell) fb.Emit(OpCode.LoadPtrS, dst, l.Reg);
        else if (l.Reg != dst) fb.Emit(OpCode.Move, dst, l.Reg);
    }

    // ---- types ----

    private T.Type TypeOf(T.Object o) => mono == null ? o.Type : mono.Apply(o.Type);

    private T.Type TypeOf(Expr e)
    {
        var t = info.Types.TryGetValue(e, out var tv) ? tv.Type : info.TypeOf(e) ?? throw new InvalidOperationException("untyped expression at " + e.Pos);
        return mono == null ? t : mono.Apply(t);
    }

    private static bool IsAggregate(T.Type t) => t.Underlying is Struct or T.Array;

    private Kind KindOf(T.Type t) => TypeMapper.KindOf(t);

    private void Unsupported(Node n, string what) => pb.Diags.Error(n.Pos, $"minigo: {what} is not supported yet");

    private static bool ContainsDefer(BlockStmt body)
    {
        bool found = false;
        void Walk(Stmt s)
        {
            if (found) return;
            switch (s)
            {
                case DeferStmt: found = true; break;
                case BlockStmt b: b.Stmts.ForEach(Walk); break;
                case IfStmt i: Walk(i.Then); if (i.Else != null) Walk(i.Else); break;
                case ForStmt f: Walk(f.Body); break;
                case RangeStmt r: Walk(r.Body); break;
                case SwitchStmt sw: sw.Clauses.ForEach(c => c.Body.ForEach(Walk)); break;
                case TypeSwitchStmt ts: ts.Clauses.ForEach(c => c.Body.ForEach(Walk)); break;
                case SelectStmt se: se.Clauses.ForEach(c => c.Body.ForEach(Walk)); break;
                case LabeledStmt l: Walk(l.Stmt); break;
                case CaseClause cc: cc.Body.ForEach(Walk); break;
            }
        }
        Walk(body);
        return found;
    }
}
