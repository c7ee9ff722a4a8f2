using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Writes log events to standard output a batch at a time: one write call for many events,
/// instead of one per event under load. Serilog's batching wrapper queues the events, calls
/// <see cref="EmitBatchAsync"/> from a background task, and flushes what is left on disposal.
/// </summary>
/// <param name="formatter">Formats one event (a line of compact JSON, say).</param>
/// <param name="output">Where the batches go; standard output in the app.</param>
internal sealed class BatchedStdoutSink(ITextFormatter formatter, Stream output) : IBatchedLogEventSink, IDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };

    /// <inheritdoc />
    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _writer);
        }

        await _writer.FlushAsync();
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
