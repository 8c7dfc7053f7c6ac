using System.Security.Cryptography;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Crypto;

/// <summary>The natives of crypto/rand (rand.go).</summary>
public static class RandNatives
{
    public static void Register(NativeTable t) =>
        t.Add("fill", c => RandomNumberGenerator.Fill(GoSlices.Bytes(c.SliceArg(0))));
}
