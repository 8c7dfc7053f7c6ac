using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

/// <summary>A lexical scope: the universe, a package, a file, a function, a block, a clause.</summary>
public sealed class Scope
{
    public Scope? Parent { get; }
    public List<Scope> Children { get; } = [];
    private readonly Dictionary<string, Object> elems = new(StringComparer.Ordinal);
    /// <summary>Names in insertion order.</summary>
    private readonly List<string> order = [];
    public Pos Pos { get; internal set; }
    public Pos End { get; internal set; }
    /// <summary>A human-readable label for debugging ("package", "file", "function", "block", ...).</summary>
    public string Comment { get; }
    /// <summary>Set for function scopes (the outermost scope of a function body, holding parameters).</summary>
    public bool IsFunc { get; internal set; }
    public bool IsPackage => Comment == "package";

    public Scope(Scope? parent, Pos pos, Pos end, string comment)
    {
        Parent = parent;
        Pos = pos;
        End = end;
        Comment = comment;
        parent?.Children.Add(this);
    }

    public int Count => elems.Count;
    public IEnumerable<string> Names => order;
    public IEnumerable<Object> Objects => order.Select(n => elems[n]);

    public Object? Lookup(string name) => elems.GetValueOrDefault(name);

    /// <summary>
    /// Looks the name up in this scope and its parents, returning the scope that declares it.
    /// The checker inserts a local object only where its scope begins (the end of its
    /// declaration) and checks function literal bodies in place, so no position filter is
    /// needed; pos is accepted for go/types compatibility and ignored.
    /// </summary>
    public (Scope? scope, Object? obj) LookupParent(string name, Pos pos)
    {
        for (var s = this; s != null; s = s.Parent)
            if (s.elems.TryGetValue(name, out var obj)) return (s, obj);
        return (null, null);
    }

    /// <summary>Inserts obj unless the name is already declared here; returns the existing object in that case.</summary>
    public Object? Insert(Object obj)
    {
        if (elems.TryGetValue(obj.Name, out var alt)) return alt;
        elems[obj.Name] = obj;
        order.Add(obj.Name);
        obj.Parent ??= this;
        return null;
    }

    /// <summary>Removes a name (a REPL session replacing a declaration); returns the object it named, or null.</summary>
    public Object? Remove(string name)
    {
        if (!elems.Remove(name, out var obj)) return null;
        order.Remove(name);
        return obj;
    }

    /// <summary>The innermost scope containing pos, or null.</summary>
    public Scope? Innermost(Pos pos)
    {
        if (!Contains(pos)) return null;
        foreach (var c in Children)
            if (c.Innermost(pos) is { } inner) return inner;
        return this;
    }

    public bool Contains(Pos pos) =>
        Pos == Pos.None || (!pos.IsBefore(Pos) && (End == Pos.None || !End.IsBefore(pos)));

    public override string ToString() => $"{Comment} scope {{{string.Join(", ", order)}}}";
}
