using System.Collections.Concurrent;
using Minigo.Runtime;

namespace Minigo.StdLib.Unicode;

/// <summary>The natives of package unicode (declared in letter.go and tables.go).</summary>
public static class UnicodeNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("IsLetter", c => c.SetBool(0, UnicodeData.IsLetter((int)c.Int(0))));
        t.Add("IsDigit", c => c.SetBool(0, UnicodeData.IsDigit((int)c.Int(0))));
        t.Add("IsNumber", c => c.SetBool(0, UnicodeData.IsNumber((int)c.Int(0))));
        t.Add("IsSpace", c => c.SetBool(0, UnicodeData.IsSpace((int)c.Int(0))));
        t.Add("IsUpper", c => c.SetBool(0, UnicodeData.IsUpper((int)c.Int(0))));
        t.Add("IsLower", c => c.SetBool(0, UnicodeData.IsLower((int)c.Int(0))));
        t.Add("IsTitle", c => c.SetBool(0, UnicodeData.IsTitle((int)c.Int(0))));
        t.Add("IsPunct", c => c.SetBool(0, UnicodeData.IsPunct((int)c.Int(0))));
        t.Add("IsSymbol", c => c.SetBool(0, UnicodeData.IsSymbol((int)c.Int(0))));
        t.Add("IsMark", c => c.SetBool(0, UnicodeData.IsMark((int)c.Int(0))));
        t.Add("IsControl", c => c.SetBool(0, UnicodeData.IsControl((int)c.Int(0))));
        t.Add("IsGraphic", c => c.SetBool(0, UnicodeData.IsGraphic((int)c.Int(0))));
        t.Add("IsPrint", c => c.SetBool(0, UnicodeData.IsPrint((int)c.Int(0))));
        t.Add("to", c => c.SetInt(0, UnicodeData.To((int)c.Int(0), (int)c.Int(1))));
        t.Add("ToUpper", c => c.SetInt(0, UnicodeData.ToUpper((int)c.Int(0))));
        t.Add("ToLower", c => c.SetInt(0, UnicodeData.ToLower((int)c.Int(0))));
        t.Add("ToTitle", c => c.SetInt(0, UnicodeData.ToTitle((int)c.Int(0))));
        t.Add("SimpleFold", c => c.SetInt(0, UnicodeData.SimpleFold((int)c.Int(0))));
        t.Add("table", c => c.SetRef(0, Table(c.Str(0))));
    }

    private static readonly ConcurrentDictionary<string, RuneRange[]> Parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// A fresh *RangeTable (the box of struct {R16 []Range16; R32 []Range32; LatinOffset int}).
    /// Ranges crossing 0x10000 are split, since R16 holds 16-bit values only.
    /// </summary>
    private static Slot[] Table(string name)
    {
        var ranges = Parsed.GetOrAdd(name, UnicodeData.TableRanges);
        var r16 = new List<Slot>();
        var r32 = new List<Slot>();
        int latinOffset = 0;
        foreach (var r in ranges)
        {
            if (r.Hi <= 0xFFFF)
            {
                r16.Add(Range(r.Lo, r.Hi, r.Stride));
                if (r.Hi <= 0xFF) latinOffset++;
            }
            else if (r.Lo > 0xFFFF) r32.Add(Range(r.Lo, r.Hi, r.Stride));
            else
            {
                int lastLow = r.Lo + (0xFFFF - r.Lo) / r.Stride * r.Stride;
                r16.Add(Range(r.Lo, lastLow, r.Stride));
                r32.Add(Range(lastLow + r.Stride, r.Hi, r.Stride));
            }
        }
        return [new Slot(SliceOf(r16)), new Slot(SliceOf(r32)), new Slot(latinOffset)];
    }

    private static Slot Range(int lo, int hi, int stride) => new(new Slot[] { new(lo), new(hi), new(stride) });

    private static Slice? SliceOf(List<Slot> items) =>
        items.Count == 0 ? null : new Slice(items.ToArray(), 0, items.Count, items.Count);
}
