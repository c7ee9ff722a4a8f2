using InterviewReader.Content.Alignment;

namespace InterviewReader.Web.Site;

/// <summary>
/// One page the site stores for a content snapshot: the address it is served at (and rendered from,
/// through the app's own endpoint) and what it is.
/// </summary>
/// <param name="Path">The address, e.g. <c>/interviews/x/hi</c>: exact, as links name it.</param>
/// <param name="Kind">What the page is.</param>
/// <param name="Interview">The interview the page shows, or null for the library and the not-found page.</param>
/// <param name="RedirectTo">For <see cref="SitePageKind.Redirect"/>, the address it sends readers to.</param>
public sealed record SitePage(string Path, SitePageKind Kind, AlignedInterview? Interview = null, string? RedirectTo = null)
{
    /// <summary>The status the page is sent with: 200, 302 for a redirect, 404 for the not-found page.</summary>
    public int StatusCode => Kind switch
    {
        SitePageKind.Redirect => StatusCodes.Status302Found,
        SitePageKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status200OK,
    };

    /// <summary>
    /// Where a static copy of the site keeps the page, relative to its root: <c>index.html</c> for
    /// <c>/</c>, <c>404.html</c> for the not-found page, the address itself for a file with an extension
    /// (<c>interviews/x/alignment.tmx</c>), else <c>{address}/index.html</c>.
    /// </summary>
    public string FilePath => Kind switch
    {
        SitePageKind.NotFound => "404.html",
        _ when Path == "/" => "index.html",
        _ when System.IO.Path.HasExtension(Path) => Path.TrimStart('/'),
        _ => Path.Trim('/') + "/index.html",
    };
}
