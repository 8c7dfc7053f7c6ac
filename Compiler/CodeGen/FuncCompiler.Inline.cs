using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Inlining: a call of a small function or statically dispatched method (see
/// InlineCandidates for which) compiles the callee's body in place, recorded in the
/// function's inline tree (FunctionBuilder.BeginInline) so its frame stays visible. Its results go to
/// consecutive registers, as a call's would; its parameters are bound to the argument
/// registers, or to the caller's own variable when the body never assigns the parameter;
/// each return stores the results and jumps to the end. The body is compiled with the
/// callee package's type information. Go inlines such functions too: a call, a frame push,
/// argument moves and a return cost more than most of these bodies.
/// </summary>
internal sealed partial class FuncCompiler
{
    /// <summary>How deep inlined bodies may nest (an inlined body's own calls inline too).</summary>
    private const int MaxInlineDepth = 3;

    private int inlineDepth;
    private InlineFrame? inlineFrame;
    /// <summary>The function being compiled and the bodies being inlined into it: none is inlined again inside itself (its variables have one register each).</summary>
    private readonly HashSet<FuncDecl> inlining = new(ReferenceEqualityComparer.Instance);

    /// <summary>The inlined body being compiled: where its results go and the jumps its returns make to its end.</summary>
    private sealed class InlineFrame(int resultBase, List<T.Type> resultTypes, List<Local>? namedResults, ReturnStmt? tail)
    {
        public readonly int ResultBase = resultBase;
        public readonly List<T.Type> ResultTypes = resultTypes;
        /// <summary>The variables of named results (a bare return reads them), else null.</summary>
        public readonly List<Local>? NamedResults = namedResults;
        /// <summary>The body's last statement, if a return: it falls through to the end.</summary>
        public readonly ReturnStmt? Tail = tail;
        public readonly List<int> Exits = [];
    }

    /// <summary>The body of f if this call of it may be inlined here.</summary>
    private InlineBody? InlineCandidate(CallExpr call, Func f)
    {
        if (inlineDepth >= MaxInlineDepth || mono != null || call.HasEllipsis) return null;
        if (call.Args.Count != f.Signature.Params.Vars.Count) return null;
        if (call.Args.Count == 1 && TypeOf(call.Args[0]) is T.Tuple) return null;
        return pb.Inlining.Of(f) is { } body && !inlining.Contains(body.Decl) ? body : null;
    }

    /// <summary>f(args) or pkg.F(args) inlined; returns the base of its results, or -1 if f does not qualify.</summary>
    private int TryInline(CallExpr call, Func f)
    {
        if (InlineCandidate(call, f) is not { } body) return -1;
        int dst = AllocResults(body);
        var binds = new List<(T.Var, int)>();
        BindArguments(call, body, binds);
        return InlineBody(body, dst, binds);
    }

    /// <summary>x.M(args) for a concrete receiver, inlined; -1 if M does not qualify.</summary>
    private int TryInlineMethod(CallExpr call, SelectorExpr e, Selection sel, Func m)
    {
        if (InlineCandidate(call, m) is not { } body) return -1;
        int dst = AllocResults(body);
        var recvVar = m.Signature.Recv!;
        var binds = new List<(T.Var, int)> { (recvVar, BindReceiver(call, e, sel, m, body, recvVar)) };
        BindArguments(call, body, binds);
        return InlineBody(body, dst, binds);
    }

    private int AllocResults(InlineBody body)
    {
        int n = body.Func.Signature.Results.Vars.Count;
        return n == 0 ? fb.NextReg : fb.Alloc(n);
    }

    /// <summary>
    /// The receiver's register. The caller's own (a variable, or the struct a value method is
    /// called on) when the body neither assigns it nor, for a struct, stores anywhere at all
    /// (then reading the original is reading a copy); else a copy, as a call would make.
    /// </summary>
    private int BindReceiver(CallExpr call, SelectorExpr e, Selection sel, Func m, InlineBody body, T.Var recvVar)
    {
        bool ptrRecv = m.Signature.Recv!.Type is T.Pointer;
        if (!body.Assigned.Contains(recvVar))
        {
            var ownerType = OwnerType(e.X, sel.Index);
            bool ownerIsPtr = ownerType.Underlying is T.Pointer && ownerType is not Named;
            var valueType = ownerIsPtr ? ((T.Pointer)ownerType.Underlying).Elem : ownerType;
            if (ptrRecv && (ownerIsPtr || IsAggregate(valueType))) return WalkToOwner(e.X, sel.Index).Reg;
            if (!ptrRecv && !ownerIsPtr && !IsAggregate(valueType)) return WalkToOwner(e.X, sel.Index).Reg;
            if (!ptrRecv && IsAggregate(valueType) && body.Pure && SimpleOperand(e.X) && EffectFree(call.Args))
            {
                int owner = WalkToOwner(e.X, sel.Index).Reg;
                if (ownerIsPtr) fb.Emit(OpCode.NilCheck, owner);
                return owner;
            }
        }
        int r = fb.Alloc();
        Receiver(e, sel, m, r);
        return r;
    }

    private void BindArguments(CallExpr call, InlineBody body, List<(T.Var, int)> binds)
    {
        var ps = body.Func.Signature.Params.Vars;
        for (int i = 0; i < ps.Count; i++)
        {
            var p = ps[i];
            var a = call.Args[i];
            int reg = -1;
            if (!body.Assigned.Contains(p) && Predicates.Identical(TypeOf(a), p.Type))
            {
                if (LocalRegister(a) is int lr) reg = lr;
                else if (IsAggregate(p.Type) && body.Pure && EffectFree(call.Args))
                {
                    // Read in place: the body stores nowhere, so the original stays what a copy would be.
                    reg = fb.Alloc();
                    ExprTo(a, reg);
                }
            }
            if (reg < 0)
            {
                reg = fb.Alloc();
                ValueTo(a, p.Type, reg);
            }
            binds.Add((p, reg));
        }
    }

    /// <summary>Whether evaluating these operands can change nothing (no calls or receives): an aggregate read in place stays as evaluated.</summary>
    private bool EffectFree(List<Expr> exprs) => exprs.All(SimpleOperand);

    private bool SimpleOperand(Expr e) => e switch
    {
        ParenExpr p => SimpleOperand(p.X),
        Ident or BasicLit => true,
        SelectorExpr s => SimpleOperand(s.X),
        _ => info.Types.TryGetValue(e, out var tv) && tv.Value != null,
    };

    private int InlineBody(InlineBody body, int dst, List<(T.Var Var, int Reg)> binds)
    {
        var resultVars = body.Func.Signature.Results.Vars;
        InlinedScope(body, binds, () =>
        {
            var stmts = body.Decl.Body!.Stmts;
            int bodyMark = fb.NextReg;
            var named = resultVars.Any(v => v.Name != "") ? resultVars.Select(DeclareLocal).ToList() : null;
            var frame = new InlineFrame(dst, resultVars.Select(v => v.Type).ToList(), named, stmts.Count > 0 ? stmts[^1] as ReturnStmt : null);
            inlineFrame = frame;
            Block(stmts);
            fb.Release(bodyMark);
            foreach (int exit in frame.Exits) fb.PatchJump(exit, fb.Count);
        });
        fb.Release(dst + resultVars.Count);
        return dst;
    }

    /// <summary>
    /// Compiles `compile` as code of the inlined body: the parameters bound to their registers,
    /// the callee package's type information, the inline tree's node for its lines.
    /// </summary>
    private void InlinedScope(InlineBody body, List<(T.Var Var, int Reg)> binds, Action compile)
    {
        var saved = new List<(T.Var, Local?)>(binds.Count);
        foreach (var (v, reg) in binds)
        {
            saved.Add((v, locals.GetValueOrDefault(v)));
            locals[v] = new Local(reg, false, v.Type);
        }
        var (callerInfo, callerPkg, callerCaptured, callerFrame) = (info, pkg, captured, inlineFrame);
        var (callerLabel, callerFallthrough) = (pendingLabel, fallthroughJumps);
        (info, pkg, captured, inlineFrame) = (body.Info, body.Pkg, null, null);
        (pendingLabel, fallthroughJumps) = (null, null);
        inlineDepth++;
        inlining.Add(body.Decl);
        fb.BeginInline(ProgramBuilder.GoName(body.Func, null), body.Func.Pos.File);
        compile();
        fb.EndInline();
        inlining.Remove(body.Decl);
        inlineDepth--;
        (info, pkg, captured, inlineFrame) = (callerInfo, callerPkg, callerCaptured, callerFrame);
        (pendingLabel, fallthroughJumps) = (callerLabel, callerFallthrough);
        foreach (var (v, old) in saved)
            if (old == null) locals.Remove(v); else locals[v] = old;
    }

    /// <summary>
    /// `if f(x) {`: when f's body is `return cond`, the condition is compiled in place as
    /// branches (CondJump), so `isCTL(b) && !isLWS(b)` compares and jumps without booleans.
    /// </summary>
    private bool TryInlineCondition(CallExpr call, bool jumpIfTrue, List<int> jumps)
    {
        var fun = Unparen(call.Fun);
        Func? f = null;
        SelectorExpr? msel = null;
        Selection? sel = null;
        if (fun is Ident id && info.ObjectOf(id) is Func f1 && !info.Instances.ContainsKey(id)) f = f1;
        else if (fun is SelectorExpr s)
        {
            if (info.Selections.TryGetValue(s, out var se))
            {
                if (se.Kind == SelectionKind.MethodVal && se.Obj is Func m && m.Decl != null && MethodMono(m, OwnerType(s.X, se.Index)) == null
                    && OwnerType(s.X, se.Index).Underlying is not Interface)
                    (f, msel, sel) = (m, s, se);
            }
            else if (info.ObjectOf(s.Sel) is Func pf && !info.Instances.ContainsKey(s.Sel)) f = pf;
        }
        if (f == null || InlineCandidate(call, f) is not { } body) return false;
        var stmts = body.Decl.Body!.Stmts;
        if (stmts is not [.., ReturnStmt { Results: [var result] }] || f.Signature.Results.Vars is not [{ Name: "" }]) return false;
        if (stmts.Take(stmts.Count - 1).Any(st => st is not DeclStmt { Decl.Kind: DeclKind.Const })) return false; // constants need no code
        var binds = new List<(T.Var, int)>();
        if (msel != null) binds.Add((f.Signature.Recv!, BindReceiver(call, msel, sel!, f, body, f.Signature.Recv!)));
        BindArguments(call, body, binds);
        InlinedScope(body, binds, () =>
        {
            fb.Line = result.Pos.Line;
            CondJump(result, jumpIfTrue, jumps);
        });
        return true;
    }

    /// <summary>A return in an inlined body: the results into the frame's registers, then to the end.</summary>
    private void InlineReturn(ReturnStmt r)
    {
        var frame = inlineFrame!;
        int n = frame.ResultTypes.Count;
        if (r.Results.Count == 1 && n > 1)
        {
            int b = MultiValue(r.Results[0], n);
            var tuple = (T.Tuple)TypeOf(r.Results[0]);
            for (int i = 0; i < n; i++)
            {
                int c = Convert(b + i, tuple.Vars[i].Type, frame.ResultTypes[i]);
                fb.Emit(OpCode.Move, frame.ResultBase + i, c);
            }
        }
        else if (r.Results.Count == 0 && frame.NamedResults != null)
        {
            for (int i = 0; i < n; i++) LoadLocal(frame.NamedResults[i], frame.ResultBase + i);
        }
        else
        {
            for (int i = 0; i < r.Results.Count; i++) ValueTo(r.Results[i], frame.ResultTypes[i], frame.ResultBase + i);
        }
        if (!ReferenceEquals(r, frame.Tail)) frame.Exits.Add(fb.Emit(OpCode.Jmp, 0));
    }
}
