using System.Text;

namespace Minigo.Hosting;

/// <summary>A write-only Stream over a TextWriter: Go's output is UTF-8 bytes, decoded as they come (a rune split between writes is kept).</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private char[] chars = new char[256];

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (decoder)
        {
            int need = decoder.GetCharCount(buffer, flush: false);
            if (need > chars.Length) chars = new char[Math.Max(need, chars.Length * 2)];
            int n = decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, n);
        }
    }

    public override void Flush() => writer.Flush();
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
