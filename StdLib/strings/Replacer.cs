using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Strings;

/// <summary>
/// strings.Replacer.Replace: at each position the first pair, in argument order, whose old
/// string matches there wins (Go's generic replacer gives earlier pairs priority); an empty
/// old string matches at every position, but not twice in a row at the same one.
/// </summary>
public static class Replacer
{
    public static string Replace(string[] oldnew, string s)
    {
        int pairs = oldnew.Length / 2;
        if (pairs == 0) return s;
        // Which first bytes can start a match; empty old strings match anywhere.
        Span<bool> first = stackalloc bool[256];
        bool hasEmpty = false;
        for (int k = 0; k < pairs; k++)
        {
            string old = oldnew[2 * k];
            if (old.Length == 0) hasEmpty = true;
            else first[old[0]] = true;
        }
        ByteBuffer? b = null;
        int last = 0;
        bool prevMatchEmpty = false;
        for (int i = 0; i <= s.Length;)
        {
            if (!hasEmpty && (i == s.Length || !first[s[i]]))
            {
                i++;
                continue;
            }
            int match = -1;
            for (int k = 0; k < pairs; k++)
            {
                string old = oldnew[2 * k];
                if (old.Length == 0)
                {
                    if (prevMatchEmpty) continue;
                }
                else if (i == s.Length || s[i] != old[0] || !s.AsSpan(i).StartsWith(old.AsSpan(), StringComparison.Ordinal)) continue;
                match = k;
                break;
            }
            if (match < 0)
            {
                prevMatchEmpty = false;
                i++;
                continue;
            }
            string key = oldnew[2 * match];
            prevMatchEmpty = key.Length == 0;
            b ??= new ByteBuffer(s.Length + 16);
            b.Append(s.AsSpan(last, i - last));
            b.Append(oldnew[2 * match + 1]);
            i += key.Length;
            last = i;
        }
        if (b == null) return s;
        if (last < s.Length) b.Append(s.AsSpan(last));
        return b.ToString();
    }

    /// <summary>The oldnew pairs from a *Replacer's box.</summary>
    public static string[] Pairs(object? receiver)
    {
        var box = (Slot[]?)receiver ?? throw RuntimeErrors.NilDeref();
        var sl = (Slice?)box[0].R;
        if (sl == null) return [];
        var arr = (Slot[])sl.Array;
        var pairs = new string[sl.Length];
        for (int i = 0; i < pairs.Length; i++) pairs[i] = arr[sl.Offset + i].S;
        return pairs;
    }
}
