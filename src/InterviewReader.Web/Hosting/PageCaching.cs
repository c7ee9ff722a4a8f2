using InterviewReader.Web.ContentHosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Reading pages are the same for every reader: they are rendered once per content version and
/// encoding, cached compressed, and revalidated with ETags. Fonts, which never change name, are
/// cached for a year; other static assets are fingerprinted by <c>MapStaticAssets</c>.
/// </summary>
public static class PageCaching
{
    private const string PagePolicy = "pages";

    /// <summary>Registers output caching and response compression.</summary>
    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, InterviewReader.Content.Exchange.TmxWriter.MediaType];
        });
        // The smallest output: a page is compressed once per content version and then served from
        // the cache (at Optimal, Brotli came out larger than gzip: 13.3 KB against 12.3 KB).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.SmallestSize);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.SmallestSize);
        services.AddOutputCache();
        // The policy holds the (singleton) store itself: resolving it per request from
        // RequestServices would create a DI scope for every cached page served.
        services.AddOptions<OutputCacheOptions>().Configure<ContentStore>((o, store) => o.AddPolicy(PagePolicy, policy => policy
            .With(context => IsReadingPage(context.HttpContext.Request.Path) || context.HttpContext.Request.Path == StoreNotFoundPagePolicy.Path)
            .Tag(ContentReloadService.CacheTag)
            // A page depends on its path and the content version only. Hosts and query strings
            // are the visitor's to choose, so keying on them would let each request miss the cache and
            // render and compress anew; Accept-Encoding is rewritten to the chosen coding (three values).
            .SetVaryByHost(false)
            .SetVaryByQuery([])
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            .VaryByValue(_ => new KeyValuePair<string, string>("content", store.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .AddPolicy<StoreNotFoundPagePolicy>()
            .Expire(TimeSpan.FromHours(1))));
        return services;
    }

    /// <summary>
    /// In order: one content coding per request; 404 for unknown reader pages; font lifetimes;
    /// conditional requests evaluated outside the cache (on the ETag of what it would send); the
    /// output cache; ETags computed inside it (once per stored copy); compression innermost, so the
    /// cache holds compressed bytes.
    /// </summary>
    public static IApplicationBuilder UsePageCaching(this IApplicationBuilder app)
    {
        app.UseOneContentCoding();
        app.UseKnownPagesOnly();
        app.Use(AddFontLifetime);
        app.UseConditionalPageRequests();
        app.UseOutputCache();
        app.UsePageETags();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>Applies the page cache policy to the Razor component endpoints.</summary>
    public static TBuilder CachePages<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(PagePolicy);

    // The library and the reader views. Not the error page: exception re-execution reaches it for any
    // address, and a stored copy would answer for them all. The not-found page is stored as the 404 it is.
    internal static bool IsReadingPage(PathString path) => path == "/" || path.StartsWithSegments("/interviews");

    // A GET or HEAD of a reading page: what gets validators and may be answered 304.
    internal static bool IsReadingPageRequest(HttpRequest request) =>
        IsReadingPage(request.Path) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));

    private static Task AddFontLifetime(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/fonts"))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified)
                {
                    context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
