using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// A function whose body a call may compile in place (FuncCompiler.Inline.cs): Info and
/// Package are the callee's, for its body's types. Assigned: the parameters (and receiver)
/// the body assigns, which need registers of their own. Pure: the body stores only to its
/// own variables and calls only pure functions, so an aggregate argument can be read in
/// place instead of copied.
/// </summary>
internal sealed record InlineBody(Func Func, FuncDecl Decl, Info Info, Package Pkg, HashSet<T.Var> Assigned, bool Pure, int Size);

/// <summary>
/// Which functions are inlined, decided once per program. Go's compiler inlines small
/// functions and methods, and keeps their frames in an inline tree for tracebacks and
/// runtime.Caller; so does minigo (Function.Inlined). A body qualifies if it is small, its
/// results are unnamed or plain named ones, its parameters are not variadic and not captured,
/// and it has no defer, recover, go, select, labels, goto or closures: constructs whose
/// meaning depends on the function having a frame of its own. A call the body makes costs
/// CallCost nodes unless that callee is inlined too.
/// </summary>
internal sealed class InlineCandidates(ProgramBuilder pb)
{
    private readonly ProgramBuilder program = pb;

    /// <summary>Expression and statement nodes a body may have (Go's budget is 80 of its IR nodes).</summary>
    private const int Budget = 60;

    /// <summary>What a call that stays a call adds to the size of the body making it.</summary>
    private const int CallCost = 8;

    /// <summary>Packages whose functions are never inlined: the compiler treats their calls specially (sync's mutex fast paths, atomics) or they are the runtime's own.</summary>
    private static readonly HashSet<string> Excluded = ["runtime", "sync", "sync/atomic", "unsafe"];

    private readonly Dictionary<Func, InlineBody?> cache = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Func> inProgress = new(ReferenceEqualityComparer.Instance);

    public InlineBody? Of(Func f)
    {
        if (cache.TryGetValue(f, out var known)) return known;
        if (!inProgress.Add(f)) return null; // recursion: not inlinable
        var body = Analyse(f);
        inProgress.Remove(f);
        cache[f] = body;
        return body;
    }

    private InlineBody? Analyse(Func f)
    {
        if (!ReferenceEquals(f.Origin, f) || f.Decl?.Body is not { } block || f.Pkg is not { } pkg) return null;
        if (Excluded.Contains(pkg.Path) || !program.Infos.TryGetValue(pkg, out var info)) return null;
        var sig = f.Signature;
        if (sig.TypeParams.Count > 0 || sig.RecvTypeParams.Count > 0 || sig.Variadic) return null;
        if (sig.Recv != null && ReceiverBase(sig.Recv.Type) is { } rn && rn.TypeParams.Count > 0) return null;
        var parameters = new List<T.Var>(sig.Params.Vars);
        if (sig.Recv != null) parameters.Add(sig.Recv);
        // A scalar whose address is taken lives in a cell. A struct or array keeps its box; the
        // walk sees where its address is taken (&x, x.M() for M on *T, x[:]) and counts it assigned.
        if (parameters.Any(p => info.AddressTaken.Contains(p) && p.Type.Underlying is not (Struct or T.Array))) return null;
        var walk = new Walk(this, info, parameters);
        foreach (var s in block.Stmts) walk.Stmt(s);
        if (walk.Failed || walk.Size > Budget) return null;
        return new InlineBody(f, f.Decl, info, pkg, walk.Assigned, walk.Pure, walk.Size);
    }

    private static Named? ReceiverBase(T.Type t) => (t is T.Pointer p ? p.Elem : t) as Named;

    /// <summary>One pass over a body: its size, whether it qualifies, what it assigns.</summary>
    private sealed class Walk(InlineCandidates owner, Info info, List<T.Var> parameters)
    {
        public int Size;
        public bool Failed;
        public bool Pure = true;
        public readonly HashSet<T.Var> Assigned = new(ReferenceEqualityComparer.Instance);

        public void Stmt(Stmt s)
        {
            if (Failed) return;
            Size++;
            switch (s)
            {
                case EmptyStmt: break;
                case BlockStmt b: b.Stmts.ForEach(Stmt); break;
                case ExprStmt e: Expr(e.X); break;
                case IncDecStmt i: Store(i.X); Expr(i.X); break;
                case AssignStmt a:
                    foreach (var l in a.Lhs) { Store(l); if (!(a.Op == AssignOp.Define && l is Ident)) Expr(l); }
                    a.Rhs.ForEach(Expr);
                    break;
                case ReturnStmt r: r.Results.ForEach(Expr); break;
                case IfStmt i:
                    if (i.Init != null) Stmt(i.Init);
                    Expr(i.Cond);
                    Stmt(i.Then);
                    if (i.Else != null) Stmt(i.Else);
                    break;
                case DeclStmt { Decl: { Kind: DeclKind.Const or DeclKind.Var } d }:
                    foreach (var spec in d.Specs.OfType<ValueSpec>())
                        if (d.Kind == DeclKind.Var) spec.Values.ForEach(Expr);
                    break;
                case ForStmt f:
                    if (f.Init != null) Stmt(f.Init);
                    Expr(f.Cond);
                    if (f.Post != null) Stmt(f.Post);
                    Stmt(f.Body);
                    break;
                case RangeStmt r:
                    if (!r.Define) { if (r.Key != null) Store(r.Key); if (r.Value != null) Store(r.Value); }
                    if (info.Types.TryGetValue(r.X, out var rtv) && rtv.Type?.Underlying is Chan) Pure = false;
                    Expr(r.X);
                    Stmt(r.Body);
                    break;
                case SwitchStmt sw:
                    if (sw.Init != null) Stmt(sw.Init);
                    Expr(sw.Tag);
                    foreach (var c in sw.Clauses) { c.List?.ForEach(Expr); c.Body.ForEach(Stmt); }
                    break;
                case TypeSwitchStmt ts:
                    if (ts.Init != null) Stmt(ts.Init);
                    Expr(ts.X);
                    foreach (var c in ts.Clauses) c.Body.ForEach(Stmt);
                    break;
                case BranchStmt { Label: null, Kind: BranchKind.Break or BranchKind.Continue or BranchKind.Fallthrough }: break;
                case SendStmt send: Pure = false; Expr(send.Chan); Expr(send.Value); break;
                default: Failed = true; break;
            }
        }

        /// <summary>An assignment's target: a store anywhere but a variable is not pure; a parameter it names (not through a pointer) is assigned.</summary>
        private void Store(Expr target)
        {
            var e = target;
            while (e is ParenExpr p) e = p.X;
            if (e is Ident { Name: "_" }) return;
            if (e is not Ident) Pure = false;
            var root = Root(e);
            if (root is Ident id && info.ObjectOf(id) is T.Var v)
            {
                if (parameters.Contains(v)) Assigned.Add(v);
                else if (owner.program.IsGlobal(v)) Pure = false;
            }
        }

        /// <summary>The variable an lvalue stores into: x in x, x.f and x[i] for a struct or array x; a store through a pointer, slice or map names no variable (null).</summary>
        private Expr? Root(Expr e)
        {
            while (true)
            {
                switch (e)
                {
                    case ParenExpr p: e = p.X; continue;
                    case SelectorExpr s when info.Selections.ContainsKey(s):
                        if (IsPointer(TypeOfExpr(s.X))) return null;
                        e = s.X;
                        continue;
                    case IndexExpr ix:
                        if (TypeOfExpr(ix.X)?.Underlying is not T.Array) return null;
                        e = ix.X;
                        continue;
                    case Ident: return e;
                    default: return null;
                }
            }
        }

        private void Expr(Expr? e)
        {
            if (Failed || e == null) return;
            Size++;
            switch (e)
            {
                case BasicLit: break;
                case Ident id:
                    if (info.ObjectOf(id) is Builtin { Id: BuiltinId.Recover }) Failed = true;
                    break;
                case ParenExpr p: Expr(p.X); break;
                case UnaryExpr u:
                    if (u.Op == Op.Arrow) Pure = false; // a receive
                    if (u.Op == Op.And) AddressOf(u.X);
                    Expr(u.X);
                    break;
                case StarExpr st: Expr(st.X); break;
                case BinaryExpr b: Expr(b.X); Expr(b.Y); break;
                case SelectorExpr s:
                    Expr(s.X);
                    break;
                case IndexExpr ix:
                    if ((ix.X is SelectorExpr xs ? xs.Sel : ix.X as Ident) is { } head && info.Instances.ContainsKey(head)) { Failed = true; break; } // an instantiation
                    Expr(ix.X);
                    ix.Indices.ForEach(Expr);
                    break;
                case SliceExpr se:
                    if (TypeOfExpr(se.X)?.Underlying is T.Array) AddressOf(se.X); // a[:] of an array takes &a
                    Expr(se.X); Expr(se.Lo); Expr(se.Hi); Expr(se.Max);
                    break;
                case TypeAssertExpr ta: Expr(ta.X); break;
                case CompositeLit cl:
                    foreach (var el in cl.Elements) { if (el.Key is not null and not Ident) Expr(el.Key); Expr(el.Value); }
                    break;
                case CallExpr c: Call(c); break;
                case ArrayTypeExpr or MapTypeExpr or ChanTypeExpr or FuncTypeExpr or InterfaceTypeExpr or StructTypeExpr: break;
                default: Failed = true; break;
            }
        }

        /// <summary>&amp;x (also x.M() for M on *T): the variable x may change through the pointer.</summary>
        private void AddressOf(Expr x)
        {
            if (Root(x) is Ident id && info.ObjectOf(id) is T.Var v && parameters.Contains(v)) Assigned.Add(v);
            Pure = false;
        }

        private void Call(CallExpr c)
        {
            var funTv = info.Types.GetValueOrDefault(c.Fun);
            c.Args.ForEach(Expr);
            if (funTv.Mode == Mode.TypeExpr) return; // a conversion
            var fun = c.Fun;
            while (fun is ParenExpr p) fun = p.X;
            if (funTv.Mode == Mode.Builtin || fun is Ident bi && info.ObjectOf(bi) is Builtin)
            {
                var id = (fun as Ident ?? (fun as SelectorExpr)?.Sel) is { } bid && info.ObjectOf(bid) is Builtin b ? b.Id : BuiltinId.Recover;
                if (id == BuiltinId.Recover) Failed = true;
                else if (id is not (BuiltinId.Len or BuiltinId.Cap or BuiltinId.Panic or BuiltinId.Min or BuiltinId.Max
                         or BuiltinId.Real or BuiltinId.Imag or BuiltinId.Complex or BuiltinId.Print or BuiltinId.Println or BuiltinId.Make or BuiltinId.New))
                    Pure = false;
                return;
            }
            Func? callee = null;
            if (fun is Ident fid && info.ObjectOf(fid) is Func f1 && !info.Instances.ContainsKey(fid)) callee = f1;
            else if (fun is SelectorExpr s)
            {
                if (info.Selections.TryGetValue(s, out var sel))
                {
                    Expr(s.X);
                    if (sel.Kind == SelectionKind.MethodVal && sel.Obj is Func m && !OwnerIsInterface(s.X, sel))
                    {
                        // x.M() with M on *T takes &x, unless M is inlined and neither stores nor assigns its receiver.
                        if (m.HasPtrRecv && !IsPointer(TypeOfExpr(s.X))
                            && !(m.Decl?.Body != null && owner.Of(m) is { Pure: true } pure && !pure.Assigned.Contains(m.Signature.Recv!)))
                            AddressOf(s.X);
                        callee = m;
                    }
                }
                else if (info.ObjectOf(s.Sel) is Func pf && !info.Instances.ContainsKey(s.Sel)) callee = pf;
            }
            else Expr(fun);
            // A callee inlined in turn adds its body; any other call stays a call.
            var inner = callee?.Decl?.Body != null ? owner.Of(callee) : null;
            if (inner != null)
            {
                Size += inner.Size;
                if (!inner.Pure) Pure = false;
            }
            else
            {
                Size += CallCost;
                Pure = false;
            }
        }

        private T.Type? TypeOfExpr(Expr e) => info.Types.TryGetValue(e, out var tv) ? tv.Type : info.TypeOf(e);

        private static bool IsPointer(T.Type? t) => t?.Underlying is T.Pointer && t is not Named;

        private bool OwnerIsInterface(Expr x, Selection sel)
        {
            var t = TypeOfExpr(x);
            for (int i = 0; i < sel.Index.Length - 1 && t != null; i++)
            {
                if ((t.Underlying is T.Pointer p ? p.Elem.Underlying : t.Underlying) is not Struct st) return true;
                t = st.Fields[sel.Index[i]].Type;
            }
            return t == null || t.Underlying is Interface;
        }
    }
}
