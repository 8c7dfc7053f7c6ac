using System.Text;
using Minigo.StdLib.Support;
using Minigo.StdLib.Unicode;

namespace Minigo.StdLib.Strings;

/// <summary>
/// The algorithms of package strings over Go byte strings (chars 0..255). Package bytes
/// reuses them: its []byte arguments are viewed as byte strings, positions are the same.
/// </summary>
public static class StringOps
{
    public static int Index(string s, string sub) => sub.Length == 0 ? 0 : s.AsSpan().IndexOf(sub.AsSpan(), StringComparison.Ordinal);

    public static int LastIndex(string s, string sub) =>
        sub.Length == 0 ? s.Length : s.AsSpan().LastIndexOf(sub.AsSpan(), StringComparison.Ordinal);

    public static int Count(string s, string sub)
    {
        if (sub.Length == 0) return Utf8.RuneCount(s) + 1;
        if (sub.Length == 1) return s.AsSpan().Count(sub[0]);
        int n = 0;
        for (int i = 0; ;)
        {
            int j = s.AsSpan(i).IndexOf(sub.AsSpan(), StringComparison.Ordinal);
            if (j < 0) return n;
            n++;
            i += j + sub.Length;
        }
    }

    /// <summary>strings.IndexRune: RuneError also finds invalid UTF-8; invalid runes are never found.</summary>
    public static int IndexRune(string s, long r)
    {
        if (r >= 0 && r < 0x80) return s.IndexOf((char)r);
        if (r == Utf8.RuneError)
        {
            for (int i = 0; i < s.Length;)
            {
                var (c, w) = s[i] < 0x80 ? (s[i], 1) : Utf8.Decode(s.AsSpan(i));
                if (c == Utf8.RuneError) return i;
                i += w;
            }
            return -1;
        }
        if (!Strconv.Quote.ValidRune(r)) return -1;
        return Index(s, GoRune(r));
    }

    private static string GoRune(long r)
    {
        var b = new ByteBuffer(4);
        b.AppendRune(r);
        return b.ToString();
    }

    public static int IndexAny(string s, string chars)
    {
        if (chars.Length == 0) return -1;
        for (int i = 0; i < s.Length;)
        {
            var (c, w) = s[i] < 0x80 ? (s[i], 1) : Utf8.Decode(s.AsSpan(i));
            if (IndexRune(chars, c) >= 0) return i;
            i += w;
        }
        return -1;
    }

    public static int LastIndexAny(string s, string chars)
    {
        if (chars.Length == 0) return -1;
        for (int i = s.Length; i > 0;)
        {
            var (c, w) = Utf8.DecodeLast(s.AsSpan(0, i));
            i -= w;
            if (IndexRune(chars, c) >= 0) return i;
        }
        return -1;
    }

    public static bool EqualFold(string s, string t)
    {
        int i = 0, j = 0;
        while (i < s.Length && j < t.Length)
        {
            int sr, tr;
            if (s[i] < 0x80) { sr = s[i]; i++; }
            else { (sr, int w) = Utf8.Decode(s.AsSpan(i)); i += w; }
            if (t[j] < 0x80) { tr = t[j]; j++; }
            else { (tr, int w) = Utf8.Decode(t.AsSpan(j)); j += w; }
            if (!UnicodeData.EqualFold(sr, tr)) return false;
        }
        return i == s.Length && j == t.Length;
    }

    /// <summary>Go's genSplit: at most n pieces (n &lt; 0: all), keeping sepSave bytes of each separator.</summary>
    public static (string[] Parts, int Len) Split(string s, string sep, int sepSave, int n)
    {
        if (n == 0) return ([], 0);
        if (sep.Length == 0) return Explode(s, n);
        if (n < 0) n = Count(s, sep) + 1;
        if (n > s.Length + 1) n = s.Length + 1;
        var a = new string[n];
        n--;
        int i = 0, start = 0;
        while (i < n)
        {
            int m = s.AsSpan(start).IndexOf(sep.AsSpan(), StringComparison.Ordinal);
            if (m < 0) break;
            a[i] = s.Substring(start, m + sepSave);
            start += m + sep.Length;
            i++;
        }
        a[i] = s[start..];
        for (int k = i + 1; k < a.Length; k++) a[k] = "";
        return (a, i + 1);
    }

    /// <summary>
    /// Splits s into UTF-8 sequences, at most n, the last holding the rest. An invalid byte
    /// becomes "\uFFFD", as in Go's strings (not bytes).
    /// </summary>
    private static (string[], int) Explode(string s, int n)
    {
        int l = Utf8.RuneCount(s);
        if (n < 0 || n > l) n = l;
        var a = new string[n];
        int pos = 0;
        for (int i = 0; i < n - 1; i++)
        {
            var (r, w) = s[pos] < 0x80 ? (s[pos], 1) : Utf8.Decode(s.AsSpan(pos));
            a[i] = r == Utf8.RuneError ? "\u00ef\u00bf\u00bd" : s.Substring(pos, w);
            pos += w;
        }
        if (n > 0) a[n - 1] = s[pos..];
        return (a, n);
    }

    /// <summary>The [start, end) byte ranges of the runs of non-space runes.</summary>
    public static List<(int Start, int End)> FieldSpans(string s)
    {
        var spans = new List<(int, int)>();
        int start = -1;
        for (int i = 0; i < s.Length;)
        {
            var (r, w) = s[i] < 0x80 ? (s[i], 1) : Utf8.Decode(s.AsSpan(i));
            bool isSpace = UnicodeData.IsSpace(r);
            if (isSpace)
            {
                if (start >= 0) { spans.Add((start, i)); start = -1; }
            }
            else if (start < 0) start = i;
            i += w;
        }
        if (start >= 0) spans.Add((start, s.Length));
        return spans;
    }

    /// <summary>Repeat, panicking as package pkg ("strings" or "bytes") does.</summary>
    public static string Repeat(string s, long count, string pkg = "strings")
    {
        if (count < 0) throw Panics.String(pkg + ": negative Repeat count");
        if (count == 0 || s.Length == 0) return "";
        if ((long)s.Length * count / count != s.Length || (long)s.Length * count > int.MaxValue)
            throw Panics.String(pkg + ": Repeat output length overflow");
        if (s.Length == 1) return new string(s[0], (int)count);
        var sb = new StringBuilder(s.Length * (int)count);
        for (long i = 0; i < count; i++) sb.Append(s);
        return sb.ToString();
    }

    public static string Replace(string s, string old, string @new, long n)
    {
        if (old == @new || n == 0) return s;
        int m = Count(s, old);
        if (m == 0) return s;
        if (n < 0 || m < n) n = m;
        var sb = new StringBuilder(s.Length + (int)n * (@new.Length - old.Length));
        int start = 0;
        for (int i = 0; i < n; i++)
        {
            int j = start;
            if (old.Length == 0)
            {
                if (i > 0) j += s[start] < 0x80 ? 1 : Utf8.Decode(s.AsSpan(start)).Width;
            }
            else j += s.AsSpan(start).IndexOf(old.AsSpan(), StringComparison.Ordinal);
            sb.Append(s, start, j - start);
            sb.Append(@new);
            start = j + old.Length;
        }
        sb.Append(s, start, s.Length - start);
        return sb.ToString();
    }

    /// <summary>strings.Map with a C# mapping; invalid bytes are mapped as U+FFFD, negative results dropped.</summary>
    public static string Map(Func<int, int> mapping, string s)
    {
        ByteBuffer? b = null;
        for (int i = 0; i < s.Length;)
        {
            var (c, w) = s[i] < 0x80 ? (s[i], 1) : Utf8.Decode(s.AsSpan(i));
            int r = mapping(c);
            if (b == null)
            {
                // Unchanged so far: only start building at the first rune that changes.
                if (r == c && !(c == Utf8.RuneError && w == 1)) { i += w; continue; }
                b = new ByteBuffer(s.Length + 4);
                b.Append(s.AsSpan(0, i));
            }
            if (r >= 0) b.AppendRune(r);
            i += w;
        }
        return b == null ? s : b.ToString();
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 0x80) return false;
        return true;
    }

    public static string ToUpper(string s)
    {
        if (IsAscii(s))
        {
            if (!s.AsSpan().ContainsAnyInRange('a', 'z')) return s;
            return string.Create(s.Length, s, (dst, src) =>
            {
                for (int i = 0; i < src.Length; i++) dst[i] = src[i] is >= 'a' and <= 'z' ? (char)(src[i] - 32) : src[i];
            });
        }
        return Map(UnicodeData.ToUpper, s);
    }

    public static string ToLower(string s)
    {
        if (IsAscii(s))
        {
            if (!s.AsSpan().ContainsAnyInRange('A', 'Z')) return s;
            return string.Create(s.Length, s, (dst, src) =>
            {
                for (int i = 0; i < src.Length; i++) dst[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
            });
        }
        return Map(UnicodeData.ToLower, s);
    }

    public static string ToTitle(string s) => Map(UnicodeData.ToTitle, s);

    /// <summary>Replaces each run of invalid UTF-8 bytes with the replacement.</summary>
    public static string ToValidUtf8(string s, string replacement)
    {
        var b = new ByteBuffer(s.Length + replacement.Length);
        bool invalid = false; // previous byte was from an invalid sequence
        for (int i = 0; i < s.Length;)
        {
            char c = s[i];
            if (c < 0x80)
            {
                i++;
                invalid = false;
                b.Append((byte)c);
                continue;
            }
            var (_, w) = Utf8.Decode(s.AsSpan(i));
            if (w == 1)
            {
                i++;
                if (!invalid)
                {
                    invalid = true;
                    b.Append(replacement);
                }
                continue;
            }
            invalid = false;
            b.Append(s.AsSpan(i, w));
            i += w;
        }
        return b.ToString();
    }

    // ---- Trimming: the results are [start, end) ranges, so bytes can slice its input ----

    public static (int Start, int End) TrimSpace(string s)
    {
        int start = 0, end = s.Length;
        while (start < end)
        {
            var (r, w) = s[start] < 0x80 ? (s[start], 1) : Utf8.Decode(s.AsSpan(start, end - start));
            if (!UnicodeData.IsSpace(r)) break;
            start += w;
        }
        while (end > start)
        {
            var (r, w) = s[end - 1] < 0x80 ? (s[end - 1], 1) : Utf8.DecodeLast(s.AsSpan(start, end - start));
            if (!UnicodeData.IsSpace(r)) break;
            end -= w;
        }
        return (start, end);
    }

    public static int TrimLeftIndex(string s, string cutset)
    {
        int i = 0;
        while (i < s.Length)
        {
            var (r, w) = s[i] < 0x80 ? (s[i], 1) : Utf8.Decode(s.AsSpan(i));
            if (IndexRune(cutset, r) < 0) break;
            i += w;
        }
        return i;
    }

    public static int TrimRightIndex(string s, int start, string cutset)
    {
        int end = s.Length;
        while (end > start)
        {
            var (r, w) = s[end - 1] < 0x80 ? (s[end - 1], 1) : Utf8.DecodeLast(s.AsSpan(start, end - start));
            if (IndexRune(cutset, r) < 0) break;
            end -= w;
        }
        return end;
    }
}
