namespace InterviewReader.Web.Hosting;

/// <summary>
/// The response body under a conditional request. Just before the first byte (or the headers) go
/// out, it asks whether the representation is not modified; if so the response becomes a 304 and
/// the body is dropped, while the output cache beneath still sees (and can store) every byte.
/// </summary>
internal sealed class NotModifiedBody(Stream inner, Func<bool> decide) : Stream
{
    private bool? _notModified;

    /// <summary>Decides once, on the headers as they stand.</summary>
    public bool Decide() => _notModified ??= decide();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
        if (!Decide())
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Decide() ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (!Decide())
        {
            inner.Write(buffer, offset, count);
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Decide() ? ValueTask.CompletedTask : inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
