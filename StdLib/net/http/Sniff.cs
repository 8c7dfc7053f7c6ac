using System.Buffers.Binary;

namespace Minigo.StdLib.Net.Http;

/// <summary>
/// http.DetectContentType: Go 1.19's sniff.go (the WHATWG MIME sniffing table and its
/// matchers) in C#, since every response without a Content-Type runs it.
/// </summary>
internal static class Sniff
{
    private const int SniffLen = 512;

    private abstract record Sig
    {
        public abstract string? Match(ReadOnlySpan<byte> data, int firstNonWS);
    }

    private sealed record ExactSig(byte[] Prefix, string Ct) : Sig
    {
        public override string? Match(ReadOnlySpan<byte> data, int firstNonWS) => data.StartsWith(Prefix) ? Ct : null;
    }

    private sealed record MaskedSig(byte[] Mask, byte[] Pat, bool SkipWS, string Ct) : Sig
    {
        public override string? Match(ReadOnlySpan<byte> data, int firstNonWS)
        {
            if (SkipWS) data = data[firstNonWS..];
            if (Pat.Length != Mask.Length || data.Length < Pat.Length) return null;
            for (int i = 0; i < Pat.Length; i++)
                if ((data[i] & Mask[i]) != Pat[i]) return null;
            return Ct;
        }
    }

    private sealed record HtmlSig(byte[] H) : Sig
    {
        public override string? Match(ReadOnlySpan<byte> data, int firstNonWS)
        {
            data = data[firstNonWS..];
            if (data.Length < H.Length + 1) return null;
            for (int i = 0; i < H.Length; i++)
            {
                byte b = H[i], db = data[i];
                if (b >= 'A' && b <= 'Z') db &= 0xDF;
                if (b != db) return null;
            }
            return IsTT(data[H.Length]) ? "text/html; charset=utf-8" : null; // a tag-terminating byte
        }
    }

    private sealed record Mp4Sig : Sig
    {
        public override string? Match(ReadOnlySpan<byte> data, int firstNonWS)
        {
            if (data.Length < 12) return null;
            long boxSize = BinaryPrimitives.ReadUInt32BigEndian(data);
            if (data.Length < boxSize || boxSize % 4 != 0) return null;
            if (!data[4..8].SequenceEqual("ftyp"u8)) return null;
            for (int st = 8; st < boxSize; st += 4)
            {
                if (st == 12) continue; // the major brand's version number
                if (data.Slice(st, 3).SequenceEqual("mp4"u8)) return "video/mp4";
            }
            return null;
        }
    }

    private sealed record TextSig : Sig
    {
        public override string? Match(ReadOnlySpan<byte> data, int firstNonWS)
        {
            foreach (byte b in data[firstNonWS..])
                if (b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F)) return null;
            return "text/plain; charset=utf-8";
        }
    }

    // The table of sniff.go, in its order.
    private static readonly Sig[] Signatures =
    [
        new HtmlSig(new byte[] { 0x3C, 0x21, 0x44, 0x4F, 0x43, 0x54, 0x59, 0x50, 0x45, 0x20, 0x48, 0x54, 0x4D, 0x4C }), // <!DOCTYPE HTML
        new HtmlSig(new byte[] { 0x3C, 0x48, 0x54, 0x4D, 0x4C }), // <HTML
        new HtmlSig(new byte[] { 0x3C, 0x48, 0x45, 0x41, 0x44 }), // <HEAD
        new HtmlSig(new byte[] { 0x3C, 0x53, 0x43, 0x52, 0x49, 0x50, 0x54 }), // <SCRIPT
        new HtmlSig(new byte[] { 0x3C, 0x49, 0x46, 0x52, 0x41, 0x4D, 0x45 }), // <IFRAME
        new HtmlSig(new byte[] { 0x3C, 0x48, 0x31 }), // <H1
        new HtmlSig(new byte[] { 0x3C, 0x44, 0x49, 0x56 }), // <DIV
        new HtmlSig(new byte[] { 0x3C, 0x46, 0x4F, 0x4E, 0x54 }), // <FONT
        new HtmlSig(new byte[] { 0x3C, 0x54, 0x41, 0x42, 0x4C, 0x45 }), // <TABLE
        new HtmlSig(new byte[] { 0x3C, 0x41 }), // <A
        new HtmlSig(new byte[] { 0x3C, 0x53, 0x54, 0x59, 0x4C, 0x45 }), // <STYLE
        new HtmlSig(new byte[] { 0x3C, 0x54, 0x49, 0x54, 0x4C, 0x45 }), // <TITLE
        new HtmlSig(new byte[] { 0x3C, 0x42 }), // <B
        new HtmlSig(new byte[] { 0x3C, 0x42, 0x4F, 0x44, 0x59 }), // <BODY
        new HtmlSig(new byte[] { 0x3C, 0x42, 0x52 }), // <BR
        new HtmlSig(new byte[] { 0x3C, 0x50 }), // <P
        new HtmlSig(new byte[] { 0x3C, 0x21, 0x2D, 0x2D }), // <!--
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x3C, 0x3F, 0x78, 0x6D, 0x6C }, true, "text/xml; charset=utf-8"),
        new ExactSig(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf"),
        new ExactSig(new byte[] { 0x25, 0x21, 0x50, 0x53, 0x2D, 0x41, 0x64, 0x6F, 0x62, 0x65, 0x2D }, "application/postscript"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0x00, 0x00 }, new byte[] { 0xFE, 0xFF, 0x00, 0x00 }, false, "text/plain; charset=utf-16be"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0x00, 0x00 }, new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, false, "text/plain; charset=utf-16le"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0x00 }, new byte[] { 0xEF, 0xBB, 0xBF, 0x00 }, false, "text/plain; charset=utf-8"),
        new ExactSig(new byte[] { 0x00, 0x00, 0x01, 0x00 }, "image/x-icon"),
        new ExactSig(new byte[] { 0x00, 0x00, 0x02, 0x00 }, "image/x-icon"),
        new ExactSig(new byte[] { 0x42, 0x4D }, "image/bmp"),
        new ExactSig(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x37, 0x61 }, "image/gif"),
        new ExactSig(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x52, 0x49, 0x46, 0x46, 0x00, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, false, "image/webp"),
        new ExactSig(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png"),
        new ExactSig(new byte[] { 0xFF, 0xD8, 0xFF }, "image/jpeg"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x46, 0x4F, 0x52, 0x4D, 0x00, 0x00, 0x00, 0x00, 0x41, 0x49, 0x46, 0x46 }, false, "audio/aiff"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF }, new byte[] { 0x49, 0x44, 0x33 }, false, "audio/mpeg"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x4F, 0x67, 0x67, 0x53, 0x00 }, false, "application/ogg"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x4D, 0x54, 0x68, 0x64, 0x00, 0x00, 0x00, 0x06 }, false, "audio/midi"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x52, 0x49, 0x46, 0x46, 0x00, 0x00, 0x00, 0x00, 0x41, 0x56, 0x49, 0x20 }, false, "video/avi"),
        new MaskedSig(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF }, new byte[] { 0x52, 0x49, 0x46, 0x46, 0x00, 0x00, 0x00, 0x00, 0x57, 0x41, 0x56, 0x45 }, false, "audio/wave"),
        new Mp4Sig(),
        new ExactSig(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, "video/webm"),
        new MaskedSig(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF }, new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4C, 0x50 }, false, "application/vnd.ms-fontobject"),
        new ExactSig(new byte[] { 0x00, 0x01, 0x00, 0x00 }, "font/ttf"),
        new ExactSig(new byte[] { 0x4F, 0x54, 0x54, 0x4F }, "font/otf"),
        new ExactSig(new byte[] { 0x74, 0x74, 0x63, 0x66 }, "font/collection"),
        new ExactSig(new byte[] { 0x77, 0x4F, 0x46, 0x46 }, "font/woff"),
        new ExactSig(new byte[] { 0x77, 0x4F, 0x46, 0x32 }, "font/woff2"),
        new ExactSig(new byte[] { 0x1F, 0x8B, 0x08 }, "application/x-gzip"),
        new ExactSig(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "application/zip"),
        new ExactSig(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00 }, "application/x-rar-compressed"),
        new ExactSig(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00 }, "application/x-rar-compressed"),
        new ExactSig(new byte[] { 0x00, 0x61, 0x73, 0x6D }, "application/wasm"),
        new TextSig(),
    ];

    private static bool IsWS(byte b) => b is (byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r' or (byte)' ';

    private static bool IsTT(byte b) => b is (byte)' ' or (byte)'>';

    public static string DetectContentType(ReadOnlySpan<byte> data)
    {
        if (data.Length > SniffLen) data = data[..SniffLen];
        int firstNonWS = 0;
        while (firstNonWS < data.Length && IsWS(data[firstNonWS])) firstNonWS++;
        foreach (var sig in Signatures)
            if (sig.Match(data, firstNonWS) is { } ct) return ct;
        return "application/octet-stream";
    }
}
