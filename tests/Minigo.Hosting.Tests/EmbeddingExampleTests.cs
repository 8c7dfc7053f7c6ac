using Xunit;

namespace Minigo.Hosting.Tests;

/// <summary>examples/embedding, the shop whose pricing rules are Go, run through its entry point.</summary>
public class EmbeddingExampleTests
{
    [Fact]
    public void PricesTheOrders()
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Minigo.Examples.Embedding.Program.Run(output));
        Assert.Equal("""
              rules: priced ann's order: 1.00
            ann: 1.00 welcome coupon: 5 off
              rules: priced bob's order: 8.10
            bob: 8.10 bulk: 10% off
            cid: rejected: line apple: quantity 0
            dee: rules failed: panic: host: unknown sku kiwi at rules.go:35

            """, output.ToString());
    }
}
