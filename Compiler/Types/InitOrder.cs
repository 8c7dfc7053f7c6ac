namespace Minigo.Compiler.Types;

// Package initialization order (go/types' initorder.go): variables are initialized in
// dependency order, ties broken by declaration order; references through functions count.
public sealed partial class Checker
{
    private sealed class GraphNode(Object obj)
    {
        public Object Obj { get; } = obj;
        public HashSet<GraphNode> Pred { get; } = new(ReferenceEqualityComparer.Instance);
        public HashSet<GraphNode> Succ { get; } = new(ReferenceEqualityComparer.Instance);
        public int NDeps { get; set; }
        public bool Done { get; set; }
    }

    private static bool IsDependency(Object o) => o is Const or Var or Func;

    private void InitOrder()
    {
        info.InitOrder.Clear();
        var g = DependencyGraph();
        var emitted = new HashSet<DeclInfo>(ReferenceEqualityComparer.Instance);
        int remaining = g.Count;
        while (remaining > 0)
        {
            GraphNode? n = null;
            foreach (var c in g)
            {
                if (c.Done) continue;
                if (n == null || c.NDeps < n.NDeps || (c.NDeps == n.NDeps && c.Obj.Order < n.Obj.Order)) n = c;
            }
            n!.Done = true;
            remaining--;
            if (n.NDeps > 0)
            {
                var cycle = FindPath(n.Obj, n.Obj, new HashSet<Object>(ReferenceEqualityComparer.Instance));
                if (cycle != null) ReportCycle(cycle);
            }
            foreach (var p in n.Pred) p.NDeps--;
            if (n.Obj is not Var v || !objMap.TryGetValue(v, out var d) || !d.HasInitializer) continue;
            if (!emitted.Add(d)) continue;
            var lhs = d.Lhs ?? [v];
            info.InitOrder.Add(new Initializer(lhs, d.Init!));
        }
    }

    private List<Object>? FindPath(Object from, Object to, HashSet<Object> seen)
    {
        if (!seen.Add(from)) return null;
        if (!objMap.TryGetValue(from, out var d)) return null;
        foreach (var dep in d.DepList)
        {
            if (ReferenceEquals(dep, to)) return [dep];
            var p = FindPath(dep, to, seen);
            if (p != null)
            {
                p.Add(dep);
                return p;
            }
        }
        return null;
    }

    private void ReportCycle(List<Object> cycle)
    {
        var obj = cycle[0];
        if (cycle.Count == 1)
        {
            ErrorAt(obj.Pos, $"initialization cycle: {obj.Name} refers to itself");
            return;
        }
        var msg = new System.Text.StringBuilder($"initialization cycle for {obj.Name}");
        for (int i = cycle.Count - 1; i >= 0; i--)
        {
            msg.Append($"\n\t{obj.Pos}: {obj.Name} refers to");
            obj = cycle[i];
        }
        msg.Append($"\n\t{obj.Pos}: {obj.Name}");
        ErrorAt(cycle[0].Pos, msg.ToString());
    }

    private List<GraphNode> DependencyGraph()
    {
        var m = new Dictionary<Object, GraphNode>(ReferenceEqualityComparer.Instance);
        foreach (var obj in objList)
            if (IsDependency(obj) && objMap.ContainsKey(obj)) m[obj] = new GraphNode(obj);
        foreach (var (obj, n) in m)
        {
            foreach (var dep in objMap[obj].DepList)
            {
                if (!m.TryGetValue(dep, out var dn)) continue;
                n.Succ.Add(dn);
                dn.Pred.Add(n);
            }
        }
        var g = new List<GraphNode>();
        var funcG = new List<GraphNode>();
        foreach (var n in m.Values)
        {
            if (n.Obj is Func) funcG.Add(n);
            else g.Add(n);
        }
        // Remove function nodes, connecting their dependents to their dependencies directly.
        funcG.Sort((a, b) => (a.Pred.Count * a.Succ.Count).CompareTo(b.Pred.Count * b.Succ.Count));
        foreach (var n in funcG)
        {
            foreach (var p in n.Pred)
            {
                if (ReferenceEquals(p, n)) continue;
                foreach (var s in n.Succ)
                {
                    if (ReferenceEquals(s, n)) continue;
                    p.Succ.Add(s);
                    s.Pred.Add(p);
                }
                p.Succ.Remove(n);
            }
            foreach (var s in n.Succ) s.Pred.Remove(n);
        }
        foreach (var n in g) n.NDeps = n.Succ.Count;
        g.Sort((a, b) => a.Obj.Order.CompareTo(b.Obj.Order));
        return g;
    }
}
