using System.Text;
using Minigo.Cli;
using Minigo.Runtime;
using Minigo.Tests.Conformance;
using Xunit;

namespace Minigo.Tests.Examples;

/// <summary>examples/wc.go, the concurrent line counter, over a tree of files and over stdin.</summary>
public class WcExampleTests
{
    private static readonly string Wc = Path.Combine(Corpus.Conformance.Dir, "..", "..", "examples", "wc.go");

    private static (int Code, string Stdout, string Stderr) Run(string dir, Stream stdin, int maxProcs, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        int code = -1;
        var thread = new Thread(() => code = Driver.Run([Wc, .. args], stdout, stderr, baseDir: dir, stdin: stdin,
            scheduler: new SchedulerOptions { MaxProcs = maxProcs }), 16 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "wc did not finish");
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void CountsEveryFileInArgumentOrder(int maxProcs)
    {
        string dir = Directory.CreateTempSubdirectory("minigo-wc").FullName;
        try
        {
            var expected = new StringBuilder();
            int total = 0;
            Directory.CreateDirectory(Path.Combine(dir, "tree", "sub"));
            var files = new List<string>();
            for (int i = 0; i < 30; i++)
            {
                string rel = i % 3 == 0 ? $"tree/sub/f{i:D2}.txt" : $"tree/f{i:D2}.txt";
                files.Add(rel);
                File.WriteAllText(Path.Combine(dir, rel), string.Concat(Enumerable.Repeat("line\n", i * 7)) + (i % 2 == 0 ? "no newline" : ""));
            }
            // WalkDir's order: each directory's entries sorted by name, "f.." before "sub".
            foreach (var rel in files.Where(f => !f.Contains("/sub/")).Concat(files.Where(f => f.Contains("/sub/"))))
            {
                int lines = int.Parse(rel[^6..^4]) * 7;
                total += lines;
                expected.Append($"{lines,8} {rel}\n");
            }
            File.WriteAllText(Path.Combine(dir, "single.txt"), "a\nb\n");
            expected.Append($"{2,8} single.txt\n");
            expected.Append($"{total + 2,8} total\n");

            var (code, stdout, stderr) = Run(dir, new MemoryStream(), maxProcs, "tree", "single.txt");
            Assert.True(code == 0, stderr);
            Assert.Equal(expected.ToString(), stdout);

            (code, stdout, stderr) = Run(dir, new MemoryStream(), maxProcs, "single.txt", "missing.txt");
            Assert.Equal(1, code);
            Assert.Equal($"{2,8} single.txt\n{2,8} total\n", stdout);
            Assert.Equal("wc: open missing.txt: no such file or directory\n", stderr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void CountsStandardInputWithoutArguments()
    {
        var (code, stdout, _) = Run(Path.GetTempPath(), new MemoryStream(Encoding.UTF8.GetBytes("one\ntwo\nthree\n")), 2);
        Assert.Equal(0, code);
        Assert.Equal("       3\n", stdout);
    }
}
