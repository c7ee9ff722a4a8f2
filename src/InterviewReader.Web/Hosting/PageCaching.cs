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
    /// ETags and lifetimes outermost (so cached responses get them too), then the output cache
    /// outside compression, so the cache holds compressed bytes.
    /// </summary>
    public static IApplicationBuilder UsePageCaching(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<ContentStore>();
        app.UseOneContentCoding();
        app.UseKnownPagesOnly();
        app.Use((context, next) => AddValidators(context, next, store));
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>Applies the page cache policy to the Razor component endpoints.</summary>
    public static TBuilder CachePages<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(PagePolicy);

    // The library and the reader views. Not the error page: exception re-execution reaches it for any
    // address, and a stored copy would answer for them all. The not-found page is stored as the 404 it is.
    private static bool IsReadingPage(PathString path) => path == "/" || path.StartsWithSegments("/interviews");

    private static readonly string StartTag = Environment.TickCount64.ToString("x", System.Globalization.CultureInfo.InvariantCulture);


    private static Task AddValidators(HttpContext context, RequestDelegate next, ContentStore store)
    {
        if (context.Request.Path.StartsWithSegments("/fonts"))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }

                return Task.CompletedTask;
            });
            return next(context);
        }

        if (!IsReadingPage(context.Request.Path))
        {
            return next(context);
        }

        var etag = $"W/\"{StartTag}-{store.Version}\"";
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
            }

            return Task.CompletedTask;
        });
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
