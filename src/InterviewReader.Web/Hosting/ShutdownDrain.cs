using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Drains connections before the server stops. On the stop signal, before Kestrel stops
/// accepting and closes idle connections (where a client's next request would meet a reset),
/// every answer says <c>Connection: close</c> and <c>/readyz</c> answers 503, so clients finish
/// their request and leave; once no connection is open, or <see cref="ShutdownOptions.DrainMilliseconds"/>
/// has passed, the server stops and waits for the requests still running.
/// </summary>
public sealed class ShutdownDrain(IOptions<ShutdownOptions> options, ILogger<ShutdownDrain> logger) : IHostedLifecycleService, IHealthCheck
{
    private static readonly TimeSpan Check = TimeSpan.FromMilliseconds(20);
    private int _draining;
    private long _open;

    /// <summary>True once the app has been told to stop.</summary>
    public bool IsDraining => Volatile.Read(ref _draining) == 1;

    /// <summary>The connections open now.</summary>
    public long OpenConnections => Interlocked.Read(ref _open);

    /// <summary>Counts a connection from its opening to its close.</summary>
    public async Task TrackAsync(Func<Task> connection)
    {
        Interlocked.Increment(ref _open);
        try
        {
            await connection();
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _draining, 1);
        var limit = TimeSpan.FromMilliseconds(options.Value.DrainMilliseconds);
        if (limit <= TimeSpan.Zero || OpenConnections == 0)
        {
            return;
        }

        logger.LogInformation("Stopping: draining {Connections} open connections for at most {Limit} ms before closing them", OpenConnections, limit.TotalMilliseconds);
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            while (OpenConnections > 0 && TimeProvider.System.GetElapsedTime(started) < limit)
            {
                await Task.Delay(Check, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout: stop now.
        }

        logger.LogInformation("Drained in {Elapsed:0} ms; {Connections} connections still open are closed now", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, OpenConnections);
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsDraining ? HealthCheckResult.Unhealthy("Stopping: send requests elsewhere") : HealthCheckResult.Healthy("Running"));

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
