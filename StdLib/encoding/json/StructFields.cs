using System.Runtime.CompilerServices;
using Minigo.Runtime;
using Minigo.StdLib.Support;
using Minigo.StdLib.Unicode;

namespace Minigo.StdLib.Json;

/// <summary>A struct field as JSON sees it (Go's field in encode.go).</summary>
internal sealed class JsonField
{
    public required string Name;
    /// <summary>The name came from a tag (wins over an untagged field at the same depth).</summary>
    public bool Tagged;
    /// <summary>Field indexes from the outer struct, through embedded structs.</summary>
    public required int[] Index;
    /// <summary>The field's type, dereferenced if it is an unnamed pointer (for embedding).</summary>
    public required RType Type;
    public bool OmitEmpty;
    /// <summary>The `,string` option applies (the value is encoded inside a JSON string).</summary>
    public bool Quoted;
    /// <summary>`"name":` as written, and with HTML characters escaped.</summary>
    public string NameNonEsc = "";
    public string NameEscHtml = "";
}

/// <summary>
/// The fields JSON encodes and decodes for a struct type, by Go's rules (typeFields):
/// exported fields and the fields of embedded structs, breadth first; among fields with the
/// same name the shallowest wins, then a tagged one; otherwise they annihilate each other.
/// </summary>
internal sealed class StructFields
{
    public readonly JsonField[] List;
    public readonly Dictionary<string, int> NameIndex;
    /// <summary>NameIndex looked up by chars, so the decoder need not make a string of each key.</summary>
    public readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NameLookup;

    private StructFields(JsonField[] list, Dictionary<string, int> nameIndex)
    {
        List = list;
        NameIndex = nameIndex;
        NameLookup = nameIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly ConditionalWeakTable<RType, StructFields> Cache = new();

    public static StructFields For(RType t) => Cache.GetValue(t, Compute);

    /// <summary>The type reached by following index from t (Go's typeByIndex).</summary>
    public static RType TypeByIndex(RType t, int[] index)
    {
        foreach (int i in index)
        {
            if (t.Kind == Kind.Pointer) t = t.Elem!;
            t = t.Fields[i].Type;
        }
        return t;
    }

    private static StructFields Compute(RType t)
    {
        var current = new List<JsonField>();
        var next = new List<JsonField> { new() { Name = "", Index = [], Type = t } };
        // Types at the current and next depth, with the number of times each was embedded there.
        Dictionary<RType, int> count, nextCount = new(ReferenceEqualityComparer.Instance);
        var visited = new HashSet<RType>(ReferenceEqualityComparer.Instance);
        var fields = new List<JsonField>();

        while (next.Count > 0)
        {
            (current, next) = (next, current);
            next.Clear();
            count = nextCount;
            nextCount = new(ReferenceEqualityComparer.Instance);

            foreach (var f in current)
            {
                if (!visited.Add(f.Type)) continue;
                for (int i = 0; i < f.Type.Fields.Length; i++)
                {
                    var sf = f.Type.Fields[i];
                    if (sf.Embedded)
                    {
                        var et = sf.Type.Kind == Kind.Pointer ? sf.Type.Elem! : sf.Type;
                        // Embedded unexported non-struct types are ignored; unexported structs may have exported fields.
                        if (!sf.Exported && et.Kind != Kind.Struct) continue;
                    }
                    else if (!sf.Exported) continue;
                    string tag = StructTag.Get(sf.Tag, "json");
                    if (tag == "-") continue;
                    int comma = tag.IndexOf(',');
                    string name = comma < 0 ? tag : tag[..comma];
                    string opts = comma < 0 ? "" : tag[(comma + 1)..];
                    if (!IsValidTag(name)) name = "";
                    int[] index = [.. f.Index, i];

                    var ft = sf.Type;
                    if (ft.Name == null && ft.Kind == Kind.Pointer) ft = ft.Elem!;

                    // Only strings, floats, integers, and booleans can be quoted.
                    bool quoted = StructTag.HasOption(opts, "string") && (ft.Kind is Kind.Bool or Kind.String || ft.Kind.IsInteger() || ft.Kind.IsFloat());

                    // Record a named field, or an unnamed field of non-struct type.
                    if (name != "" || !sf.Embedded || ft.Kind != Kind.Struct)
                    {
                        var field = new JsonField
                        {
                            Name = name != "" ? name : sf.Name,
                            Tagged = name != "",
                            Index = index,
                            Type = ft,
                            OmitEmpty = StructTag.HasOption(opts, "omitempty"),
                            Quoted = quoted,
                        };
                        var esc = new ByteBuffer();
                        esc.Append((byte)'"');
                        Layout.HtmlEscape(esc, GoStrings.ToBytes(field.Name));
                        esc.Append("\":");
                        field.NameEscHtml = esc.ToString();
                        field.NameNonEsc = "\"" + field.Name + "\":";
                        fields.Add(field);
                        // If there were multiple instances, add a second, so that the
                        // annihilation code will see a duplicate: only the first
                        // instance was added.
                        if (count.GetValueOrDefault(f.Type) > 1) fields.Add(field);
                        continue;
                    }

                    // Record a new anonymous struct to explore in the next round.
                    nextCount[ft] = nextCount.GetValueOrDefault(ft) + 1;
                    if (nextCount[ft] == 1) next.Add(new JsonField { Name = ft.Name ?? "", Index = index, Type = ft });
                }
            }
        }

        // Sort by name, breaking ties with depth, then whether tagged, then index sequence.
        var sorted = fields.ToArray();
        Array.Sort(sorted, CompareForDominance);

        // Keep the dominant field of each name (Go's dominantField); drop names whose
        // candidates tie at the same depth and taggedness.
        var kept = new List<JsonField>();
        for (int i = 0, advance; i < sorted.Length; i += advance)
        {
            var fi = sorted[i];
            for (advance = 1; i + advance < sorted.Length; advance++)
                if (sorted[i + advance].Name != fi.Name) break;
            if (advance == 1 || sorted[i + 1].Index.Length != fi.Index.Length || sorted[i + 1].Tagged != fi.Tagged)
                kept.Add(fi);
        }
        var list = kept.ToArray();
        Array.Sort(list, (a, b) => CompareIndex(a.Index, b.Index));
        var nameIndex = new Dictionary<string, int>(list.Length, StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++) nameIndex[list[i].Name] = i;
        return new StructFields(list, nameIndex);
    }

    private static int CompareForDominance(JsonField x, JsonField y)
    {
        int c = string.CompareOrdinal(x.Name, y.Name);
        if (c != 0) return c;
        if (x.Index.Length != y.Index.Length) return x.Index.Length.CompareTo(y.Index.Length);
        if (x.Tagged != y.Tagged) return x.Tagged ? -1 : 1;
        return CompareIndex(x.Index, y.Index);
    }

    /// <summary>Go's byIndex order: by index sequence, a prefix first.</summary>
    private static int CompareIndex(int[] x, int[] y)
    {
        for (int k = 0; k < x.Length; k++)
        {
            if (k >= y.Length) return 1;
            if (x[k] != y[k]) return x[k].CompareTo(y[k]);
        }
        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Go's isValidTag: names may use letters, digits and some punctuation.</summary>
    private static bool IsValidTag(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length;)
        {
            var (r, w) = GoStrings.DecodeRune(s, i);
            i += w;
            // Backslash and quote chars are reserved, but otherwise any punctuation chars are allowed in a tag name.
            if (r < 0x80 && "!#$%&()*+-./:;<=>?@[]^_{|}~ ".Contains((char)r)) continue;
            if (!UnicodeData.IsLetter(r) && !UnicodeData.IsDigit(r)) return false;
        }
        return true;
    }
}
