using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Generates and links the whole program: one VM Function per Go function (generic ones
/// once per instantiation), natives bound to bodyless declarations, globals, method tables
/// for interface dispatch, and the init function (imports first, then each package's
/// variables in dependency order and its init funcs).
/// </summary>
internal sealed partial class ProgramBuilder(IPackageSource natives, DiagnosticBag diags)
{
    public readonly TypeMapper Types = new();
    /// <summary>Where code generation reports (a REPL session sets a fresh bag per input).</summary>
    public DiagnosticBag Diags = diags;
    private readonly Dictionary<string, Function> functions = [];
    private readonly List<Function> allFunctions = [];
    private readonly Queue<Action> pending = new();
    private readonly Dictionary<T.Var, int> globals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Function> wrappers = [];
    public readonly Dictionary<Package, Info> Infos = [];
    private InlineCandidates? inlining;
    /// <summary>Which functions calls compile in place (see InlineCandidates).</summary>
    public InlineCandidates Inlining => inlining ??= new InlineCandidates(this);

    /// <summary>The package compiled as a library (no entry point): as `go tool compile`, its functions may lack a body (assembly would supply it).</summary>
    private Package? libraryPkg;

    public Program? Build(IReadOnlyList<(Package Pkg, IReadOnlyList<SourceFile> Files, Info Info)> packages, string entryPoint = "main", bool requireMain = true)
    {
        if (entryPoint.Length == 0) libraryPkg = packages[^1].Pkg;
        foreach (var (pkg, _, info) in packages) Infos[pkg] = info;

        var init = new FunctionBuilder(new Function("main.init") { File = "$init" });
        foreach (var (pkg, files, info) in packages)
        {
            foreach (var v in pkg.Scope.Names.Select(pkg.Scope.Lookup).OfType<T.Var>())
                globals[v] = globals.Count;
            // `var _ = f()` declares no variable in the scope, but its initialiser still runs.
            foreach (var initializer in info.InitOrder)
                foreach (var v in initializer.Lhs)
                    if (!globals.ContainsKey(v)) globals[v] = globals.Count;
            var fc = new FuncCompiler(this, init, info, pkg, null);
            fc.CompileInitializers(info.InitOrder);
            foreach (var f in info.InitFuncs)
            {
                var fn = FunctionFor(f, null);
                int b = init.NextReg;
                init.Emit(OpCode.Call, b, init.Callee(fn));
            }
        }
        init.Emit(OpCode.Return, 0, 0);
        init.Finish(0, 0);
        allFunctions.Add(init.Fn);

        var mainPkg = packages[^1].Pkg;
        Function main;
        if (entryPoint.Length == 0)
        {
            // A library package (compiled, not run): every declared function is compiled.
            foreach (var f in mainPkg.Scope.Names.Select(mainPkg.Scope.Lookup).OfType<Func>())
                if (f.Type is not T.Signature { TypeParams.Count: > 0 }) FunctionFor(f, null);
            main = init.Fn;
        }
        else if (mainPkg.Scope.Lookup(entryPoint) is Func mainFunc) main = FunctionFor(mainFunc, null);
        else if (!requireMain) main = MissingMain();
        else
        {
            Diags.Error(Pos.None, $"function {entryPoint} is undeclared in the main package");
            return null;
        }
        var exports = CompileExports(mainPkg);
        // panic(nil) panics with the program's *runtime.PanicNilError when package runtime is in it.
        RType? panicNil = null;
        var runtimePkg = packages.FirstOrDefault(p => p.Pkg.Path == "runtime").Pkg;
        if (runtimePkg?.Scope.Lookup("PanicNilError") is TypeName pn) panicNil = Map(new T.Pointer(pn.Type));
        // Compiling functions can map new types, and method tables need new functions: repeat until both settle.
        int filled = 0;
        do
        {
            Drain();
            filled = FillMethodTables(filled);
            if (pending.Count == 0 && filled == Types.All.Count) MapPointersForInterfaces();
        } while (pending.Count > 0 || filled < Types.All.Count);
        if (Diags.HasErrors) return null;

        AddNamedTypes(0);
        return new Program
        {
            Main = main,
            Init = init.Fn,
            GlobalCount = globals.Count,
            Functions = allFunctions,
            NamedTypes = named,
            PanicNilError = panicNil,
            Exports = exports.ToDictionary(e => e.Key, e => new ExportedFunc(e.Value.Fn, Map(e.Value.Type))),
        };
    }

    /// <summary>The program's named types by name, for natives (LookupType); concurrent, as a REPL session adds to it while goroutines run.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RType> named = new(StringComparer.Ordinal);

    private void AddNamedTypes(int from)
    {
        for (int i = from; i < Types.All.Count; i++)
            if (Types.All[i].RType.Name is { } name) named.TryAdd(name, Types.All[i].RType);
    }

    /// <summary>
    /// The main package's exported, non-generic top-level functions, compiled even when main
    /// does not call them: an embedder calls them by name.
    /// </summary>
    private Dictionary<string, (Function Fn, Signature Type)> CompileExports(Package mainPkg)
    {
        var exports = new Dictionary<string, (Function, Signature)>();
        foreach (var name in mainPkg.Scope.Names)
            if (mainPkg.Scope.Lookup(name) is Func { Signature.IsGeneric: false } f && f.Exported)
                exports[name] = (FunctionFor(f, null), f.Signature);
        return exports;
    }

    /// <summary>A library program (an embedder's) has no main: running it says so, as Go's linker would.</summary>
    private static Function MissingMain()
    {
        var fn = new Function("main.main") { File = "$missing", FrameSize = 2 };
        fn.Code = [new Instr(OpCode.Unreachable, 0, 0)];
        fn.Lines = [0];
        return fn;
    }

    private void Drain()
    {
        while (pending.Count > 0) pending.Dequeue()();
    }

    public int GlobalIndex(T.Var v) => globals.TryGetValue(v, out int i) ? i : throw new InvalidOperationException("unknown global " + v.Name);

    public bool IsGlobal(T.Var v) => globals.ContainsKey(v);

    /// <summary>
    /// The VM function for a Go function or method; with `subst` for an instantiation of a
    /// generic one. Created on first use; its body is compiled later (so recursion works).
    /// </summary>
    public Function FunctionFor(Func f, Mono? subst)
    {
        var origin = f.Origin;
        string key = KeyOf(origin, subst);
        if (functions.TryGetValue(key, out var existing)) return existing;
        var fn = new Function(GoName(origin, subst)) { File = origin.Pos.File, Line = origin.Pos.Line };
        functions[key] = fn;
        allFunctions.Add(fn);
        var decl = origin.Decl;
        var pkg = origin.Pkg!;
        if (decl == null || decl.Body == null)
        {
            string name = NativeName(origin);
            var native = natives.GetNative(pkg.Path, name);
            if (native == null && pkg != libraryPkg) Diags.Error(origin.Pos, $"minigo: missing native implementation of {pkg.Path}.{name}");
            else fn.Native = native;
            return fn;
        }
        var info = Infos[pkg];
        pending.Enqueue(() =>
        {
            var fb = new FunctionBuilder(fn);
            new FuncCompiler(this, fb, info, pkg, subst).CompileFunction(decl, origin.Signature);
        });
        return fn;
    }

    /// <summary>Compiles a function literal's body as its own function (queued).</summary>
    public Function FunctionForLiteral(FuncLit lit, string name, Info info, Package pkg, Mono? subst, IReadOnlyList<T.Var> captures)
    {
        var fn = new Function(name) { File = lit.Pos.File, Line = lit.Pos.Line };
        allFunctions.Add(fn);
        pending.Enqueue(() =>
        {
            var fb = new FunctionBuilder(fn);
            new FuncCompiler(this, fb, info, pkg, subst).CompileLiteral(lit, (Signature)info.TypeOf(lit)!, captures);
        });
        return fn;
    }

    private static string NativeName(Func f)
    {
        if (f.Signature.Recv is { } recv)
        {
            var rt = recv.Type is T.Pointer p ? p.Elem : recv.Type;
            return ((Named)rt).Obj.Name + "." + f.Name;
        }
        return f.Name;
    }

    private string KeyOf(Func f, Mono? subst) =>
        f.FullName + "@" + f.Pos + "#" + DeclarationId(f) + (subst == null ? "" : "[" + subst.Key + "]");

    private readonly Dictionary<T.Object, int> declarationIds = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Tells apart declarations that share a name and position: a REPL session's inputs all
    /// start at line 1 of "input", and a redeclared function or type must not find the old one's code.
    /// </summary>
    private int DeclarationId(T.Object? obj)
    {
        if (obj == null) return 0;
        if (!declarationIds.TryGetValue(obj, out int id)) declarationIds[obj] = id = declarationIds.Count + 1;
        return id;
    }

    /// <summary>A wrapper's key: the receiver type as written, and which declaration of its named type.</summary>
    private string WrapperKey(T.Type t, string method) =>
        TypeString.Of(t, p => p.Path) + "#" + DeclarationId((ReceiverBase(t) as Named)?.Obj) + "." + method;

    public static string GoName(Func f, Mono? subst)
    {
        // Go's spelling in stack traces: main.f, main.T.M, main.(*T).M (the receiver type unqualified).
        string name = f.FullName;
        if (f.Pkg != null)
        {
            string q = f.Pkg.Name + ".";
            if (name.StartsWith("(*" + q)) name = "(*" + name[(2 + q.Length)..];
            else if (name.StartsWith(q) && f.Signature.Recv != null && name.IndexOf('.', q.Length) > 0) name = name[q.Length..];
            if (!name.StartsWith(q) || f.Signature.Recv != null) name = q + name;
        }
        return subst == null ? name : name + "[...]";
    }

    public RType Map(T.Type t) => Types.Map(t);

    // ---- method tables (Go's itabs are built from these) ----

    /// <summary>Fills RType.Methods for every named type and pointer to one that the program mapped.</summary>
    private int FillMethodTables(int from)
    {
        int i = from;
        for (; i < Types.All.Count; i++)
        {
            var (t, rt) = Types.All[i];
            FillMethodTable(t, rt);
        }
        return i;
    }

    private void FillMethodTable(T.Type t, RType rt)
    {
        if (rt.Kind == Kind.Interface) return;
        var set = MethodSets.Of(t);
        if (set.Count == 0) return;
        var entries = new List<RMethod>();
        foreach (var m in set)
        {
            var fn = MethodEntryFor(t, m);
            entries.Add(new RMethod(TypeMapper.MethodKey(m.Func), Map(m.Func.Type), fn));
        }
        rt.Methods = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        rt.ResetMethodCache();
    }

    /// <summary>
    /// Maps *T for each named type T whose pointer methods include one that an interface of the
    /// program declares (as Go's linker keeps such methods): natives that take the address of
    /// a T (encoding/json calling UnmarshalJSON) then find *T through RType.PtrToThis.
    /// </summary>
    private void MapPointersForInterfaces()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, rt) in Types.All)
            if (rt.Kind == Kind.Interface)
                foreach (var m in rt.Methods) names.Add(m.Name);
        if (names.Count == 0) return;
        int count = Types.All.Count;
        for (int i = 0; i < count; i++)
        {
            var (t, rt) = Types.All[i];
            if (t is not Named || rt.PtrToThis != null || rt.Kind == Kind.Interface) continue;
            var ptrSet = MethodSets.Of(new T.Pointer(t));
            if (ptrSet.Count == rt.Methods.Length) continue;
            if (ptrSet.Any(m => rt.FindMethod(TypeMapper.MethodKey(m.Func)) == null && names.Contains(TypeMapper.MethodKey(m.Func))))
                Map(new T.Pointer(t));
        }
    }

    /// <summary>
    /// The function interface dispatch calls for method m of receiver type t: the method
    /// itself when its receiver is exactly t, else a wrapper that dereferences or walks the
    /// embedding path first.
    /// </summary>
    public Function MethodEntryFor(T.Type t, MethodSets.Entry m)
    {
        var f = m.Func;
        if (m.ViaInterface)
        {
            string ikey = WrapperKey(t, "iface." + f.Name);
            return Wrapper(ikey, () =>
            {
                var iw = new Function(GoName(f, null)) { File = "$wrapper" };
                // The forwarder reads no type information; error's Error has no package, so any will do.
                var owner = f.Pkg != null && Infos.ContainsKey(f.Pkg) ? f.Pkg : Infos.Keys.First();
                pending.Enqueue(() => new FuncCompiler(this, new FunctionBuilder(iw), Infos[owner], owner, null).CompileInterfaceForwarder(t, m));
                return iw;
            });
        }
        var recvType = f.Signature.Recv!.Type;
        bool ptrRecv = recvType is T.Pointer;
        if (m.Path.Length == 0 && ptrRecv == (t is T.Pointer))
            return FunctionFor(f, SubstFor(t, f));
        string key = WrapperKey(t, f.Name);
        if (wrappers.TryGetValue(key, out var w)) return w;
        w = new Function(GoName(f, null)) { File = "$wrapper" };
        wrappers[key] = w;
        allFunctions.Add(w);
        var info = Infos[f.Pkg!];
        pending.Enqueue(() => new FuncCompiler(this, new FunctionBuilder(w), info, f.Pkg!, null).CompileMethodWrapper(t, m, FunctionFor(f, SubstFor(t, f))));
        return w;
    }

    /// <summary>For a method of an instantiated generic type, the substitution of its receiver type parameters.</summary>
    private static Mono? SubstFor(T.Type t, Func f)
    {
        var named = (t is T.Pointer p ? p.Elem : t) as Named;
        if (named is not { IsInstance: true }) return null;
        // A method of a generic type declares its own receiver type parameters.
        var tparams = f.Origin.Signature.RecvTypeParams.Count > 0 ? f.Origin.Signature.RecvTypeParams : named.Origin.TypeParams;
        return Mono.Of(tparams, named.TypeArgs);
    }

    public Function Wrapper(string key, Func<Function> create)
    {
        if (wrappers.TryGetValue(key, out var w)) return w;
        w = create();
        wrappers[key] = w;
        allFunctions.Add(w);
        return w;
    }

    public void Enqueue(Action a) => pending.Enqueue(a);
}
