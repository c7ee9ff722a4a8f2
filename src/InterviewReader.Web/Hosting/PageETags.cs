using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Gives each rendered reading page a strong ETag: a hash of the bytes as sent, so it differs per
/// page, per content version and per content coding. It sits inside the output cache, between it
/// and compression, so it runs once per stored copy (the copy keeps the header) and never for a
/// response served from the cache.
/// </summary>
public static class PageETags
{
    /// <summary>The lifetime sent with reading pages: any cache may keep them but must revalidate.</summary>
    public const string PageCacheControl = "no-cache";

    /// <summary>Buffers a rendered reading page, hashes it, and sends it with its ETag and Cache-Control.</summary>
    public static IApplicationBuilder UsePageETags(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!PageCaching.IsReadingPageRequest(context.Request))
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
            {
                response.Headers.ETag = For(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                response.Headers.CacheControl = PageCacheControl;
            }

            if (buffer.Length > 0)
            {
                response.ContentLength = buffer.Length;
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
            }
        });

    /// <summary>The strong entity tag of a representation's bytes.</summary>
    public static string For(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return new EntityTagHeaderValue($"\"{Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_')}\"").ToString();
    }
}
