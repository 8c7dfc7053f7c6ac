using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>A list of type terms, the union of their sets (go/types' termlist). Empty = the empty set; a term with Type null = all types.</summary>
public sealed class TermList
{
    public static readonly TermList All = new([new Term(false, null)]);
    public static readonly TermList EmptySet = new([]);

    public List<Term> Terms { get; }
    public TermList(List<Term> terms) { Terms = terms; }

    public bool IsEmpty => Terms.Count == 0;
    public bool IsAll => Terms.Any(t => t.Type == null);

    public override string ToString() => Terms.Count == 0 ? "∅" : string.Join(" | ", Terms);

    public TermList Norm()
    {
        var used = new bool[Terms.Count];
        var rl = new List<Term>();
        for (int i = 0; i < Terms.Count; i++)
        {
            if (used[i]) continue;
            var xi = Terms[i];
            for (int j = i + 1; j < Terms.Count; j++)
            {
                if (used[j]) continue;
                var (u1, u2) = TermOps.Union(xi, Terms[j]);
                if (u2 == null)
                {
                    if (u1!.Type == null) return All;
                    xi = u1;
                    used[j] = true;
                }
            }
            rl.Add(xi);
        }
        return new TermList(rl);
    }

    public TermList Union(TermList y) => new TermList([.. Terms, .. y.Terms]).Norm();

    public TermList Intersect(TermList y)
    {
        if (IsEmpty || y.IsEmpty) return EmptySet;
        var rl = new List<Term>();
        foreach (var x in Terms)
            foreach (var yy in y.Terms)
                if (TermOps.Intersect(x, yy) is { } r) rl.Add(r);
        return new TermList(rl).Norm();
    }

    public bool Includes(Type t) => Terms.Any(x => TermOps.Includes(x, t));
    public bool SupersetOf(Term y) => Terms.Any(x => TermOps.SubsetOf(y, x));
    public bool SubsetOf(TermList y)
    {
        if (y.IsEmpty) return IsEmpty;
        return Terms.All(y.SupersetOf);
    }
}

internal static class TermOps
{
    public static (Term?, Term?) Union(Term x, Term y)
    {
        if (x.Type == null) return (x, null);
        if (y.Type == null) return (y, null);
        if (Disjoint(x, y)) return (x, y);
        if (x.Tilde || !y.Tilde) return (x, null);
        return (y, null);
    }

    public static Term? Intersect(Term x, Term y)
    {
        if (x.Type == null) return y;
        if (y.Type == null) return x;
        if (Disjoint(x, y)) return null;
        if (!x.Tilde || y.Tilde) return x;
        return y;
    }

    public static bool Includes(Term x, Type t)
    {
        if (x.Type == null) return true;
        var u = x.Tilde ? t.Underlying : t;
        return Predicates.Identical(x.Type, u);
    }

    public static bool SubsetOf(Term x, Term y)
    {
        if (y.Type == null) return true;
        if (x.Type == null) return false;
        if (Disjoint(x, y)) return false;
        return !x.Tilde || y.Tilde;
    }

    public static bool Disjoint(Term x, Term y)
    {
        var ux = y.Tilde ? x.Type!.Underlying : x.Type!;
        var uy = x.Tilde ? y.Type!.Underlying : y.Type!;
        return !Predicates.Identical(ux, uy);
    }
}

/// <summary>The type set of an interface: its methods (sorted), its terms, and whether it is restricted to comparable types.</summary>
public sealed class TypeSet(List<Func> methods, TermList terms, bool comparable)
{
    public List<Func> Methods { get; internal set; } = methods;
    public TermList Terms { get; internal set; } = terms;
    /// <summary>Invariant: Comparable implies Terms.IsAll.</summary>
    public bool Comparable { get; internal set; } = comparable;

    public bool IsEmpty => Terms.IsEmpty;
    public bool IsAll => IsMethodSet && Methods.Count == 0;
    public bool IsMethodSet => !Comparable && Terms.IsAll;
    public bool HasTerms => !Terms.IsEmpty && !Terms.IsAll;

    public bool IsComparable(HashSet<Type>? seen)
    {
        if (Terms.IsAll) return Comparable;
        return Is(t => t != null && Predicates.ComparableType(t.Type!, false, seen, null));
    }

    /// <summary>f holds for every term (called once with null if there are no specific terms).</summary>
    public bool Is(Func<Term?, bool> f)
    {
        if (!HasTerms) return f(null);
        return Terms.Terms.All(t => f(t));
    }

    /// <summary>f holds for the underlying type of every term (called once with null if there are no specific terms).</summary>
    public bool UnderIs(Func<Type?, bool> f)
    {
        if (!HasTerms) return f(null);
        foreach (var t in Terms.Terms)
        {
            var u = t.Tilde ? t.Type! : t.Type!.Underlying;
            if (!f(u)) return false;
        }
        return true;
    }

    public Func? LookupMethod(Package? pkg, string name, out int index)
    {
        for (int i = 0; i < Methods.Count; i++)
            if (Methods[i].SameId(pkg, name)) { index = i; return Methods[i]; }
        index = -1;
        return null;
    }

    public override string ToString()
    {
        if (IsEmpty) return "∅";
        if (IsAll) return "𝓤";
        var parts = new List<string>();
        if (Comparable) parts.Add("comparable");
        parts.AddRange(Methods.Select(m => m.Name));
        if (HasTerms) parts.Add(Terms.ToString());
        return "{" + string.Join("; ", parts) + "}";
    }
}

/// <summary>Computes interface and union type sets (go/types' typeset.go).</summary>
internal static class TypeSets
{
    private const int MaxTermCount = 100;
    private static readonly TypeSet InvalidUnion = new([], TermList.EmptySet, false);

    public static TypeSet Compute(Checker? check, Pos pos, Interface ityp)
    {
        if (ityp.typeSet != null) return ityp.typeSet;
        if (!ityp.Complete) return new TypeSet([], TermList.All, false);

        // Guard against cycles through invalid embeddings.
        ityp.typeSet = new TypeSet([], TermList.All, false);

        var seen = new Dictionary<string, Func>();
        var allMethods = new List<Func>();
        var mpos = new Dictionary<Func, Pos>(ReferenceEqualityComparer.Instance);

        void AddMethod(Pos p, Func m, bool explicitDecl)
        {
            if (!seen.TryGetValue(m.UniqueName, out var other))
            {
                seen[m.UniqueName] = m;
                allMethods.Add(m);
                mpos[m] = p;
            }
            else if (explicitDecl || !Predicates.Identical(m.Type, other.Type))
            {
                check?.ErrorAt(p, $"duplicate method {m.Name}\n\t{mpos[other]}: other declaration of {m.Name}");
            }
        }

        foreach (var m in ityp.Methods) AddMethod(m.Pos, m, true);

        var allTerms = TermList.All;
        bool allComparable = false;
        for (int i = 0; i < ityp.Embeddeds.Count; i++)
        {
            var typ = ityp.Embeddeds[i];
            var epos = i < ityp.EmbedPos.Count ? ityp.EmbedPos[i] : pos;
            bool comparable = false;
            TermList terms;
            switch (typ.Underlying)
            {
                case Interface u when typ is not TypeParam:
                    {
                        var tset = Compute(check, epos, u);
                        comparable = tset.Comparable;
                        foreach (var m in tset.Methods) AddMethod(epos, m, false);
                        terms = tset.Terms;
                        break;
                    }
                case Union un:
                    {
                        var tset = ComputeUnion(check, epos, un);
                        if (ReferenceEquals(tset, InvalidUnion)) continue;
                        terms = tset.Terms;
                        break;
                    }
                case var u:
                    if (u == Universe.Invalid) continue;
                    terms = new TermList([new Term(false, typ)]);
                    break;
            }
            (allTerms, allComparable) = IntersectTermLists(allTerms, allComparable, terms, comparable);
        }

        allMethods.Sort(CompareMethods);
        ityp.typeSet.Methods = allMethods;
        ityp.typeSet.Terms = allTerms;
        ityp.typeSet.Comparable = allComparable;
        return ityp.typeSet;
    }

    internal static int CompareMethods(Func a, Func b)
    {
        int c = string.CompareOrdinal(a.Name, b.Name);
        if (c != 0) return c;
        return string.CompareOrdinal(a.Pkg?.Path ?? "", b.Pkg?.Path ?? "");
    }

    private static (TermList, bool) IntersectTermLists(TermList xterms, bool xcomp, TermList yterms, bool ycomp)
    {
        var terms = xterms.Intersect(yterms);
        bool comp = xcomp || ycomp;
        if (comp && !terms.IsAll)
        {
            terms = new TermList(terms.Terms.Where(t => Predicates.Comparable(t.Type!)).ToList());
            if (!terms.IsAll) comp = false;
        }
        return (terms, comp);
    }

    public static TypeSet ComputeUnion(Checker? check, Pos pos, Union utyp)
    {
        var allTerms = TermList.EmptySet;
        foreach (var t in utyp.Terms)
        {
            TermList terms;
            var u = t.Type!.Underlying;
            if (u is Interface ui && t.Type is not TypeParam)
                terms = Compute(check, pos, ui).Terms;
            else if (u == Universe.Invalid)
                continue;
            else if (t.Tilde && !Predicates.Identical(t.Type, u))
                terms = TermList.EmptySet;
            else
                terms = new TermList([t]);
            allTerms = allTerms.Union(terms);
            if (allTerms.Terms.Count > MaxTermCount)
            {
                check?.ErrorAt(pos, $"cannot handle more than {MaxTermCount} union terms (implementation limitation)");
                return InvalidUnion;
            }
        }
        return new TypeSet([], allTerms, false);
    }
}
