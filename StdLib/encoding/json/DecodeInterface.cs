using System.Text;
using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// Decoding into an empty interface (Go's valueInterface and friends): objects become
/// map[string]any, arrays []any, numbers float64 (or Number), strings, bools and nil.
/// </summary>
internal sealed partial class DecodeState
{
    /// <summary>The value the scanner is at, as an interface value.</summary>
    private Slot ValueInterface()
    {
        Slot v;
        switch (opcode)
        {
            case Scanner.BeginArray:
                v = Iface.Make(p.SliceAny, new Slot(ArrayInterface()));
                ScanNext();
                return v;
            case Scanner.BeginObject:
                v = Iface.Make(p.MapStringAny, new Slot(ObjectInterface()));
                ScanNext();
                return v;
            case Scanner.BeginLiteral:
                return LiteralInterface();
            default:
                throw new InvalidOperationException(PhasePanicMsg);
        }
    }

    /// <summary>An array as []any, grown as append grows it (so cap is Go's).</summary>
    private Slice ArrayInterface()
    {
        CheckStack();
        var items = System.Array.Empty<Slot>();
        int n = 0;
        while (true)
        {
            // Look ahead for ] - can only happen on first iteration.
            ScanWhile(Scanner.SkipSpace);
            if (opcode == Scanner.EndArray) break;

            if (n == items.Length) System.Array.Resize(ref items, Slice.GrowCapacity(items.Length, n + 1, 16));
            items[n++] = ValueInterface();

            // Next token must be , or ].
            if (opcode == Scanner.SkipSpace) ScanWhile(Scanner.SkipSpace);
            if (opcode == Scanner.EndArray) break;
            if (opcode != Scanner.ArrayValue) throw new InvalidOperationException(PhasePanicMsg);
        }
        return new Slice(items, 0, n, items.Length);
    }

    /// <summary>An object as map[string]any.</summary>
    private Map ObjectInterface()
    {
        CheckStack();
        var m = new Map(p.MapStringAny.Key!, p.MapStringAny.Elem!);
        while (NextKey(out int start, out int end))
        {
            m.Entries[new Slot(KeyString(start, end))] = ValueInterface();

            // Next token must be , or }.
            if (opcode == Scanner.SkipSpace) ScanWhile(Scanner.SkipSpace);
            if (opcode == Scanner.EndObject) break;
            if (opcode != Scanner.ObjectValue) throw new InvalidOperationException(PhasePanicMsg);
        }
        return m;
    }

    /// <summary>The literal the scanner is at, as an interface value.</summary>
    private Slot LiteralInterface()
    {
        // All bytes inside literal return scanContinue op code.
        int start = ReadIndex;
        RescanLiteral();
        var item = Data[start..ReadIndex];
        switch (item[0])
        {
            case (byte)'n': // null
                return default;
            case (byte)'t': case (byte)'f': // true, false
                return Iface.Make(BasicTypes.Bool, new Slot(item[0] == 't' ? 1 : 0));
            case (byte)'"': // string
                if (!Unquote(item, out string s)) throw new InvalidOperationException(PhasePanicMsg);
                return Iface.Make(BasicTypes.String, new Slot(s));
            default: // number
                if (item[0] != '-' && item[0] is < (byte)'0' or > (byte)'9') throw new InvalidOperationException(PhasePanicMsg);
                if (!ConvertNumber(item, out var n, out var err)) SaveError(err!);
                return n;
        }
    }
}
