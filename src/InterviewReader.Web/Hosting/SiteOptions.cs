namespace InterviewReader.Web.Hosting;

/// <summary>Where the site is published, bound from the <c>Site</c> configuration section.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Site";

    /// <summary>The local address <c>dotnet run</c> serves (launchSettings.json), used when none is configured.</summary>
    public const string LocalBaseUrl = "http://localhost:5286/";

    /// <summary>
    /// The public base URL absolute links (canonical, hreflang) are built from, e.g.
    /// <c>https://reader.example.org/</c>; set <c>Site__BaseUrl</c> in production.
    /// </summary>
    public string BaseUrl { get; set; } = LocalBaseUrl;

    /// <summary>
    /// Where the header's search box sends its query: the app's own <c>/search</c> by default;
    /// empty leaves the box out. <c>export</c> sets it from <c>--search-url</c>, empty without it
    /// (a folder of static files cannot search).
    /// </summary>
    public string SearchUrl { get; set; } = "/search";

    /// <summary>
    /// How long any cache (browser, CDN) may serve a page without asking again: the <c>max-age</c> of
    /// <c>Cache-Control: public, max-age=N, stale-while-revalidate=M</c> on every 200 page. Short, as an
    /// edit should reach readers soon. Default 10 s.
    /// </summary>
    public int PageMaxAgeSeconds { get; set; } = 10;

    /// <summary>
    /// How long after that a cache may still serve the page while it revalidates in the background
    /// (<c>stale-while-revalidate</c>). Default 60 s.
    /// </summary>
    public int PageStaleWhileRevalidateSeconds { get; set; } = 60;

    /// <summary>
    /// The memory bound of the stored pages (identity, Brotli and gzip bytes together), in MiB; the
    /// least recently used are dropped beyond it and rendered again when asked for. Default 128.
    /// </summary>
    public int StoredPagesMegabytes { get; set; } = 128;

    /// <summary>When pages are rendered: on first request (default) or as soon as their content is published.</summary>
    public Site.PageRendering RenderPages { get; set; } = Site.PageRendering.OnFirstRequest;

    /// <summary>The <c>Cache-Control</c> of a page, from the two lifetimes.</summary>
    public string PageCacheControl =>
        $"public, max-age={Math.Max(0, PageMaxAgeSeconds)}, stale-while-revalidate={Math.Max(0, PageStaleWhileRevalidateSeconds)}";
}
