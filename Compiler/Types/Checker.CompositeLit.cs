using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Composite literals (go/types' compositeLit). An element whose type is elided and whose
// hint is a pointer *T (`[]*T{{...}}`) is recorded with type *T: the literal stands for &T{...}.
public sealed partial class Checker
{
    private void CompositeLitExpr(Operand x, CompositeLit e, Type? hint)
    {
        Type typ, baseT;
        if (e.Type != null)
        {
            if (e.Type is ArrayTypeExpr { Len: EllipsisLen } atyp)
            {
                // [...]T: the length is the number of elements.
                typ = new Array(VarType(atyp.Elem), -1);
                baseT = typ;
            }
            else
            {
                typ = Typ(e.Type);
                baseT = typ;
            }
        }
        else if (hint != null)
        {
            typ = hint;
            var core = Predicates.CoreType(typ);
            if (core == null)
            {
                Error(e, $"invalid composite literal element type {Ts(typ)} (no core type)");
                x.Mode = OperandMode.Invalid;
                return;
            }
            baseT = core is Pointer p ? p.Elem : core;
        }
        else
        {
            Error(e, "missing type in composite literal");
            x.Mode = OperandMode.Invalid;
            return;
        }

        switch (Predicates.CoreType(baseT))
        {
            case Struct utyp:
                StructLit(x, e, utyp, typ, baseT);
                break;
            case Array utyp:
                {
                    var n = IndexedElts(e.Elements, utyp.Elem, utyp.Len);
                    if (utyp.Len < 0)
                    {
                        utyp.Len = n;
                        if (e.Type != null) RecordTypeAndValue(e.Type, OperandMode.TypeExpr, utyp, null);
                    }
                    break;
                }
            case Slice utyp:
                IndexedElts(e.Elements, utyp.Elem, -1);
                break;
            case Map utyp:
                MapLit(x, e, utyp);
                break;
            case var utyp:
                foreach (var el in e.Elements) Use(el.Value);
                if (utyp != Universe.Invalid && Predicates.IsValid(typ))
                {
                    Error(e, $"invalid composite literal type {Ts(typ)}");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                if (!Predicates.IsValid(typ))
                {
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                break;
        }
        x.Mode = OperandMode.Value;
        x.Type = typ;
    }

    private void StructLit(Operand x, CompositeLit e, Struct utyp, Type typ, Type baseT)
    {
        if (e.Elements.Count == 0) return;
        var fields = utyp.Fields;
        if (e.Elements[0].Key != null)
        {
            var visited = new bool[fields.Count];
            foreach (var kv in e.Elements)
            {
                if (kv.Key == null)
                {
                    Error(kv.Value, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                var key = kv.Key as Ident;
                Expr(x, kv.Value);
                if (key == null)
                {
                    ErrorAt(KeyValuePos(kv), $"invalid field name {E(kv.Key)} in struct literal");
                    continue;
                }
                int i = FieldIndex(fields, pkg, key.Name);
                if (i < 0)
                {
                    Error(kv.Key, $"unknown field {key.Name} in struct literal of type {Ts(baseT)}");
                    continue;
                }
                var fld = fields[i];
                RecordUse(key, fld);
                Assignment(x, fld.Type, "struct literal");
                if (visited[i])
                {
                    ErrorAt(KeyValuePos(kv), $"duplicate field name {key.Name} in struct literal");
                    continue;
                }
                visited[i] = true;
            }
        }
        else
        {
            for (int i = 0; i < e.Elements.Count; i++)
            {
                var kv = e.Elements[i];
                if (kv.Key != null)
                {
                    ErrorAt(KeyValuePos(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Expr(x, kv.Value);
                if (i >= fields.Count)
                {
                    Error(x, $"too many values in struct literal of type {Ts(baseT)}");
                    break;
                }
                var fld = fields[i];
                if (!fld.Exported && !ReferenceEquals(fld.Pkg, pkg))
                {
                    Error(x, $"implicit assignment to unexported field {fld.Name} in struct literal of type {Ts(baseT)}");
                    continue;
                }
                Assignment(x, fld.Type, "struct literal");
            }
            if (e.Elements.Count < fields.Count)
                ErrorAt(e.Rbrace, $"too few values in struct literal of type {Ts(baseT)}");
        }
    }

    /// <summary>
    /// Where the syntax package places a key:value element: at its colon. The AST keeps no
    /// colon position; for a name or literal key it directly follows the key (gofmt style).
    /// </summary>
    private static Pos KeyValuePos(KeyedElement kv)
    {
        var k = kv.Key!;
        return k switch
        {
            Ident id => k.Pos with { Col = k.Pos.Col + System.Text.Encoding.UTF8.GetByteCount(id.Name) },
            BasicLit lit => k.Pos with { Col = k.Pos.Col + System.Text.Encoding.UTF8.GetByteCount(lit.Text) },
            _ => StartPos(k),
        };
    }

    private static int FieldIndex(List<Var> fields, Package p, string name)
    {
        if (name == "_") return -1;
        for (int i = 0; i < fields.Count; i++)
            if (fields[i].SameId(p, name)) return i;
        return -1;
    }

    private void MapLit(Operand x, CompositeLit e, Map utyp)
    {
        bool keyIsInterface = Predicates.IsNonTypeParamInterface(utyp.Key);
        var visited = new Dictionary<string, List<Type>>();
        foreach (var kv in e.Elements)
        {
            if (kv.Key == null)
            {
                Error(kv.Value, "missing key in map literal");
                continue;
            }
            ExprWithHint(x, kv.Key, utyp.Key);
            Assignment(x, utyp.Key, "map literal");
            if (x.Mode == OperandMode.Invalid) continue;
            if (x.Mode == OperandMode.Constant)
            {
                bool duplicate = false;
                var xkey = KeyVal(x.Val!);
                if (!visited.TryGetValue(xkey, out var types)) visited[xkey] = types = [];
                if (keyIsInterface)
                {
                    duplicate = types.Any(t => Predicates.Identical(t, x.Type));
                    types.Add(x.Type);
                }
                else
                {
                    duplicate = types.Count > 0;
                    types.Add(x.Type);
                }
                if (duplicate)
                {
                    Error(x, $"duplicate key {x.Val} in map literal");
                    continue;
                }
            }
            ExprWithHint(x, kv.Value, utyp.Elem);
            Assignment(x, utyp.Elem, "map literal");
        }
    }

    /// <summary>A canonical key for a constant, so that 1, 1.0 and 1+0i compare equal.</summary>
    private static string KeyVal(ConstValue v)
    {
        switch (v.Kind)
        {
            case ConstKind.Complex:
                if (v.Imag().Sign == 0) return KeyVal(v.Real());
                return "c:" + v.ExactString();
            case ConstKind.Float:
                if (v.IsInteger) return "n:" + v.ToInt().ExactString();
                return "n:" + v.ExactString();
            case ConstKind.Int:
                return "n:" + v.ExactString();
            case ConstKind.String:
                return "s:" + v.StringVal;
            case ConstKind.Bool:
                return v.BoolVal ? "b:true" : "b:false";
        }
        return "?";
    }

    /// <summary>Checks array/slice literal elements (with optional constant indices); returns the length implied.</summary>
    private long IndexedElts(List<KeyedElement> elts, Type typ, long length)
    {
        var visited = new HashSet<long>();
        long index = 0, max = 0;
        foreach (var e in elts)
        {
            bool validIndex = false;
            var eval = e.Value;
            if (e.Key != null)
            {
                var (t, i) = Index(e.Key, length);
                if (t != Universe.Invalid)
                {
                    if (i >= 0)
                    {
                        index = i;
                        validIndex = true;
                    }
                    else ErrorAt(KeyValuePos(e), $"index {E(e.Key)} must be integer constant");
                }
            }
            else if (length >= 0 && index >= length)
            {
                Error(e.Value, $"index {index} is out of bounds (>= {length})");
            }
            else validIndex = true;

            if (validIndex)
            {
                if (!visited.Add(index)) ErrorAt(e.Key != null ? KeyValuePos(e) : StartPos(e.Value), $"duplicate index {index} in array or slice literal");
            }
            index++;
            if (index > max) max = index;
            var x = new Operand();
            ExprWithHint(x, eval, typ);
            Assignment(x, typ, "array or slice literal");
        }
        return max;
    }
}
