namespace Minigo.Compiler.Types;

/// <summary>A Go package. Its Scope's parent is the universe.</summary>
public sealed class Package
{
    public string Path { get; }
    public string Name { get; internal set; }
    public Scope Scope { get; }
    public List<Package> Imports { get; }
    /// <summary>Set once the package has been checked.</summary>
    public bool Complete { get; internal set; }
    /// <summary>The checker's results for this package (set by Checker.Check).</summary>
    public Info? Info { get; internal set; }

    public Package(string path, string name, Scope scope, List<Package> imports)
    {
        Path = path;
        Name = name;
        Scope = scope;
        Imports = imports;
    }

    /// <summary>A new empty package whose scope is a child of the universe.</summary>
    public Package(string path, string name = "")
        : this(path, name, new Scope(Universe.Scope, Syntax.Pos.None, Syntax.Pos.None, "package"), []) { }

    public override string ToString() => $"package {Name} (\"{Path}\")";
}
