using InterviewReader.Web.Site;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Live reload: polls the content folder (polling works where inotify does not) and publishes the
/// new snapshot's stored pages when the content changes. With the default 250 ms interval and the store's one-poll
/// settling, an edit is served within about 0.75 s; one that looks half-written (see
/// <see cref="SuddenLoss"/>) after the shrink settle time of quiet, 2 s by default.
/// </summary>
public sealed class ContentReloadService(
    ContentStore store,
    SitePageStore pages,
    IOptions<ContentOptions> options,
    ILogger<ContentReloadService> logger) : BackgroundService
{
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
                    pages.Refresh();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the content folder failed; the current content stays online");
            }
        }
    }
}
