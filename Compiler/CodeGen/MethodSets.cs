using Minigo.Compiler.Types;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// The method set of a concrete type, with promoted methods: for each method, the embedding
/// path (field indexes) from the receiver to the type that declares it. Shallowest depth
/// wins; a name found twice at the same depth is ambiguous and not in the set (as in Go).
/// </summary>
internal static class MethodSets
{
    /// <summary>A method and the embedding path to its owner; ViaInterface when the owner is an embedded interface value (dispatch is dynamic).</summary>
    public sealed record Entry(Func Func, int[] Path, bool[] PathThroughPointer, bool ViaInterface = false);

    public static List<Entry> Of(T.Type t)
    {
        bool isPtr = t is T.Pointer;
        var root = isPtr ? ((T.Pointer)t).Elem : t;
        var result = new Dictionary<string, Entry?>();
        var level = new List<(T.Type Type, int[] Path, bool[] Ptrs, bool Addressable)> { (root, [], [], isPtr) };
        var seen = new HashSet<string>();
        while (level.Count > 0)
        {
            var found = new Dictionary<string, List<Entry>>();
            var next = new List<(T.Type, int[], bool[], bool)>();
            foreach (var (typ, path, ptrs, addressable) in level)
            {
                if (typ is Named n)
                {
                    if (!seen.Add(TypeString.Of(n, p => p.Path))) continue;
                    foreach (var m in n.Methods)
                    {
                        bool ptrRecv = m.Signature.Recv?.Type is T.Pointer;
                        if (ptrRecv && !addressable) continue;
                        if (!found.TryGetValue(m.Name, out var l)) found[m.Name] = l = [];
                        l.Add(new Entry(m, path, ptrs));
                    }
                }
                if (path.Length > 0 && typ.Underlying is Interface it)
                {
                    foreach (var m in it.AllMethods)
                    {
                        if (!found.TryGetValue(m.Name, out var l)) found[m.Name] = l = [];
                        l.Add(new Entry(m, path, ptrs, ViaInterface: true));
                    }
                }
                if (typ.Underlying is Struct st)
                {
                    for (int i = 0; i < st.Fields.Count; i++)
                    {
                        var f = st.Fields[i];
                        if (!f.Embedded) continue;
                        var ft = f.Type;
                        bool viaPtr = ft is T.Pointer;
                        var et = viaPtr ? ((T.Pointer)ft).Elem : ft;
                        next.Add((et, [.. path, i], [.. ptrs, viaPtr], viaPtr || addressable));
                    }
                }
            }
            foreach (var (name, entries) in found)
            {
                if (result.ContainsKey(name)) continue;
                result[name] = entries.Count == 1 ? entries[0] : null;
            }
            level = next;
        }
        return result.Values.Where(e => e != null).Select(e => e!).ToList();
    }
}
