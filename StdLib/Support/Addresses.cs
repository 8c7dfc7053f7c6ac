using System.Runtime.CompilerServices;

namespace Minigo.StdLib.Support;

/// <summary>
/// minigo has no real memory addresses; %p and %v of pointers print a stable fake address
/// derived from the object's identity (the same formula the VM's println uses), so equal
/// pointers print equal and distinct objects almost always differ.
/// </summary>
public static class Addresses
{
    public static ulong Of(object? o, long index = 0, long elemSize = 8) =>
        o == null ? 0 : 0xc000000000UL + (ulong)(RuntimeHelpers.GetHashCode(o) & 0xffffff) * 8 + (ulong)(index * elemSize);
}
