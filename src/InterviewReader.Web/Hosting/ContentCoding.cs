using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// The one content coding a response is sent in, chosen from the request's <c>Accept-Encoding</c>
/// (RFC 9110 §12.5.3). Requests are rewritten to name only that coding, so the output cache keeps
/// at most one copy per coding however the header was spelt, and compression picks the same coding.
/// </summary>
public static class ContentCoding
{
    /// <summary>Brotli.</summary>
    public const string Brotli = "br";

    /// <summary>Gzip.</summary>
    public const string Gzip = "gzip";

    /// <summary>No coding.</summary>
    public const string Identity = "identity";

    /// <summary>
    /// The coding for an <c>Accept-Encoding</c> header: the acceptable one (q above 0, named or by
    /// <c>*</c>) with the highest weight, Brotli on a tie; identity when neither is acceptable or the
    /// header does not parse.
    /// </summary>
    public static string Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding))
        {
            return Identity;
        }

        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return Identity;
        }

        double? brotli = null, gzip = null, any = null;
        foreach (var coding in codings)
        {
            var weight = coding.Quality ?? 1;
            if (coding.Value.Equals(Brotli, StringComparison.OrdinalIgnoreCase))
            {
                brotli = Math.Max(brotli ?? 0, weight);
            }
            else if (coding.Value.Equals(Gzip, StringComparison.OrdinalIgnoreCase) || coding.Value.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = Math.Max(gzip ?? 0, weight);
            }
            else if (coding.Value == "*")
            {
                any = Math.Max(any ?? 0, weight);
            }
        }

        var brotliWeight = brotli ?? any ?? 0;
        var gzipWeight = gzip ?? any ?? 0;
        if (brotliWeight <= 0 && gzipWeight <= 0)
        {
            return Identity;
        }

        return brotliWeight >= gzipWeight ? Brotli : Gzip;
    }

    /// <summary>Replaces each request's <c>Accept-Encoding</c> by the one coding chosen for it.</summary>
    public static IApplicationBuilder UseOneContentCoding(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            headers.AcceptEncoding = Choose(headers.AcceptEncoding);
            return next(context);
        });
}
