using System.Text;
using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>Go's type strings (go/types' typestring.go). A qualifier maps a package to its prefix ("" for none).</summary>
public static class TypeString
{
    /// <summary>Qualifies by package name: `main.T`, `time.Duration`.</summary>
    public static readonly Func<Package, string> ByPackageName = p => p.Name;

    public static string Of(Type t, Func<Package, string>? qf)
    {
        var w = new Writer(qf);
        w.Typ(t);
        return w.ToString();
    }

    internal sealed class Writer(Func<Package, string>? qf)
    {
        private readonly StringBuilder buf = new();
        private readonly HashSet<Type> seen = new(ReferenceEqualityComparer.Instance);
        /// <summary>Print parameter names in signatures (off for method descriptions in error causes).</summary>
        public bool ParamNames = true;

        public override string ToString() => buf.ToString();

        private void Byte(char c)
        {
            buf.Append(c);
            if (c == ',' || c == ';') buf.Append(' ');
        }

        private void Str(string s) => buf.Append(s);

        public void Typ(Type? typ)
        {
            if (typ == null) { Str("<nil>"); return; }
            if (!seen.Add(typ)) { Str("<cycle to " + typ.GetType().Name + ">"); return; }
            try { Write(typ); }
            finally { seen.Remove(typ); }
        }

        private void Write(Type typ)
        {
            switch (typ)
            {
                case Basic b:
                    Str(b.Kind == BasicKind.UnsafePointer ? "unsafe.Pointer" : b.Name);
                    break;
                case Array a:
                    Byte('[');
                    Str(a.Len < 0 ? "unknown" : a.Len.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Byte(']');
                    Typ(a.Elem);
                    break;
                case Slice s:
                    Str("[]");
                    Typ(s.Elem);
                    break;
                case Struct st:
                    Str("struct{");
                    for (int i = 0; i < st.Fields.Count; i++)
                    {
                        if (i > 0) Byte(';');
                        var f = st.Fields[i];
                        if (!f.Embedded) { Str(f.Name); Byte(' '); }
                        Typ(f.Type);
                        if (i < st.Tags.Count && st.Tags[i] != "") { Byte(' '); Str(ConstValue.GoQuote(st.Tags[i])); }
                    }
                    Byte('}');
                    break;
                case Pointer p:
                    Byte('*');
                    Typ(p.Elem);
                    break;
                case Tuple tu:
                    Tuple(tu, false);
                    break;
                case Signature sig:
                    Str("func");
                    Signature(sig);
                    break;
                case Union u:
                    for (int i = 0; i < u.Terms.Count; i++)
                    {
                        if (i > 0) Str(" | ");
                        if (u.Terms[i].Tilde) Byte('~');
                        Typ(u.Terms[i].Type);
                    }
                    break;
                case Interface it:
                    if (ReferenceEquals(it, Universe.Any)) { Str("any"); break; }
                    if (ReferenceEquals(it, Universe.Comparable.Underlying)) { Str("interface{comparable}"); break; }
                    if (it.Implicit && it.Methods.Count == 0 && it.Embeddeds.Count == 1) { Typ(it.Embeddeds[0]); break; }
                    Str("interface{");
                    {
                        bool first = true;
                        foreach (var m in it.Methods)
                        {
                            if (!first) Byte(';');
                            first = false;
                            Str(m.Name);
                            Signature((Signature)m.Type);
                        }
                        foreach (var e in it.Embeddeds)
                        {
                            if (!first) Byte(';');
                            first = false;
                            Typ(e);
                        }
                    }
                    Byte('}');
                    break;
                case Map m:
                    Str("map[");
                    Typ(m.Key);
                    Byte(']');
                    Typ(m.Elem);
                    break;
                case Chan c:
                    {
                        bool parens = false;
                        switch (c.Dir)
                        {
                            case ChanDir.Both:
                                Str("chan ");
                                parens = c.Elem is Chan { Dir: ChanDir.Recv };
                                break;
                            case ChanDir.Send: Str("chan<- "); break;
                            default: Str("<-chan "); break;
                        }
                        if (parens) Byte('(');
                        Typ(c.Elem);
                        if (parens) Byte(')');
                        break;
                    }
                case Named n:
                    TypeName(n.Obj);
                    if (n.TypeArgs.Count > 0) TypeList(n.TypeArgs);
                    else if (n.TypeParams.Count > 0) TParamList(n.TypeParams);
                    break;
                case TypeParam tp:
                    Str(tp.Obj.Name);
                    break;
                default:
                    Str(typ.GetType().Name);
                    break;
            }
        }

        private void TypeName(TypeName obj)
        {
            if (obj.Pkg != null)
            {
                var s = qf != null ? qf(obj.Pkg) : obj.Pkg.Path;
                if (s != "") { Str(s); Byte('.'); }
            }
            Str(obj.Name);
        }

        public void TypeList(List<Type> list)
        {
            Byte('[');
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) Byte(',');
                Typ(list[i]);
            }
            Byte(']');
        }

        public void TParamList(List<TypeParam> list)
        {
            Byte('[');
            Type? prev = null;
            for (int i = 0; i < list.Count; i++)
            {
                var tp = list[i];
                if (i > 0)
                {
                    if (!ReferenceEquals(tp.Constraint, prev)) { Byte(' '); Typ(prev); }
                    Byte(',');
                }
                prev = tp.Constraint;
                Typ(tp);
            }
            if (prev != null) { Byte(' '); Typ(prev); }
            Byte(']');
        }

        public void Tuple(Tuple? tup, bool variadic)
        {
            Byte('(');
            if (tup != null)
            {
                for (int i = 0; i < tup.Vars.Count; i++)
                {
                    var v = tup.Vars[i];
                    if (i > 0) Byte(',');
                    if (ParamNames && v.Name != "") { Str(v.Name); Byte(' '); }
                    var t = v.Type;
                    if (variadic && i == tup.Vars.Count - 1)
                    {
                        if (t is Slice s) { Str("..."); t = s.Elem; }
                        else { Typ(t); Str("..."); continue; }
                    }
                    Typ(t);
                }
            }
            Byte(')');
        }

        public void Signature(Signature sig)
        {
            if (sig.TypeParams.Count > 0) TParamList(sig.TypeParams);
            Tuple(sig.Params, sig.Variadic);
            int n = sig.Results.Count;
            if (n == 0) return;
            Byte(' ');
            if (n == 1 && (!ParamNames || sig.Results[0].Name == "")) { Typ(sig.Results[0].Type); return; }
            Tuple(sig.Results, false);
        }
    }

    /// <summary>The signature without the "func" keyword: `(x int) string`.</summary>
    public static string SignatureOf(Signature sig, Func<Package, string>? qf, bool paramNames = true)
    {
        var w = new Writer(qf) { ParamNames = paramNames };
        w.Signature(sig);
        return w.ToString();
    }

    /// <summary>A tuple as `(int, string)`.</summary>
    public static string TupleOf(Tuple t, bool variadic, Func<Package, string>? qf)
    {
        var w = new Writer(qf);
        w.Tuple(t, variadic);
        return w.ToString();
    }

    public static string ListOf(List<Type> list, Func<Package, string>? qf)
    {
        var w = new Writer(qf);
        w.TypeList(list);
        return w.ToString();
    }
}

/// <summary>Go's ObjectString: `var x int`, `func main.f()`, `type main.T struct{...}`, `const c untyped int`.</summary>
public static class ObjectString
{
    public static string Of(Object obj, Func<Package, string>? qf)
    {
        var sb = new StringBuilder();
        switch (obj)
        {
            case PkgName p:
                return $"package {p.Name} (\"{p.Imported.Path}\")";
            case Const:
                sb.Append("const ");
                break;
            case TypeName:
                sb.Append("type ");
                break;
            case Var v:
                sb.Append(v.IsField ? "field " : "var ");
                break;
            case Func f:
                sb.Append("func ");
                sb.Append(WriteFuncName(f, qf));
                if (f.Type is Signature sig) sb.Append(TypeString.SignatureOf(sig, qf));
                return sb.ToString();
            case Label:
                return "label " + obj.Name;
            case Builtin:
                return "builtin " + obj.Name;
            case Nil:
                return "nil";
        }
        if (obj.Pkg != null && obj.Parent != null && obj.Parent.IsPackage)
        {
            var s = qf != null ? qf(obj.Pkg) : obj.Pkg.Path;
            if (s != "") sb.Append(s).Append('.');
        }
        sb.Append(obj.Name);
        if (obj.RawType == null) return sb.ToString();
        if (obj is TypeName t2)
        {
            if (t2.IsAlias) sb.Append(" =");
            if (t2.Type is TypeParam tp) { sb.Append(' ').Append(TypeString.Of(tp.Constraint, qf)); return sb.ToString(); }
            if (t2.Type is Named nt && !t2.IsAlias)
            {
                if (nt.TypeParams.Count > 0) sb.Append(TypeString.Of(nt, qf)[nt.Obj.Name.Length..]);
                sb.Append(' ').Append(TypeString.Of(nt.Underlying, qf));
                return sb.ToString();
            }
        }
        sb.Append(' ').Append(TypeString.Of(obj.Type, qf));
        return sb.ToString();
    }

    private static string WriteFuncName(Func f, Func<Package, string>? qf)
    {
        if (f.Type is Signature { Recv: { } recv })
        {
            var sb = new StringBuilder("(");
            sb.Append(TypeString.Of(recv.Type, qf)).Append(").").Append(f.Name);
            return sb.ToString();
        }
        if (f.Pkg != null)
        {
            var s = qf != null ? qf(f.Pkg) : f.Pkg.Path;
            if (s != "") return s + "." + f.Name;
        }
        return f.Name;
    }
}
