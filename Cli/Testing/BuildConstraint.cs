namespace Minigo.Cli.Testing;

/// <summary>
/// Build constraints of a Go test-directory file (`//go:build expr` and `// +build` lines
/// before the package clause), evaluated for what minigo is: linux/amd64, the gc toolchain,
/// Go 1.1 to 1.22, no cgo, no race detector (test/run.go's shouldTest).
/// </summary>
public static class BuildConstraint
{
    /// <summary>The first constraint line the file does not satisfy, or null.</summary>
    public static string? Excluding(string source)
    {
        foreach (var line in source.Split('\n'))
        {
            if (line.StartsWith("package ", StringComparison.Ordinal)) break;
            var t = line.TrimEnd('\r');
            if (t.StartsWith("//go:build ", StringComparison.Ordinal))
            {
                var p = new Parser(t["//go:build ".Length..]);
                if (!p.Parse()) return t;
            }
            else if (t.StartsWith("// +build ", StringComparison.Ordinal))
            {
                // Space-separated options are ORed, comma-separated terms ANDed.
                bool any = t["// +build ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Any(option => option.Split(',').All(Term));
                if (!any) return t;
            }
        }
        return null;
    }

    private static bool Term(string term) => term.StartsWith('!') ? !Tag(term[1..]) : Tag(term);

    private static bool Tag(string name)
    {
        if (name is "linux" or "amd64" or "unix" or "gc") return true;
        if (name.StartsWith("go1.", StringComparison.Ordinal) && int.TryParse(name[4..], out int minor)) return minor >= 1 && minor <= 22;
        return false;
    }

    /// <summary>`//go:build` expressions: ||, &&, !, parentheses, tags.</summary>
    private sealed class Parser(string text)
    {
        private int pos;

        public bool Parse() => Or();

        private bool Or()
        {
            bool v = And();
            while (Eat("||")) v = And() | v;
            return v;
        }

        private bool And()
        {
            bool v = Not();
            while (Eat("&&")) v = Not() & v;
            return v;
        }

        private bool Not()
        {
            if (Eat("!")) return !Not();
            if (Eat("("))
            {
                bool v = Or();
                Eat(")");
                return v;
            }
            SkipSpaces();
            int start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '.')) pos++;
            return Tag(text[start..pos]);
        }

        private bool Eat(string token)
        {
            SkipSpaces();
            if (string.CompareOrdinal(text, pos, token, 0, token.Length) != 0) return false;
            pos += token.Length;
            return true;
        }

        private void SkipSpaces()
        {
            while (pos < text.Length && text[pos] == ' ') pos++;
        }
    }
}
