namespace InterviewReader.Web.Site;

/// <summary>
/// Where one stored page lives: rendered on first use (one render however many requests wait for it),
/// kept until the memory bound evicts it. A slot belongs to its page and interview, so a snapshot that
/// keeps an interview unchanged keeps its rendered pages.
/// </summary>
internal sealed class PageSlot(SitePage page)
{
    private readonly Lock _gate = new();
    private StoredPage? _stored;
    private Task<StoredPage>? _rendering;

    public SitePage Page { get; } = page;

    /// <summary>Set on each use; cleared by the eviction clock, which spares a page used since it last looked.</summary>
    public bool Recent { get; set; }

    /// <summary>The page when it is rendered, else null.</summary>
    public StoredPage? Stored => Volatile.Read(ref _stored);

    /// <summary>The stored page, rendering it first when needed; <paramref name="rendered"/> is called once per render.</summary>
    public ValueTask<StoredPage> GetAsync(PageRenderer renderer, Action<PageSlot, StoredPage> rendered)
    {
        if (Volatile.Read(ref _stored) is { } stored)
        {
            Recent = true;
            return ValueTask.FromResult(stored);
        }

        return new ValueTask<StoredPage>(RenderOnceAsync(renderer, rendered));
    }

    /// <summary>Drops the rendered bytes; returns how many were held.</summary>
    public long Evict() => Interlocked.Exchange(ref _stored, null)?.Bytes ?? 0;

    private Task<StoredPage> RenderOnceAsync(PageRenderer renderer, Action<PageSlot, StoredPage> rendered)
    {
        lock (_gate)
        {
            if (_stored is { } stored)
            {
                return Task.FromResult(stored);
            }

            return _rendering ??= RenderAsync(renderer, rendered);
        }
    }

    private async Task<StoredPage> RenderAsync(PageRenderer renderer, Action<PageSlot, StoredPage> rendered)
    {
        // Off the caller's context, and never cancelled by one visitor leaving: others may be waiting.
        await Task.Yield();
        try
        {
            var page = await renderer.RenderAsync(Page);
            lock (_gate)
            {
                Volatile.Write(ref _stored, page);
            }

            Recent = true;
            rendered(this, page);
            return page;
        }
        finally
        {
            lock (_gate)
            {
                _rendering = null;
            }
        }
    }
}
