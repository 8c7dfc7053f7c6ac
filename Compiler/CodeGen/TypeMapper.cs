using Minigo.Compiler.Types;
using Minigo.Runtime;
using T = Minigo.Compiler.Types;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Maps checked types to run-time types (RType), interning them so that identical types
/// share one RType: type identity at run time is then reference equality. Method tables of
/// named types are filled in later by the ProgramBuilder, once functions exist.
/// </summary>
internal sealed class TypeMapper
{
    private readonly Dictionary<string, List<(T.Type Type, RType RType)>> interned = [];
    public readonly List<(T.Type Type, RType RType)> All = [];

    public RType Map(T.Type t)
    {
        if (t is Basic b) return MapBasic(b);
        string key = KeyOf(t);
        if (!interned.TryGetValue(key, out var bucket)) interned[key] = bucket = [];
        foreach (var (type, rt) in bucket)
            if (Predicates.Identical(type, t)) return rt;
        var r = Create(t);
        bucket.Add((t, r));
        All.Add((t, r));
        Fill(t, r);
        return r;
    }

    /// <summary>
    /// A string that identical types share (parameter names left out: `func(x int)` and
    /// `func(int)` are identical types). Types with the same key are told apart by Identical.
    /// </summary>
    private static string KeyOf(T.Type t) => t switch
    {
        Basic b => b.Name,
        Named n => (n.Obj.Pkg?.Path ?? "") + "." + n.Obj.Name + (n.TypeArgs.Count > 0 ? "[" + string.Join(",", n.TypeArgs.Select(KeyOf)) + "]" : ""),
        T.Pointer p => "*" + KeyOf(p.Elem),
        T.Slice sl => "[]" + KeyOf(sl.Elem),
        T.Array a => "[" + a.Len + "]" + KeyOf(a.Elem),
        T.Map m => "map[" + KeyOf(m.Key) + "]" + KeyOf(m.Elem),
        T.Chan c => "chan" + (int)c.Dir + " " + KeyOf(c.Elem),
        Signature sig => "func(" + string.Join(",", sig.Params.Vars.Select(v => KeyOf(v.Type))) + (sig.Variadic ? "..." : "") + ")(" + string.Join(",", sig.Results.Vars.Select(v => KeyOf(v.Type))) + ")",
        Struct st => "struct{" + string.Join(";", st.Fields.Select((f, i) => (f.Embedded ? "~" : "") + f.Name + " " + KeyOf(f.Type) + (i < st.Tags.Count ? " " + st.Tags[i] : ""))) + "}",
        Interface it => "interface{" + string.Join(";", it.AllMethods.Select(m => m.Name + KeyOf(m.Type))) + "}",
        _ => TypeString.Of(t, p => p.Path),
    };

    private static RType MapBasic(Basic b) => b.Kind switch
    {
        BasicKind.Bool or BasicKind.UntypedBool => BasicTypes.Bool,
        BasicKind.Int or BasicKind.UntypedInt => BasicTypes.Int,
        BasicKind.Int8 => BasicTypes.Int8,
        BasicKind.Int16 => BasicTypes.Int16,
        BasicKind.Int32 or BasicKind.UntypedRune => BasicTypes.Int32,
        BasicKind.Int64 => BasicTypes.Int64,
        BasicKind.Uint => BasicTypes.Uint,
        BasicKind.Uint8 => BasicTypes.Uint8,
        BasicKind.Uint16 => BasicTypes.Uint16,
        BasicKind.Uint32 => BasicTypes.Uint32,
        BasicKind.Uint64 => BasicTypes.Uint64,
        BasicKind.Uintptr => BasicTypes.Uintptr,
        BasicKind.Float32 => BasicTypes.Float32,
        BasicKind.Float64 or BasicKind.UntypedFloat => BasicTypes.Float64,
        BasicKind.Complex64 => BasicTypes.Complex64,
        BasicKind.Complex128 or BasicKind.UntypedComplex => BasicTypes.Complex128,
        BasicKind.String or BasicKind.UntypedString => BasicTypes.String,
        BasicKind.UnsafePointer => BasicTypes.UnsafePointer,
        _ => throw new InvalidOperationException("no run-time type for " + b),
    };

    /// <summary>Creates the RType shell (kind and name) so recursive types can refer to it.</summary>
    private RType Create(T.Type t)
    {
        var kind = KindOf(t);
        var r = new RType(kind) { Id = TypeString.Of(t, p => p.Path) };
        if (t is Named n)
        {
            r.Name = n.Obj.Pkg == null ? n.Obj.Name : n.Obj.Pkg.Name + "." + n.Obj.Name;
            // reflect spells instances without spaces: main.Pair[string,int]
            if (n.TypeArgs.Count > 0) r.Name += "[" + string.Join(",", n.TypeArgs.Select(a => Map(a).ToString())) + "]";
            if (n.Obj.Name == "error" && n.Obj.Pkg == null) r.Name = "error";
        }
        return r;
    }

    private void Fill(T.Type t, RType r)
    {
        switch (t.Underlying)
        {
            case T.Pointer p:
                r.Elem = Map(p.Elem);
                if (p.Elem is Named) r.Elem.PtrToThis ??= r;
                break;
            case T.Slice s: r.Elem = Map(s.Elem); break;
            case T.Array a: r.Elem = Map(a.Elem); r.Len = (int)a.Len; break;
            case T.Map m: r.Key = Map(m.Key); r.Elem = Map(m.Elem); break;
            case T.Chan c: r.Elem = Map(c.Elem); r.ChanDir = c.Dir switch { Syntax.ChanDir.Send => 1, Syntax.ChanDir.Recv => 2, _ => 0 }; break;
            case Struct st:
                r.Fields = st.Fields.Select((f, i) => new RField(f.Name, Map(f.Type), f.Embedded,
                    i < st.Tags.Count ? st.Tags[i] ?? "" : "", f.Exported)).ToArray();
                break;
            case Signature sig:
                r.Params = sig.Params.Vars.Select(v => Map(v.Type)).ToArray();
                r.Results = sig.Results.Vars.Select(v => Map(v.Type)).ToArray();
                r.Variadic = sig.Variadic;
                break;
            case Interface it:
                r.Methods = it.AllMethods.OrderBy(m => m.Name, StringComparer.Ordinal)
                    .Select(m => new RMethod(MethodKey(m), Map(m.Type), null)).ToArray();
                break;
        }
    }

    /// <summary>Method names as the run time matches them: unexported names are qualified by package.</summary>
    public static string MethodKey(Func m) => m.Exported || m.Pkg == null || m.Pkg.Path == "main" ? m.Name : m.Pkg.Path + "." + m.Name;

    public static Kind KindOf(T.Type t) => t.Underlying switch
    {
        Basic { Kind: BasicKind.UntypedNil or BasicKind.Invalid } => Kind.Invalid,
        Basic b => MapBasic(b).Kind,
        T.Pointer => Kind.Pointer,
        T.Slice => Kind.Slice,
        T.Array => Kind.Array,
        T.Map => Kind.Map,
        T.Chan => Kind.Chan,
        Struct => Kind.Struct,
        Signature => Kind.Func,
        Interface => Kind.Interface,
        _ => Kind.Invalid,
    };
}
