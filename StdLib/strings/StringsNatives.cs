using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Strings;

/// <summary>The natives of package strings (declared in strings.go and replace.go).</summary>
public static class StringsNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Compare", c => c.SetInt(0, Math.Sign(string.CompareOrdinal(c.Str(0), c.Str(1)))));
        t.Add("Contains", c => c.SetBool(0, StringOps.Index(c.Str(0), c.Str(1)) >= 0));
        t.Add("ContainsAny", c => c.SetBool(0, StringOps.IndexAny(c.Str(0), c.Str(1)) >= 0));
        t.Add("ContainsRune", c => c.SetBool(0, StringOps.IndexRune(c.Str(0), c.Int(1)) >= 0));
        t.Add("Count", c => c.SetInt(0, StringOps.Count(c.Str(0), c.Str(1))));
        t.Add("EqualFold", c => c.SetBool(0, StringOps.EqualFold(c.Str(0), c.Str(1))));
        t.Add("Fields", c =>
        {
            string s = c.Str(0);
            var spans = StringOps.FieldSpans(s);
            var arr = new Slot[spans.Count];
            for (int i = 0; i < arr.Length; i++) arr[i] = new Slot(s[spans[i].Start..spans[i].End]);
            c.SetRef(0, new Slice(arr, 0, arr.Length, arr.Length));
        });
        t.Add("HasPrefix", c => c.SetBool(0, c.Str(0).StartsWith(c.Str(1), StringComparison.Ordinal)));
        t.Add("HasSuffix", c => c.SetBool(0, c.Str(0).EndsWith(c.Str(1), StringComparison.Ordinal)));
        t.Add("Index", c => c.SetInt(0, StringOps.Index(c.Str(0), c.Str(1))));
        t.Add("IndexAny", c => c.SetInt(0, StringOps.IndexAny(c.Str(0), c.Str(1))));
        t.Add("IndexByte", c => c.SetInt(0, c.Str(0).IndexOf((char)(byte)c.Int(1))));
        t.Add("IndexRune", c => c.SetInt(0, StringOps.IndexRune(c.Str(0), c.Int(1))));
        t.Add("Join", c => c.SetStr(0, Join(c.SliceArg(0), c.Str(1))));
        t.Add("LastIndex", c => c.SetInt(0, StringOps.LastIndex(c.Str(0), c.Str(1))));
        t.Add("LastIndexAny", c => c.SetInt(0, StringOps.LastIndexAny(c.Str(0), c.Str(1))));
        t.Add("LastIndexByte", c => c.SetInt(0, c.Str(0).LastIndexOf((char)(byte)c.Int(1))));
        t.Add("Repeat", c => c.SetStr(0, StringOps.Repeat(c.Str(0), c.Int(1))));
        t.Add("Replace", c => c.SetStr(0, StringOps.Replace(c.Str(0), c.Str(1), c.Str(2), c.Int(3))));
        t.Add("ReplaceAll", c => c.SetStr(0, StringOps.Replace(c.Str(0), c.Str(1), c.Str(2), -1)));
        t.Add("Split", c => Split(c, 0, -1));
        t.Add("SplitAfter", c => Split(c, -2, -1));
        t.Add("SplitAfterN", c => Split(c, -2, c.Int(2)));
        t.Add("SplitN", c => Split(c, 0, c.Int(2)));
        t.Add("ToLower", c => c.SetStr(0, StringOps.ToLower(c.Str(0))));
        t.Add("ToTitle", c => c.SetStr(0, StringOps.ToTitle(c.Str(0))));
        t.Add("ToUpper", c => c.SetStr(0, StringOps.ToUpper(c.Str(0))));
        t.Add("ToValidUTF8", c => c.SetStr(0, StringOps.ToValidUtf8(c.Str(0), c.Str(1))));
        t.Add("Trim", c =>
        {
            string s = c.Str(0), cutset = c.Str(1);
            if (s.Length == 0 || cutset.Length == 0) return;
            int start = StringOps.TrimLeftIndex(s, cutset);
            c.SetStr(0, s[start..StringOps.TrimRightIndex(s, start, cutset)]);
        });
        t.Add("TrimLeft", c =>
        {
            string s = c.Str(0), cutset = c.Str(1);
            if (s.Length == 0 || cutset.Length == 0) return;
            c.SetStr(0, s[StringOps.TrimLeftIndex(s, cutset)..]);
        });
        t.Add("TrimRight", c =>
        {
            string s = c.Str(0), cutset = c.Str(1);
            if (s.Length == 0 || cutset.Length == 0) return;
            c.SetStr(0, s[..StringOps.TrimRightIndex(s, 0, cutset)]);
        });
        t.Add("TrimSpace", c =>
        {
            string s = c.Str(0);
            var (start, end) = StringOps.TrimSpace(s);
            if (start != 0 || end != s.Length) c.SetStr(0, s[start..end]);
        });
        t.Add("TrimPrefix", c =>
        {
            string s = c.Str(0), prefix = c.Str(1);
            if (prefix.Length > 0 && s.StartsWith(prefix, StringComparison.Ordinal)) c.SetStr(0, s[prefix.Length..]);
        });
        t.Add("TrimSuffix", c =>
        {
            string s = c.Str(0), suffix = c.Str(1);
            if (suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal)) c.SetStr(0, s[..^suffix.Length]);
        });
        t.Add("Replacer.Replace", c => c.SetStr(0, Replacer.Replace(Replacer.Pairs(c.Ref(0)), c.Str(1))));
    }

    /// <summary>Split/SplitN (sepSave 0) and SplitAfter/SplitAfterN (sepSave = -2: the separator's length).</summary>
    private static void Split(NativeCall c, int sepSave, long n)
    {
        string s = c.Str(0), sep = c.Str(1);
        if (sepSave < 0) sepSave = sep.Length;
        if (n == 0)
        {
            c.SetRef(0, null);
            return;
        }
        var (parts, len) = StringOps.Split(s, sep, sepSave, (int)Math.Clamp(n, int.MinValue, int.MaxValue));
        var arr = new Slot[parts.Length];
        for (int i = 0; i < arr.Length; i++) arr[i] = new Slot(parts[i]);
        c.SetRef(0, new Slice(arr, 0, len, arr.Length));
    }

    private static string Join(Slice? elems, string sep)
    {
        if (elems == null || elems.Length == 0) return "";
        var arr = (Slot[])elems.Array;
        if (elems.Length == 1) return arr[elems.Offset].S;
        long n = (long)sep.Length * (elems.Length - 1);
        for (int i = 0; i < elems.Length; i++) n += arr[elems.Offset + i].S.Length;
        if (n > int.MaxValue) throw Panics.String("strings: Join output length overflow");
        var b = new ByteBuffer((int)n);
        for (int i = 0; i < elems.Length; i++)
        {
            if (i > 0) b.Append(sep);
            b.Append(arr[elems.Offset + i].S);
        }
        return b.ToString();
    }
}
