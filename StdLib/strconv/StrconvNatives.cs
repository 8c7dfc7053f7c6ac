using Minigo.Runtime;

namespace Minigo.StdLib.Strconv;

/// <summary>The natives of package strconv (declared in strconv.go and quote.go).</summary>
public static class StrconvNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("parseInt", c =>
        {
            var st = IntParse.ParseInt(c.Str(0), (int)c.Int(1), (int)c.Int(2), out long v);
            c.SetInt(0, v);
            c.SetInt(1, (int)st);
        });
        t.Add("parseUint", c =>
        {
            var st = IntParse.ParseUint(c.Str(0), (int)c.Int(1), (int)c.Int(2), out ulong v);
            c.SetInt(0, (long)v);
            c.SetInt(1, (int)st);
        });
        t.Add("atoi", c =>
        {
            var st = IntParse.Atoi(c.Str(0), out long v);
            c.SetInt(0, v);
            c.SetInt(1, (int)st);
        });
        t.Add("parseFloat", c =>
        {
            var st = FloatParse.Parse(c.Str(0), (int)c.Int(1), out double v);
            c.SetFloat(0, v);
            c.SetInt(1, (int)st);
        });
        t.Add("Itoa", c => c.SetStr(0, IntFormat.FormatInt(c.Int(0), 10)));
        t.Add("FormatInt", c => c.SetStr(0, IntFormat.FormatInt(c.Int(0), (int)c.Int(1))));
        t.Add("FormatUint", c => c.SetStr(0, IntFormat.Format((ulong)c.Int(0), (int)c.Int(1), false)));
        t.Add("FormatFloat", c => c.SetStr(0, FloatFormat.Format(c.Float(0), (byte)c.Int(1), (int)c.Int(2), (int)c.Int(3))));

        t.Add("quote", c => c.SetStr(0, Quote.QuoteString(c.Str(0), (byte)'"', (QuoteMode)c.Int(1))));
        t.Add("quoteRune", c => c.SetStr(0, Quote.QuoteRune(c.Int(0), (QuoteMode)c.Int(1))));
        t.Add("unquote", c =>
        {
            bool ok = Quote.Unquote(c.Str(0), out var v);
            c.SetStr(0, v);
            c.SetBool(1, ok);
        });
        t.Add("unquoteChar", c =>
        {
            string s = c.Str(0);
            bool ok = Quote.UnquoteChar(s, 0, (byte)c.Int(1), out int value, out bool multibyte, out int next);
            c.SetInt(0, ok ? value : 0);
            c.SetBool(1, ok && multibyte);
            c.SetStr(2, ok ? s[next..] : "");
            c.SetBool(3, ok);
        });
        t.Add("quotedPrefix", c =>
        {
            string s = c.Str(0);
            int n = Quote.UnquotePrefix(s, false, out _);
            c.SetStr(0, n < 0 ? "" : s[..n]);
            c.SetBool(1, n >= 0);
        });
        t.Add("CanBackquote", c => c.SetBool(0, Quote.CanBackquote(c.Str(0))));
        t.Add("IsPrint", c => c.SetBool(0, Unicode.UnicodeData.IsPrint((int)c.Int(0))));
        t.Add("IsGraphic", c => c.SetBool(0, Quote.IsGraphic((int)c.Int(0))));
    }
}
