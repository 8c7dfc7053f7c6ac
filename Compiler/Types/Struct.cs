namespace Minigo.Compiler.Types;

/// <summary>A struct type. Fields[i].FieldIndex == i; Tags[i] is "" when the field has no tag.</summary>
public sealed class Struct(List<Var> fields, List<string> tags) : Type
{
    public List<Var> Fields { get; } = fields;
    public List<string> Tags { get; } = tags;

    public int IndexOf(string name)
    {
        for (int i = 0; i < Fields.Count; i++)
            if (Fields[i].Name == name) return i;
        return -1;
    }
}
