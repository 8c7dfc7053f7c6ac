using System.Text;
using System.Text.RegularExpressions;
using Minigo.Runtime;

namespace Minigo.StdLib.Testing;

/// <summary>
/// The natives of package testing: the caller frames t.Log's `file.go:12:` prefix and
/// t.Helper need (runtime.Callers' job in Go), and -run/-bench matching (Go uses package
/// regexp; minigo has none yet, so .NET's regular expressions stand in: they agree with RE2
/// on the patterns test selection uses, and an invalid one is reported as Go reports it).
/// </summary>
public static class TestingNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("callerFrames", CallerFrames);
        t.Add("matchString", MatchString);
        t.Add("startCapture", c => c.SetBool(0, Capturable(c)?.StartCaptureAndReport() ?? false));
        t.Add("stopCapture", c => c.SetStr(0, System.Text.Encoding.UTF8.GetString(Capturable(c)?.StopCapture() ?? [])));
    }

    /// <summary>The program's stdout if `minigo test` made it capturable, flushed up to now.</summary>
    private static CapturableStream? Capturable(NativeCall c)
    {
        if (c.Ctx.Stdout is not CapturableStream s) return null;
        lock (s) s.Flush();
        return s;
    }

    /// <summary>callerFrames() string: the calling goroutine's frames, innermost first, one "func\tfile\tline" per line.</summary>
    private static void CallerFrames(NativeCall c)
    {
        var sb = new StringBuilder();
        foreach (var f in c.Ctx.Callers())
                sb.Append(f.Function).Append('\t').Append(f.File).Append('\t').Append(f.Line).Append('\n');
        c.SetStr(0, sb.ToString());
    }

    private static readonly Dictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);

    /// <summary>matchString(pat, str string) (bool, string): whether pat matches anywhere in str, or the pattern's error.</summary>
    private static void MatchString(NativeCall c)
    {
        string pat = c.Str(0), str = c.Str(1);
        Regex? re;
        lock (Compiled)
        {
            if (!Compiled.TryGetValue(pat, out re))
            {
                try { re = new Regex(pat, RegexOptions.CultureInvariant); }
                catch (ArgumentException) { re = null; }
                Compiled[pat] = re;
            }
        }
        c.SetBool(0, re != null && re.IsMatch(str));
        c.SetStr(1, re == null ? $"error parsing regexp: invalid regular expression: `{pat}`" : "");
    }
}
