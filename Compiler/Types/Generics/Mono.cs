using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Detection of instantiation cycles (go/types' mono.go): generic code that instantiates
// itself with ever-growing type arguments (f[T] calling f[[]T]) cannot be monomorphized.
// Type parameters are vertices; instantiating P with a type mentioning Q is an edge Q→P,
// weighted 1 if Q is nested inside the argument. A positive-weight cycle is an error.
public sealed partial class Checker
{
    private sealed class MonoVertex(TypeName obj)
    {
        public int Weight;
        public int Pre;
        public int Len;
        public TypeName Obj { get; } = obj;
    }

    private sealed record MonoEdge(int Dst, int Src, int Weight, Pos Pos, Type Typ);

    private readonly List<MonoVertex> monoVertices = [];
    private readonly List<MonoEdge> monoEdges = [];
    private readonly Dictionary<TypeParam, TypeParam> monoCanon = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TypeName, int> monoNameIdx = new(ReferenceEqualityComparer.Instance);

    private void Monomorph()
    {
        bool again = true;
        while (again)
        {
            again = false;
            for (int i = 0; i < monoEdges.Count; i++)
            {
                var edge = monoEdges[i];
                var src = monoVertices[edge.Src];
                var dst = monoVertices[edge.Dst];
                int w = src.Weight + edge.Weight;
                if (w <= dst.Weight) continue;
                dst.Pre = i;
                dst.Len = src.Len + 1;
                if (dst.Len == monoVertices.Count)
                {
                    ReportInstanceLoop(edge.Dst);
                    return;
                }
                dst.Weight = w;
                again = true;
            }
        }
    }

    private void ReportInstanceLoop(int v)
    {
        var stack = new List<int>();
        var seen = new bool[monoVertices.Count];
        while (!seen[v])
        {
            stack.Add(v);
            seen[v] = true;
            v = monoEdges[monoVertices[v].Pre].Src;
        }
        while (stack[0] != v) stack.RemoveAt(0);
        var obj0 = monoVertices[v].Obj;
        var msg = new System.Text.StringBuilder("instantiation cycle:");
        foreach (var sv in stack)
        {
            var edge = monoEdges[monoVertices[sv].Pre];
            var obj = monoVertices[edge.Dst].Obj;
            var verb = obj.Type is Named ? "implicitly parameterized by" : "instantiated as";
            msg.Append($"\n\t{edge.Pos}: {obj.Name} {verb} {Ts(edge.Typ)}");
        }
        ErrorAt(obj0.Pos, msg.ToString());
    }

    /// <summary>Records that the receiver type parameter mpar of a method stands for the type's parameter tpar.</summary>
    private void MonoRecordCanon(TypeParam mpar, TypeParam tpar) => monoCanon[mpar] = tpar;

    private void MonoRecordInstance(Pos pos, List<TypeParam> tparams, List<Type> targs, List<Expr> xlist)
    {
        for (int i = 0; i < tparams.Count && i < targs.Count; i++)
            MonoAssign(i < xlist.Count ? StartPos(xlist[i]) : pos, tparams[i], targs[i]);
    }

    private void MonoAssign(Pos pos, TypeParam tpar, Type targ)
    {
        if (!ReferenceEquals(tpar.Obj.Pkg, pkg)) return;

        void Flow(int src, Type typ)
        {
            int weight = ReferenceEquals(typ, targ) ? 0 : 1;
            monoEdges.Add(new MonoEdge(TypeParamVertex(tpar), src, weight, pos, targ));
        }

        var seen = new HashSet<Type>(ReferenceEqualityComparer.Instance);
        void Do(Type typ)
        {
            if (!seen.Add(typ)) return;
            switch (typ)
            {
                case TypeParam tp:
                    if (ReferenceEquals(tp.Obj.Pkg, pkg)) Flow(TypeParamVertex(tp), tp);
                    break;
                case Named n:
                    {
                        int src = LocalNamedVertex(n.Origin);
                        if (src >= 0) Flow(src, n);
                        foreach (var a in n.TypeArgs) Do(a);
                        break;
                    }
                case Array a: Do(a.Elem); break;
                case Chan c: Do(c.Elem); break;
                case Map m: Do(m.Key); Do(m.Elem); break;
                case Pointer p: Do(p.Elem); break;
                case Slice s: Do(s.Elem); break;
                case Interface it:
                    foreach (var m in it.Methods) Do(m.Type);
                    break;
                case Signature sig:
                    foreach (var v in sig.Params.Vars) Do(v.Type);
                    foreach (var v in sig.Results.Vars) Do(v.Type);
                    break;
                case Struct st:
                    foreach (var f in st.Fields) Do(f.Type);
                    break;
            }
        }
        Do(targ);
    }

    /// <summary>A vertex for a local (function-scoped) generic named type, which is implicitly parameterized by the enclosing function's type parameters.</summary>
    private int LocalNamedVertex(Named named)
    {
        var obj = named.Obj;
        if (!ReferenceEquals(obj.Pkg, pkg)) return -1;
        if (obj.Parent == null || obj.Parent.IsPackage) return -1;
        if (monoNameIdx.TryGetValue(obj, out var known)) return known;
        int idx = -1;
        for (var scope = obj.Parent; scope != null && !scope.IsPackage; scope = scope.Parent)
        {
            foreach (var elem in scope.Objects)
            {
                if (elem is TypeName tn && !tn.IsAlias && tn.Pos.IsBefore(obj.Pos) && tn.Type is TypeParam tpar)
                {
                    if (idx < 0)
                    {
                        idx = monoVertices.Count;
                        monoVertices.Add(new MonoVertex(obj));
                    }
                    monoEdges.Add(new MonoEdge(idx, TypeParamVertex(tpar), 1, obj.Pos, tpar));
                }
            }
        }
        monoNameIdx[obj] = idx;
        return idx;
    }

    private int TypeParamVertex(TypeParam tpar)
    {
        if (monoCanon.TryGetValue(tpar, out var c)) tpar = c;
        var obj = tpar.Obj;
        if (monoNameIdx.TryGetValue(obj, out var idx)) return idx;
        idx = monoVertices.Count;
        monoVertices.Add(new MonoVertex(obj));
        monoNameIdx[obj] = idx;
        return idx;
    }
}
