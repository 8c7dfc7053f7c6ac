using System.Globalization;

namespace Minigo.StdLib.Unicode;

/// <summary>One range of a Go RangeTable: lo..hi, every stride-th code point.</summary>
public readonly record struct RuneRange(int Lo, int Hi, int Stride);

/// <summary>
/// Unicode properties and case mapping with Go's data (UnicodeTables.cs, generated from Go's
/// unicode package), shared by unicode, strings, bytes, strconv and fmt so that they all agree
/// with each other and with Go.
/// </summary>
public static class UnicodeData
{
    public const int MaxRune = 0x10FFFF;
    public const int ReplacementChar = 0xFFFD;
    public const int UpperCase = 0, LowerCase = 1, TitleCase = 2;

    /// <summary>The encoded tables by name (declared first: the category tables below are built from it).</summary>
    private static readonly Lazy<Dictionary<string, string>> Encoded = new(() =>
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (n, r) in UnicodeTables.Categories) d[n] = r;
        foreach (var (n, r) in UnicodeTables.Scripts) d[n] = r;
        foreach (var (n, r) in UnicodeTables.Properties) d[n] = r;
        return d;
    });

    // ---- General categories: a two-stage lookup table (blocks of 256 code points, identical blocks shared) ----

    [Flags]
    private enum Cat : byte
    {
        None = 0, Letter = 1, Mark = 2, Number = 4, Punct = 8, Symbol = 16, Zs = 32, Control = 64,
    }

    /// <summary>Minor category names, indexed by the ids stored in the lookup table (0 = unassigned).</summary>
    private static readonly string[] MinorNames =
    [
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
        "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs",
    ];
    private const byte Lu = 1, Ll = 2, Lt = 3, Nd = 9;

    private static readonly Lazy<(ushort[] Stage1, byte[] Stage2)> CategoryTable = new(BuildCategoryTable);
    private static readonly Cat[] CatFlags = BuildCatFlags();
    /// <summary>Latin-1 properties, the common case, without touching the big table.</summary>
    private static readonly byte[] Latin1Category = BuildLatin1();

    private static Cat[] BuildCatFlags()
    {
        var flags = new Cat[MinorNames.Length];
        for (int i = 1; i < MinorNames.Length; i++)
        {
            flags[i] = MinorNames[i][0] switch
            {
                'L' => Cat.Letter, 'M' => Cat.Mark, 'N' => Cat.Number, 'P' => Cat.Punct, 'S' => Cat.Symbol,
                _ => MinorNames[i] switch { "Zs" => Cat.Zs, "Cc" => Cat.Control, _ => Cat.None },
            };
        }
        return flags;
    }

    private static byte[] BuildLatin1()
    {
        var cats = new byte[256];
        for (byte id = 1; id < MinorNames.Length; id++)
            foreach (var r in TableRanges(MinorNames[id]))
                for (int c = r.Lo; c <= r.Hi && c < 256; c += r.Stride) cats[c] = id;
        return cats;
    }

    private static (ushort[], byte[]) BuildCategoryTable()
    {
        var all = new byte[MaxRune + 1];
        for (byte id = 1; id < MinorNames.Length; id++)
            foreach (var r in TableRanges(MinorNames[id]))
                for (int c = r.Lo; c <= r.Hi; c += r.Stride) all[c] = id;
        var stage1 = new ushort[(MaxRune + 1) >> 8];
        var blocks = new List<byte[]>();
        var index = new Dictionary<string, ushort>();
        for (int b = 0; b < stage1.Length; b++)
        {
            var block = all.AsSpan(b << 8, 256).ToArray();
            string key = Convert.ToBase64String(block);
            if (!index.TryGetValue(key, out var id))
            {
                id = (ushort)blocks.Count;
                blocks.Add(block);
                index[key] = id;
            }
            stage1[b] = id;
        }
        var stage2 = new byte[blocks.Count * 256];
        for (int i = 0; i < blocks.Count; i++) blocks[i].CopyTo(stage2, i * 256);
        return (stage1, stage2);
    }

    private static byte CategoryId(int r)
    {
        if ((uint)r < 256) return Latin1Category[r];
        if ((uint)r > MaxRune) return 0;
        var t = CategoryTable.Value;
        return t.Stage2[(t.Stage1[r >> 8] << 8) | (r & 0xFF)];
    }

    private static Cat Flags(int r) => CatFlags[CategoryId(r)];

    /// <summary>The two-letter general category of r ("Lu", "Nd", ...; "Cn" when unassigned).</summary>
    public static string Category(int r) => MinorNames[CategoryId(r)];

    public static bool IsLetter(int r) => (Flags(r) & Cat.Letter) != 0;
    public static bool IsMark(int r) => (Flags(r) & Cat.Mark) != 0;
    public static bool IsNumber(int r) => (Flags(r) & Cat.Number) != 0;
    public static bool IsDigit(int r) => r is >= '0' and <= '9' || (r >= 0x80 && CategoryId(r) == Nd);
    public static bool IsPunct(int r) => (Flags(r) & Cat.Punct) != 0;
    public static bool IsSymbol(int r) => (Flags(r) & Cat.Symbol) != 0;
    public static bool IsUpper(int r) => CategoryId(r) == Lu;
    public static bool IsLower(int r) => CategoryId(r) == Ll;
    public static bool IsTitle(int r) => CategoryId(r) == Lt;
    /// <summary>Go's IsControl: only the C0 and C1 control codes.</summary>
    public static bool IsControl(int r) => (uint)r <= 0xFF && (Flags(r) & Cat.Control) != 0;
    /// <summary>L, M, N, P, S and Zs.</summary>
    public static bool IsGraphic(int r) => (Flags(r) & (Cat.Letter | Cat.Mark | Cat.Number | Cat.Punct | Cat.Symbol | Cat.Zs)) != 0;
    /// <summary>L, M, N, P, S and the ASCII space (Go's IsPrint and strconv.IsPrint).</summary>
    public static bool IsPrint(int r) =>
        r == ' ' || (Flags(r) & (Cat.Letter | Cat.Mark | Cat.Number | Cat.Punct | Cat.Symbol)) != 0;

    /// <summary>Go's IsSpace: the Latin-1 spaces, else the White_Space property.</summary>
    public static bool IsSpace(int r)
    {
        if ((uint)r <= 0xFF) return r is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or 0x85 or 0xA0;
        foreach (var g in WhiteSpace.Value)
            if (r >= g.Lo && r <= g.Hi && (r - g.Lo) % g.Stride == 0) return true;
        return false;
    }

    private static readonly Lazy<RuneRange[]> WhiteSpace = new(() => TableRanges("White_Space"));

    // ---- Case mapping (Go's CaseRanges and fold orbits) ----

    private static readonly int[] Cases = UnicodeTables.CaseRanges;

    /// <summary>unicode.To: maps r to upper, lower or title case.</summary>
    public static int To(int @case, int r)
    {
        int lo = 0, hi = Cases.Length / 5;
        while (lo < hi)
        {
            int m = lo + (hi - lo) / 2;
            int crLo = Cases[m * 5], crHi = Cases[m * 5 + 1];
            if (crLo <= r && r <= crHi)
            {
                int delta = Cases[m * 5 + 2 + @case];
                // UpperLower runs alternate upper and lower case: the low bit of the offset picks.
                if (delta > MaxRune) return crLo + (((r - crLo) & ~1) | (@case & 1));
                return r + delta;
            }
            if (r < crLo) hi = m; else lo = m + 1;
        }
        return r;
    }

    public static int ToUpper(int r)
    {
        if (r < 0x80) return r is >= 'a' and <= 'z' ? r - 32 : r;
        return To(UpperCase, r);
    }

    public static int ToLower(int r)
    {
        if (r < 0x80) return r is >= 'A' and <= 'Z' ? r + 32 : r;
        return To(LowerCase, r);
    }

    public static int ToTitle(int r)
    {
        if (r < 0x80) return r is >= 'a' and <= 'z' ? r - 32 : r;
        return To(TitleCase, r);
    }

    private static readonly Lazy<Dictionary<int, int>> FoldOrbits = new(() =>
    {
        var d = new Dictionary<int, int>();
        var t = UnicodeTables.FoldExceptions;
        for (int i = 0; i < t.Length; i += 2) d[t[i]] = t[i + 1];
        return d;
    });

    /// <summary>unicode.SimpleFold: the next rune of r's case-folding orbit.</summary>
    public static int SimpleFold(int r)
    {
        if (r < 0 || r > MaxRune) return r;
        if (FoldOrbits.Value.TryGetValue(r, out int f)) return f;
        int l = ToLower(r);
        return l != r ? l : ToUpper(r);
    }

    /// <summary>Whether r and s are equal under simple case folding (strings.EqualFold's rune test).</summary>
    public static bool EqualFold(int r, int s)
    {
        if (r == s) return true;
        if (s < r) (r, s) = (s, r);
        if (s < 0x80) return r is >= 'A' and <= 'Z' && s == r + 32;
        int f = SimpleFold(r);
        while (f != r && f < s) f = SimpleFold(f);
        return f == s;
    }

    // ---- Range tables by name (unicode.Letter, unicode.Latin, ...) ----


    public static IEnumerable<string> CategoryNames => UnicodeTables.Categories.Select(c => c.Name);
    public static IEnumerable<string> ScriptNames => UnicodeTables.Scripts.Select(c => c.Name);

    /// <summary>The ranges of a category, script or property table, as Go stores them.</summary>
    public static RuneRange[] TableRanges(string name)
    {
        if (!Encoded.Value.TryGetValue(name, out var enc)) throw new ArgumentException("no unicode table " + name);
        if (enc.Length == 0) return [];
        var parts = enc.Split(',');
        var ranges = new RuneRange[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            int stride = 1;
            int colon = p.IndexOf(':');
            if (colon >= 0) { stride = Hex(p.AsSpan(colon + 1)); p = p[..colon]; }
            int dash = p.IndexOf('-');
            int lo = Hex(dash < 0 ? p : p.AsSpan(0, dash));
            int hi = dash < 0 ? lo : Hex(p.AsSpan(dash + 1));
            ranges[i] = new RuneRange(lo, hi, stride);
        }
        return ranges;
    }

    private static int Hex(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
