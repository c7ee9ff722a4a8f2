using InterviewReader.Web.Components.Pages;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Localization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Site;

/// <summary>
/// Serves the stored pages. <see cref="UseStoredPages"/> goes first in the pipeline (after logging,
/// security headers and the Host check): a GET or HEAD of a stored address is answered from the
/// snapshot's map, with no routing, rendering or compression. <see cref="UseStoredPagesForRoutedRequests"/>
/// goes after routing: an address that reaches a stored page's component another way
/// (<c>/Interviews/x/</c>), or the not-found page by status-code re-execution, gets the stored page
/// too, or the stored 404, so no request renders a page.
/// </summary>
public static class StoredPages
{
    private static readonly StringValues VaryAcceptEncoding = HeaderNames.AcceptEncoding;
    private static readonly StringValues NoCache = "no-cache";

    /// <summary>Answers GET and HEAD of stored addresses from the current snapshot; passes everything else on.</summary>
    public static IApplicationBuilder UseStoredPages(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<SitePageStore>();
        store.Renderer.Attach(app);
        store.Refresh();
        app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(store.Started);
        StringValues cacheControl = app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value.PageCacheControl;
        return app.Use(next => context =>
        {
            var request = context.Request;
            if (!IsGetOrHead(request.Method) || request.Path.Value is not { } path || store.Find(path) is not { } found)
            {
                return next(context);
            }

            return found.IsCompletedSuccessfully ? SendAsync(context, found.Result, cacheControl) : SendWhenRenderedAsync(context, found, cacheControl);
        });
    }

    /// <summary>After routing: a stored page's component or the not-found address gets the stored page, never a render.</summary>
    public static IApplicationBuilder UseStoredPagesForRoutedRequests(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<SitePageStore>();
        StringValues cacheControl = app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value.PageCacheControl;
        return app.Use(next => context =>
        {
            if (!IsGetOrHead(context.Request.Method) || StoredAddressOf(context) is not { } address)
            {
                return next(context);
            }

            var found = (address.Length > 0 ? store.Find(address) : null) ?? store.NotFoundAsync();
            return SendWhenRenderedAsync(context, found, cacheControl);
        });
    }

    /// <summary>
    /// The stored address a routed request stands for: the library's, the reader view's its route names
    /// (which may not exist), an empty string for the not-found page; null when it is no stored page.
    /// </summary>
    internal static string? StoredAddressOf(HttpContext context)
    {
        var component = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        if (component == typeof(Reader))
        {
            return context.GetRouteValue("Slug") is string slug
                ? SitePages.InterviewPath(slug) + (context.GetRouteValue(PageLanguages.RouteParameter) is string lang ? "/" + lang : "")
                : "";
        }

        if (component == typeof(Library))
        {
            return SitePages.LibraryPath;
        }

        return component == typeof(NotFound) || context.Request.Path.Equals(SitePages.NotFoundPath, StringComparison.OrdinalIgnoreCase) ? "" : null;
    }

    /// <summary>Whether a response's ETag matches an If-None-Match value (weak comparison, <c>*</c> matches any).</summary>
    public static bool Matches(StringValues ifNoneMatch, string? etag)
    {
        if (string.IsNullOrEmpty(etag) || !EntityTagHeaderValue.TryParse(etag, out var current))
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates))
        {
            return false;
        }

        return candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(current, useStrongComparison: false));
    }

    private static bool IsGetOrHead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    private static async Task SendWhenRenderedAsync(HttpContext context, ValueTask<StoredPage> page, StringValues cacheControl) =>
        await SendAsync(context, await page, cacheControl);

    /// <summary>
    /// Sends a stored page as RFC 9110 asks: the representation of the coding <see cref="ContentCoding.Choose"/>
    /// picks, Vary: Accept-Encoding; for a 200 its ETag and the page Cache-Control, and 304 when
    /// If-None-Match matches it (If-Modified-Since is ignored: pages carry no date). A 404 is never
    /// "not modified". HEAD gets the headers only.
    /// </summary>
    private static Task SendAsync(HttpContext context, StoredPage page, StringValues cacheControl)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        response.StatusCode = page.StatusCode;
        if (page.Page.Kind == SitePageKind.Redirect)
        {
            headers.Location = page.LocationHeader;
            return Task.CompletedTask;
        }

        var representation = page.For(Coding(request.Headers.AcceptEncoding));
        headers.Vary = VaryAcceptEncoding;
        if (page.StatusCode == StatusCodes.Status200OK)
        {
            headers.ETag = representation.ETagHeader;
            headers.CacheControl = cacheControl;
            var ifNoneMatch = request.Headers.IfNoneMatch;
            if (!StringValues.IsNullOrEmpty(ifNoneMatch) && Matches(ifNoneMatch, representation.ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }
        else
        {
            headers.CacheControl = NoCache;
        }

        headers.ContentType = page.ContentTypeHeader;
        if (representation.ContentEncodingHeader.Count > 0)
        {
            headers.ContentEncoding = representation.ContentEncodingHeader;
        }

        response.ContentLength = representation.Body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(representation.Body, context.RequestAborted).AsTask();
    }

    // The usual spellings without parsing; anything else as ContentCoding.Choose reads it.
    private static string Coding(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 1)
        {
            switch (acceptEncoding[0])
            {
                case "br":
                case "gzip, deflate, br":
                case "gzip, deflate, br, zstd":
                    return ContentCoding.Brotli;
                case "gzip":
                case "gzip, deflate":
                    return ContentCoding.Gzip;
            }
        }

        return ContentCoding.Choose(acceptEncoding);
    }
}
