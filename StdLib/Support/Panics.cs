using Minigo.Runtime;

namespace Minigo.StdLib.Support;

/// <summary>Panics raised by library code, with the values Go's packages panic with.</summary>
public static class Panics
{
    /// <summary>panic("...") with a string value, as Go's packages do for misuse (negative counts, bad bases).</summary>
    public static GoPanic String(string message) => new(Iface.Make(BasicTypes.String, new Slot(message)));
}
