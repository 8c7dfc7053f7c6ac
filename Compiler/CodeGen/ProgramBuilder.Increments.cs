using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Minigo.Runtime;
using Minigo.VM;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

// Linking one more piece of the main package into a program already built and running (a
// REPL input): nothing compiled before is compiled again, so earlier side effects never rerun.
internal sealed partial class ProgramBuilder
{
    /// <summary>
    /// Registers the package variables the piece added as new globals (at most globalCapacity
    /// in all), compiles what its entry reaches, refreshes the method tables of types that got
    /// new methods, and returns a function that zeroes the new variables, runs the piece's
    /// initialisers and init functions, then calls entry (when given). Null on a code generation error.
    /// </summary>
    /// <param name="imported">Packages the piece imported first (in dependency order): initialised first, as Go initialises imports.</param>
    public Function? BuildIncrement(IReadOnlyList<(Package Pkg, Info Info)> imported, Package pkg, Info sessionInfo, Info piece, Func? entry, string name, int globalCapacity)
    {
        int mapped = Types.All.Count;
        var fb = new FunctionBuilder(new Function(name) { File = "$init" });
        foreach (var (importedPkg, info) in imported)
        {
            Infos[importedPkg] = info;
            var importedFresh = NewGlobals(importedPkg, info);
            new FuncCompiler(this, fb, info, importedPkg, null).CompileInitializers(info.InitOrder, importedFresh);
            foreach (var f in info.InitFuncs) fb.Emit(OpCode.Call, fb.NextReg, fb.Callee(FunctionFor(f, null)));
        }
        Infos[pkg] = sessionInfo;
        var fresh = NewGlobals(pkg, piece);
        if (globals.Count > globalCapacity)
        {
            Diags.Error(Pos.None, $"minigo: this session holds {globalCapacity} variables at most (:reset starts afresh)");
            return null;
        }
        new FuncCompiler(this, fb, sessionInfo, pkg, null).CompileInitializers(piece.InitOrder, fresh);
        foreach (var f in piece.InitFuncs) fb.Emit(OpCode.Call, fb.NextReg, fb.Callee(FunctionFor(f, null)));
        if (entry != null) fb.Emit(OpCode.Call, fb.NextReg, fb.Callee(FunctionFor(entry, null)));
        fb.Emit(OpCode.Return, 0, 0);
        fb.Finish(0, 0);
        allFunctions.Add(fb.Fn);

        // Types mapped before this piece whose method sets it extended (methods on earlier types).
        var extended = piece.Funcs.Where(f => f.Signature.Recv != null).Select(f => DeclaredType(f.Signature.Recv!.Type)).ToHashSet();
        bool refilled = false;
        for (int i = 0; i < mapped; i++)
        {
            var (t, rt) = Types.All[i];
            if (!extended.Contains(DeclaredType(t))) continue;
            FillMethodTable(t, rt);
            refilled = true;
        }
        // Interface call sites may have cached a replaced method: they look it up again.
        if (refilled)
            foreach (var fn in allFunctions) System.Array.Clear(fn.CallCaches);
        int filled = mapped;
        do
        {
            Drain();
            filled = FillMethodTables(filled);
            if (pending.Count == 0 && filled == Types.All.Count) MapPointersForInterfaces();
        } while (pending.Count > 0 || filled < Types.All.Count);
        AddNamedTypes(mapped);
        return Diags.HasErrors ? null : fb.Fn;
    }

    /// <summary>Global slots for the package variables not linked yet (declared by this piece, or hoisted for it).</summary>
    private List<T.Var> NewGlobals(Package pkg, Info info)
    {
        var fresh = new List<T.Var>();
        foreach (var v in pkg.Scope.Objects.OfType<T.Var>().Concat(info.InitOrder.SelectMany(i => i.Lhs)))
        {
            if (globals.ContainsKey(v)) continue;
            globals[v] = globals.Count;
            fresh.Add(v);
        }
        return fresh;
    }

    private static T.Type ReceiverBase(T.Type t) => t is T.Pointer p ? p.Elem : t;

    /// <summary>The type declaration behind a receiver type: T for T and *T, the generic type for its instances.</summary>
    private static T.Type DeclaredType(T.Type t) => ReceiverBase(t) is Named n ? n.Origin : ReceiverBase(t);
}
