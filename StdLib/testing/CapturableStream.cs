namespace Minigo.StdLib.Testing;

/// <summary>
/// A program's standard output that package testing can capture while an example runs (Go
/// swaps os.Stdout for a pipe; minigo's fmt writes to the program's stream directly, so the
/// stream itself is switched). Writers lock this object, as they lock any program stdout.
/// `minigo test` gives test programs one (Driver.RunSettings.CapturableStdout).
/// </summary>
public sealed class CapturableStream(Stream inner) : Stream
{
    private MemoryStream? capture;

    /// <summary>Starts capturing; true (for the native's result).</summary>
    public bool StartCaptureAndReport()
    {
        lock (this) capture = new MemoryStream();
        return true;
    }

    /// <summary>Ends the capture: what was written since StartCapture.</summary>
    public byte[] StopCapture()
    {
        lock (this)
        {
            var bytes = capture?.ToArray() ?? [];
            capture = null;
            return bytes;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => (capture ?? inner).Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => (capture ?? inner).Write(buffer);
    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
