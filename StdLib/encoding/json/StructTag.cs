using Minigo.StdLib.Strconv;

namespace Minigo.StdLib.Json;

/// <summary>Reading struct tags: reflect.StructTag.Lookup and json's tag options (tags.go).</summary>
internal static class StructTag
{
    /// <summary>reflect.StructTag.Get: the value for key in a conventional `key:"value" key2:"value2"` tag.</summary>
    public static string Get(string tag, string key)
    {
        while (tag.Length != 0)
        {
            // Skip leading space.
            int i = 0;
            while (i < tag.Length && tag[i] == ' ') i++;
            tag = tag[i..];
            if (tag.Length == 0) break;

            // Scan to colon. A space, a quote or a control character is a syntax error.
            i = 0;
            while (i < tag.Length && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f) i++;
            if (i == 0 || i + 1 >= tag.Length || tag[i] != ':' || tag[i + 1] != '"') break;
            string name = tag[..i];
            tag = tag[(i + 1)..];

            // Scan quoted string to find value.
            i = 1;
            while (i < tag.Length && tag[i] != '"')
            {
                if (tag[i] == '\\') i++;
                i++;
            }
            if (i >= tag.Length) break;
            string qvalue = tag[..(i + 1)];
            tag = tag[(i + 1)..];

            if (key == name) return Quote.Unquote(qvalue, out var value) ? value : "";
        }
        return "";
    }

    /// <summary>Whether the comma-separated options (after the name) include option.</summary>
    public static bool HasOption(string options, string option)
    {
        foreach (var o in options.Split(',')) if (o == option) return true;
        return false;
    }
}
