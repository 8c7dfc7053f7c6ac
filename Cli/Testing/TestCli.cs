namespace Minigo.Cli.Testing;

/// <summary>`minigo test`'s command line turned into TestOptions, with go test's errors for bad flag values.</summary>
public static class TestCli
{
    public static int Run(string[] paths, bool verbose, string? run, string? bench, int count, string? timeout, string? benchTime)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        TimeSpan? limit = null;
        if (timeout != null)
        {
            limit = GoTestCommand.ParseDuration(timeout);
            if (limit == null)
            {
                stderr.WriteLine($"invalid value \"{timeout}\" for flag -timeout: parse error");
                return 2;
            }
            if (limit == TimeSpan.Zero) limit = TimeSpan.FromDays(1); // go test: -timeout 0 disables the limit
        }
        if (count < 1)
        {
            stderr.WriteLine($"invalid value \"{count}\" for flag -count: must be at least 1");
            return 2;
        }
        var options = new TestOptions(paths, verbose, run ?? "", bench ?? "", count, limit, benchTime ?? "");
        return GoTestCommand.Run(options, stdout, stderr);
    }
}
