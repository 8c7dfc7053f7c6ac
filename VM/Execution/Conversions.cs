using System.Text;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>The string conversions of ConvStr.</summary>
public enum StringConv
{
    BytesToString, StringToBytes, RunesToString, StringToRunes, RuneToString,
}

internal static class Conversions
{
    public static Slot ConvertString(in Slot v, StringConv how)
    {
        switch (how)
        {
            case StringConv.BytesToString:
            {
                var sl = (Slice?)v.R;
                return new Slot(sl == null ? "" : GoStrings.FromBytes((byte[])sl.Array, sl.Offset, sl.Length));
            }
            case StringConv.StringToBytes:
            {
                var b = GoStrings.ToBytes(v.S);
                int cap = (int)SizeClasses.RoundUp(b.Length);
                if (cap > b.Length && b.Length > 0) Array.Resize(ref b, cap);
                int len = v.S.Length;
                return new Slot(new Slice(b, 0, len, b.Length));
            }
            case StringConv.RunesToString:
            {
                var sl = (Slice?)v.R;
                if (sl == null) return new Slot("");
                var sb = new StringBuilder();
                var arr = (long[])sl.Array;
                for (int i = 0; i < sl.Length; i++) GoStrings.AppendRune(sb, (int)arr[sl.Offset + i]);
                return new Slot(sb.ToString());
            }
            case StringConv.StringToRunes:
            {
                string s = v.S;
                var runes = new List<long>(s.Length);
                for (int i = 0; i < s.Length;)
                {
                    var (r, w) = GoStrings.DecodeRune(s, i);
                    runes.Add(r); i += w;
                }
                var arr = runes.ToArray();
                int cap = runes.Count == 0 ? 0 : (int)(SizeClasses.RoundUp(arr.Length * 4L) / 4);
                if (cap > arr.Length) Array.Resize(ref arr, cap);
                return new Slot(new Slice(arr, 0, runes.Count, arr.Length));
            }
            default:
                return new Slot(GoStrings.FromRune(v.N));
        }
    }

    /// <summary>float → integer as Go on amd64: truncation; out of range gives the "indefinite" value.</summary>
    public static long FloatToInt(double d, Kind k)
    {
        if (double.IsNaN(d)) return k.Wrap(long.MinValue);
        if (k.IsUnsigned() && k.Bits() == 64)
        {
            if (d >= 9223372036854775808.0)
            {
                if (d >= 18446744073709551616.0) return long.MinValue;
                return (long)(ulong)d;
            }
        }
        if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return k.Wrap(long.MinValue);
        return k.Wrap((long)d);
    }
}
