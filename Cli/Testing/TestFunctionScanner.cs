using System.Text;
using System.Text.RegularExpressions;
using Minigo.Compiler;

namespace Minigo.Cli.Testing;

/// <summary>An example function and the output its `// Output:` comment expects.</summary>
public sealed record ExampleFunc(string Name, string Output, bool Unordered);

/// <summary>What a package's _test.go files declare for `go test` to run.</summary>
public sealed record TestFuncs(IReadOnlyList<string> Tests, IReadOnlyList<string> Benchmarks, IReadOnlyList<ExampleFunc> Examples, bool HasTestMain);

/// <summary>
/// Finds TestXxx(t *testing.T), BenchmarkXxx(b *testing.B), TestMain(m *testing.M) and
/// ExampleXxx() in _test.go sources, as cmd/go's load.go does with go/ast, from the gofmt'ed
/// text: a top-level `func` at the start of a line, the body ending at a `}` at the start of a
/// line. An example runs only with an output comment (the last comment group of its body
/// starting `Output:` or `Unordered output:`), as in Go.
/// </summary>
public static partial class TestFunctionScanner
{
    [GeneratedRegex(@"^func\s+(\w+)\s*\(\s*\w*\s*\*testing\.([TBM])\s*\)")]
    private static partial Regex TestFunc();

    [GeneratedRegex(@"^func\s+(Example\w*)\s*\(\s*\)")]
    private static partial Regex ExampleDecl();

    [GeneratedRegex(@"^\s*(?i:(unordered )?output:)")]
    private static partial Regex OutputPrefix();

    public static TestFuncs Scan(IEnumerable<SourceText> testFiles)
    {
        var tests = new List<string>();
        var benchmarks = new List<string>();
        var examples = new List<ExampleFunc>();
        bool hasTestMain = false;
        foreach (var file in testFiles)
        {
            var lines = file.Text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                var m = TestFunc().Match(lines[i]);
                if (m.Success)
                {
                    string name = m.Groups[1].Value, kind = m.Groups[2].Value;
                    if (kind == "M" && name == "TestMain") hasTestMain = true;
                    else if (kind == "T" && IsTest(name, "Test")) tests.Add(name);
                    else if (kind == "B" && IsTest(name, "Benchmark")) benchmarks.Add(name);
                    continue;
                }
                var e = ExampleDecl().Match(lines[i]);
                if (e.Success && IsTest(e.Groups[1].Value, "Example"))
                {
                    var output = ExampleOutput(lines, i);
                    if (output != null) examples.Add(new ExampleFunc(e.Groups[1].Value, output.Value.Text, output.Value.Unordered));
                }
            }
        }
        return new TestFuncs(tests, benchmarks, examples, hasTestMain);
    }

    /// <summary>Go's isTest: the prefix, then nothing or a character that is not a lower-case letter.</summary>
    private static bool IsTest(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || !char.IsLower(name[prefix.Length]));

    /// <summary>The text of the example's last comment group if it is an output comment.</summary>
    private static (string Text, bool Unordered)? ExampleOutput(string[] lines, int start)
    {
        List<string>? group = null, last = null;
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith('}'); i++)
        {
            var t = lines[i].Trim();
            if (t.StartsWith("//", StringComparison.Ordinal))
            {
                group ??= [];
                var text = t[2..];
                group.Add(text.StartsWith(' ') ? text[1..] : text);
            }
            else if (group != null)
            {
                last = group;
                group = null;
            }
        }
        last = group ?? last;
        if (last == null) return null;
        var comment = string.Join("\n", last.Select(l => l.TrimEnd())).Trim('\n');
        var m = OutputPrefix().Match(comment);
        if (!m.Success) return null;
        return (comment[m.Length..].Trim(), m.Groups[1].Success);
    }

    /// <summary>A Go interpreted string literal for s.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (ch < 0x20 || ch == 0x7f) sb.Append($"\\x{(int)ch:x2}");
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
