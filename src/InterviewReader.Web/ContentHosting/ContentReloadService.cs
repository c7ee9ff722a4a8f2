using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Live reload: polls the content folder (polling works where inotify does not) and drops cached
/// pages when the content changes. With the default 250 ms interval and the store's one-poll
/// settling, an edit is served within about 0.75 s; one that looks half-written (see
/// <see cref="SuddenLoss"/>) after the shrink settle time of quiet, 2 s by default.
/// </summary>
public sealed class ContentReloadService(
    ContentStore store,
    IOutputCacheStore cache,
    IOptions<ContentOptions> options,
    ILogger<ContentReloadService> logger) : BackgroundService
{
    /// <summary>The output-cache tag of every page built from content.</summary>
    public const string CacheTag = "content";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollMilliseconds;
        if (interval <= 0)
        {
            logger.LogInformation("Live content reload is off");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(interval));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (store.Poll())
                {
                    await cache.EvictByTagAsync(CacheTag, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the content folder failed; the current content stays online");
            }
        }
    }
}
