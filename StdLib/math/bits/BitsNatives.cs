using System.Numerics;
using Minigo.Runtime;

namespace Minigo.StdLib.GoMath;

/// <summary>The natives of package math/bits, on .NET's bit operations.</summary>
public static class BitsNatives
{
    public static void Register(NativeTable t)
    {
        // Each size: (name suffix, bit width). uint is 64-bit.
        foreach (var (suffix, w) in new[] { ("", 64), ("8", 8), ("16", 16), ("32", 32), ("64", 64) })
        {
            int width = w;
            ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
            t.Add("LeadingZeros" + suffix, c => c.SetInt(0, BitOperations.LeadingZeroCount((ulong)c.Int(0) & mask) - (64 - width)));
            t.Add("TrailingZeros" + suffix, c =>
            {
                ulong x = (ulong)c.Int(0) & mask;
                c.SetInt(0, x == 0 ? width : BitOperations.TrailingZeroCount(x));
            });
            t.Add("OnesCount" + suffix, c => c.SetInt(0, BitOperations.PopCount((ulong)c.Int(0) & mask)));
            t.Add("RotateLeft" + suffix, c =>
            {
                ulong x = (ulong)c.Int(0) & mask;
                int k = (int)(((c.Int(1) % width) + width) % width);
                c.SetInt(0, (long)(((x << k) | (x >> ((width - k) % width))) & mask));
            });
            t.Add("Reverse" + suffix, c => c.SetInt(0, (long)(ReverseBits((ulong)c.Int(0)) >> (64 - width))));
            t.Add("Len" + suffix, c => c.SetInt(0, 64 - BitOperations.LeadingZeroCount((ulong)c.Int(0) & mask)));
            if (width >= 16)
                t.Add("ReverseBytes" + suffix, c => c.SetInt(0, (long)(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((ulong)c.Int(0)) >> (64 - width))));
        }

        foreach (var suffix in new[] { "", "64" })
        {
            t.Add("Add" + suffix, c =>
            {
                ulong x = (ulong)c.Int(0), y = (ulong)c.Int(1), carry = (ulong)c.Int(2);
                ulong sum = x + y + carry;
                c.SetInt(0, (long)sum);
                c.SetInt(1, (long)(((x & y) | ((x | y) & ~sum)) >> 63));
            });
            t.Add("Sub" + suffix, c =>
            {
                ulong x = (ulong)c.Int(0), y = (ulong)c.Int(1), borrow = (ulong)c.Int(2);
                ulong diff = x - y - borrow;
                c.SetInt(0, (long)diff);
                c.SetInt(1, (long)(((~x & y) | (~(x ^ y) & diff)) >> 63));
            });
            t.Add("Mul" + suffix, c =>
            {
                ulong hi = Math.BigMul((ulong)c.Int(0), (ulong)c.Int(1), out ulong lo);
                c.SetInt(0, (long)hi);
                c.SetInt(1, (long)lo);
            });
            t.Add("Div" + suffix, c =>
            {
                ulong hi = (ulong)c.Int(0), lo = (ulong)c.Int(1), y = (ulong)c.Int(2);
                if (y == 0) throw RuntimeErrors.DivideByZero();
                if (y <= hi) throw RuntimeErrors.Panic("integer overflow");
                var n = new UInt128(hi, lo);
                c.SetInt(0, (long)(ulong)(n / y));
                c.SetInt(1, (long)(ulong)(n % y));
            });
            t.Add("Rem" + suffix, c =>
            {
                ulong hi = (ulong)c.Int(0), lo = (ulong)c.Int(1), y = (ulong)c.Int(2);
                if (y == 0) throw RuntimeErrors.DivideByZero();
                c.SetInt(0, (long)(ulong)(new UInt128(hi % y, lo) % y));
            });
        }

        t.Add("Add32", c =>
        {
            ulong sum = (ulong)(uint)c.Int(0) + (uint)c.Int(1) + (uint)c.Int(2);
            c.SetInt(0, (uint)sum);
            c.SetInt(1, (long)(sum >> 32));
        });
        t.Add("Sub32", c =>
        {
            uint x = (uint)c.Int(0), y = (uint)c.Int(1), borrow = (uint)c.Int(2);
            uint diff = x - y - borrow;
            c.SetInt(0, diff);
            c.SetInt(1, ((~x & y) | (~(x ^ y) & diff)) >> 31);
        });
        t.Add("Mul32", c =>
        {
            ulong p = (ulong)(uint)c.Int(0) * (uint)c.Int(1);
            c.SetInt(0, (long)(p >> 32));
            c.SetInt(1, (uint)p);
        });
        t.Add("Div32", c =>
        {
            uint hi = (uint)c.Int(0), lo = (uint)c.Int(1), y = (uint)c.Int(2);
            if (y == 0) throw RuntimeErrors.DivideByZero();
            if (y <= hi) throw RuntimeErrors.Panic("integer overflow");
            ulong n = ((ulong)hi << 32) | lo;
            c.SetInt(0, (uint)(n / y));
            c.SetInt(1, (uint)(n % y));
        });
        t.Add("Rem32", c =>
        {
            uint hi = (uint)c.Int(0), lo = (uint)c.Int(1), y = (uint)c.Int(2);
            if (y == 0) throw RuntimeErrors.DivideByZero();
            c.SetInt(0, (uint)((((ulong)hi << 32) | lo) % y));
        });
    }

    private static ulong ReverseBits(ulong x)
    {
        x = ((x >> 1) & 0x5555555555555555UL) | ((x & 0x5555555555555555UL) << 1);
        x = ((x >> 2) & 0x3333333333333333UL) | ((x & 0x3333333333333333UL) << 2);
        x = ((x >> 4) & 0x0F0F0F0F0F0F0F0FUL) | ((x & 0x0F0F0F0F0F0F0F0FUL) << 4);
        return System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(x);
    }
}
