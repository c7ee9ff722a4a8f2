using System.Collections.Concurrent;
using System.Diagnostics;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Hosting;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Site;

/// <summary>
/// The site's stored pages. Holds one <see cref="SiteSnapshot"/> per content snapshot, built when the
/// content store publishes one (<see cref="Refresh"/>; a request also notices a new snapshot by
/// reference). Pages are rendered on first request or, with <see cref="SiteOptions.RenderPages"/> =
/// <see cref="PageRendering.WhenPublished"/>, in the background as soon as a snapshot is published;
/// either way the rendered bytes stay within <see cref="SiteOptions.StoredPagesMegabytes"/>, the pages
/// least recently used going first (a clock).
/// </summary>
public sealed class SitePageStore
{
    private readonly ContentStore _content;
    private readonly PageRenderer _renderer;
    private readonly ILogger<SitePageStore> _logger;
    private readonly long _budget;
    private readonly PageRendering _rendering;
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<PageSlot> _clock = new();
    private readonly Action<PageSlot, StoredPage> _onRendered;
    private SiteSnapshot? _current;
    private volatile bool _started;
    private long _bytes;

    /// <summary>Serves the content store's snapshots, rendering with <paramref name="renderer"/>.</summary>
    public SitePageStore(ContentStore content, PageRenderer renderer, IOptions<SiteOptions> options, ILogger<SitePageStore> logger)
    {
        _content = content;
        _renderer = renderer;
        _logger = logger;
        _budget = Math.Max(1, options.Value.StoredPagesMegabytes) * 1024L * 1024L;
        _rendering = options.Value.RenderPages;
        _onRendered = Rendered;
    }

    /// <summary>The renderer the pages come from.</summary>
    public PageRenderer Renderer => _renderer;

    /// <summary>The bytes of rendered pages held now (all three forms).</summary>
    public long StoredBytes => Interlocked.Read(ref _bytes);

    /// <summary>The stored pages of the content being served now.</summary>
    public SiteSnapshot Current
    {
        get
        {
            var current = Volatile.Read(ref _current);
            return current is not null && ReferenceEquals(current.Content, _content.Current) ? current : Refresh();
        }
    }

    /// <summary>
    /// Builds the page map of the content store's current snapshot unless it is built already,
    /// keeping the rendered pages of unchanged interviews. Called when content is published.
    /// </summary>
    public SiteSnapshot Refresh()
    {
        SiteSnapshot next;
        lock (_gate)
        {
            var content = _content.Current;
            var previous = _current;
            if (previous is not null && ReferenceEquals(previous.Content, content))
            {
                return previous;
            }

            var reusable = previous?.Slots.ToDictionary(s => (s.Page.Path, (object?)s.Page.Interview)) ?? [];
            next = new SiteSnapshot(content, SiteSnapshot.VersionOf(content, _content.SourceHashOf), SitePages.For(content), reusable);
            if (previous is not null)
            {
                var kept = next.Slots.ToHashSet();
                foreach (var slot in previous.Slots.Where(s => !kept.Contains(s)))
                {
                    Interlocked.Add(ref _bytes, -slot.Evict());
                }
            }

            Volatile.Write(ref _current, next);
        }

        _logger.LogInformation("Site version {Version}: {Pages} pages", next.Version, next.Pages.Length);
        if (_started)
        {
            RenderInBackground(next);
        }

        return next;
    }

    /// <summary>The app is serving: its endpoints are mapped, so pages can be rendered ahead of requests.</summary>
    internal void Started()
    {
        _started = true;
        RenderInBackground(Current);
    }

    /// <summary>The stored page at an address of the current snapshot, rendering it if needed; null when the address is not a stored page.</summary>
    public ValueTask<StoredPage>? Find(string path) =>
        Current.Find(path) is { } slot ? slot.GetAsync(_renderer, _onRendered) : null;

    /// <summary>The not-found page of the current snapshot.</summary>
    public ValueTask<StoredPage> NotFoundAsync() => Current.NotFound.GetAsync(_renderer, _onRendered);

    /// <summary>Every page of a snapshot, rendered (or taken from the store) in page-list order: what an export writes.</summary>
    public async Task<IReadOnlyList<StoredPage>> RenderAllAsync(SiteSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var pages = new List<StoredPage>(snapshot.Pages.Length);
        foreach (var page in snapshot.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(await snapshot.Find(page.Path)!.GetAsync(_renderer, _onRendered));
        }

        _logger.LogInformation(
            "Rendered the {Pages} pages of site version {Version} in {Elapsed:0} ms; {Stored} bytes stored",
            pages.Count,
            snapshot.Version,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            StoredBytes);
        return pages;
    }

    // With RenderPages = WhenPublished: every page of a new snapshot, in the background, up to the memory bound.
    private void RenderInBackground(SiteSnapshot snapshot)
    {
        if (_rendering != PageRendering.WhenPublished)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RenderAllAsync(snapshot);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Rendering the pages of site version {Version} ahead of requests failed; they are rendered on request", snapshot.Version);
            }
        });
    }

    private void Rendered(PageSlot slot, StoredPage page)
    {
        Interlocked.Add(ref _bytes, page.Bytes);
        _clock.Enqueue(slot);
        // Second chance: a page used since the clock last passed is spared once. Two passes at most.
        for (var looked = 0; Interlocked.Read(ref _bytes) > _budget && looked < 2 * _clock.Count + 1 && _clock.TryDequeue(out var oldest); looked++)
        {
            if (oldest.Recent && oldest != slot)
            {
                oldest.Recent = false;
                _clock.Enqueue(oldest);
            }
            else if (oldest != slot)
            {
                Interlocked.Add(ref _bytes, -oldest.Evict());
            }
            else
            {
                _clock.Enqueue(oldest);
            }
        }
    }
}
