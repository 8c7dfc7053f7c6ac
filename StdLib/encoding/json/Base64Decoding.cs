namespace Minigo.StdLib.Json;

/// <summary>
/// Go's base64.StdEncoding.Decode (the quantum-by-quantum algorithm of decodeQuantum), for
/// []byte fields: padding required, \r and \n ignored, and Go's offset in the error
/// (CorruptInputError: "illegal base64 data at input byte N").
/// </summary>
internal static class Base64Decoding
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static readonly byte[] DecodeMap = BuildMap();

    private static byte[] BuildMap()
    {
        var m = new byte[256];
        Array.Fill(m, (byte)0xFF);
        for (int i = 0; i < Alphabet.Length; i++) m[Alphabet[i]] = (byte)i;
        return m;
    }

    public static int DecodedLen(int n) => n / 4 * 3;

    /// <summary>Decodes src into dst (of DecodedLen bytes); returns the bytes written, or -1 with the offset of the bad input byte.</summary>
    public static int Decode(Span<byte> dst, ReadOnlySpan<byte> src, out long errAt)
    {
        errAt = -1;
        int n = 0, si = 0;
        while (si < src.Length)
        {
            si = DecodeQuantum(dst[n..], src, si, out int written, out errAt);
            n += written;
            if (errAt >= 0) return -1;
        }
        return n;
    }

    private static int DecodeQuantum(Span<byte> dst, ReadOnlySpan<byte> src, int si, out int n, out long errAt)
    {
        n = 0;
        errAt = -1;
        Span<byte> dbuf = stackalloc byte[4];
        int dlen = 4;
        for (int j = 0; j < 4; j++)
        {
            if (src.Length == si)
            {
                if (j == 0) return si;
                // Padding is required: a short quantum is corrupt.
                errAt = si - j;
                return si;
            }
            byte input = src[si];
            si++;
            byte output = DecodeMap[input];
            if (output != 0xFF)
            {
                dbuf[j] = output;
                continue;
            }
            if (input == '\n' || input == '\r')
            {
                j--;
                continue;
            }
            if (input != '=')
            {
                errAt = si - 1;
                return si;
            }
            // We've reached the end and there's padding.
            switch (j)
            {
                case 0: case 1:
                    // incorrect padding
                    errAt = si - 1;
                    return si;
                case 2:
                    // "==" is expected, the first "=" is already consumed; skip over newlines.
                    while (si < src.Length && (src[si] == '\n' || src[si] == '\r')) si++;
                    if (si == src.Length)
                    {
                        // not enough padding
                        errAt = src.Length;
                        return si;
                    }
                    if (src[si] != '=')
                    {
                        // incorrect padding
                        errAt = si - 1;
                        return si;
                    }
                    si++;
                    break;
            }
            // skip over newlines
            while (si < src.Length && (src[si] == '\n' || src[si] == '\r')) si++;
            // Trailing garbage is an error, reported after the quantum is written.
            long trailing = si < src.Length ? si : -1;
            dlen = j;
            Write(dst, dbuf, dlen);
            n = dlen - 1;
            errAt = trailing;
            return si;
        }
        Write(dst, dbuf, dlen);
        n = dlen - 1;
        return si;
    }

    /// <summary>Converts 4 6-bit source values into dlen - 1 bytes.</summary>
    private static void Write(Span<byte> dst, ReadOnlySpan<byte> dbuf, int dlen)
    {
        uint val = (uint)dbuf[0] << 18 | (uint)dbuf[1] << 12 | (uint)dbuf[2] << 6 | dbuf[3];
        if (dlen >= 4) dst[2] = (byte)val;
        if (dlen >= 3) dst[1] = (byte)(val >> 8);
        if (dlen >= 2) dst[0] = (byte)(val >> 16);
    }
}
