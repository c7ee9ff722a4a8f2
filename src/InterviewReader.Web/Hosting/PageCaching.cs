using Microsoft.AspNetCore.ResponseCompression;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Caching and compression for what is not a stored page (those are served by <c>StoredPages</c>, with
/// their own ETags and lifetimes): fonts, whose file names carry a hash of their bytes, are cached
/// for a year as immutable; other static assets are fingerprinted by <c>MapStaticAssets</c>; responses
/// rendered per request (pages other helpers add) are compressed in the one coding chosen.
/// </summary>
public static class PageCaching
{
    /// <summary>Registers response compression.</summary>
    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, InterviewReader.Content.Exchange.TmxWriter.MediaType];
        });
        return services;
    }

    /// <summary>In order: one content coding per request; font lifetimes; compression.</summary>
    public static IApplicationBuilder UsePageCaching(this IApplicationBuilder app)
    {
        app.UseOneContentCoding();
        app.Use(AddFontLifetime);
        app.UseResponseCompression();
        return app;
    }

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
