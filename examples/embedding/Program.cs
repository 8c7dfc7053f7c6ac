using Minigo.Hosting;

namespace Minigo.Examples.Embedding;

/// <summary>A shop whose pricing rules are a Go script (rules.go), compiled once and called per order.</summary>
public static class Program
{
    public sealed record Line(string Sku, int Qty);
    public sealed record Order(string Customer, Line[] Lines, string Coupon = "");
    public sealed record Quote(double Total, string[]? Reasons);

    private static readonly Dictionary<string, double> Catalog = new() { ["apple"] = 0.5, ["pear"] = 0.75, ["melon"] = 3 };
    private static readonly HashSet<string> Returning = ["bob"];

    public static int Main() => Run(Console.Out);

    /// <summary>Prices a few orders, writing the quotes and the rules' log to output.</summary>
    public static int Run(TextWriter output)
    {
        using var engine = new GoEngine(new EngineOptions()
            .WithStdout(output)
            .AllowPackages("fmt", "strings")           // the rules may not touch files or the network
            .LimitTime(TimeSpan.FromSeconds(5))         // nor run away
            .AddPackage("shop", shop => shop
                .Func("UnitPrice", (string sku) => Catalog.TryGetValue(sku, out var p) ? p : throw new KeyNotFoundException($"unknown sku {sku}"))
                .Func("FirstOrder", (string customer) => !Returning.Contains(customer))
                .Func("Log", (string line) => output.WriteLine("  rules: " + line))));

        using var rules = engine.Compile(ReadRules(), "rules.go").Start();
        Order[] orders =
        [
            new("ann", [new("apple", 6), new("melon", 1)], "welcome"),
            new("bob", [new("pear", 12)], "WELCOME"),
            new("cid", [new("apple", 0)]),
            new("dee", [new("kiwi", 1)]),
        ];
        foreach (var order in orders)
        {
            try
            {
                var quote = rules.Call<Quote>("Price", order);
                output.WriteLine($"{order.Customer}: {quote.Total:F2} {string.Join("; ", quote.Reasons ?? [])}");
            }
            catch (GoErrorException e)
            {
                output.WriteLine($"{order.Customer}: rejected: {e.Message}");
            }
            catch (GoPanicException e)
            {
                output.WriteLine($"{order.Customer}: rules failed: {e.Message} at {Path.GetFileName(e.GoFile)}:{e.Line}");
            }
        }
        return 0;
    }

    private static string ReadRules()
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream("rules.go")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
