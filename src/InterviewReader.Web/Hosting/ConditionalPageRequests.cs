using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Evaluates If-None-Match for reading pages as RFC 9110 §13.2 asks: against the ETag of the very
/// representation that would be sent (per page and coding), only for a page that exists (unknown
/// addresses were already answered 404) and whose answer is a 200, whether it came from the output
/// cache or was just rendered. A 304 keeps ETag, Cache-Control and Vary. If-None-Match takes
/// precedence over If-Modified-Since, which is ignored: pages carry no Last-Modified to compare with.
/// The output cache's own evaluation is bypassed (the conditional headers are taken off the request
/// before it), as it let a date in the future count as "not modified".
/// </summary>
public static class ConditionalPageRequests
{
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

    /// <summary>Turns a 200 reading page whose ETag the client already has into a 304.</summary>
    public static IApplicationBuilder UseConditionalPageRequests(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path == StoreNotFoundPagePolicy.Path)
            {
                // A 404 is never "not modified": keep the output cache from answering If-None-Match: * with a 304.
                request.Headers.Remove(HeaderNames.IfNoneMatch);
                request.Headers.Remove(HeaderNames.IfModifiedSince);
            }

            if (!PageCaching.IsReadingPageRequest(request))
            {
                await next(context);
                return;
            }

            var ifNoneMatch = request.Headers.IfNoneMatch;
            request.Headers.Remove(HeaderNames.IfModifiedSince);
            request.Headers.Remove(HeaderNames.IfNoneMatch);
            if (StringValues.IsNullOrEmpty(ifNoneMatch))
            {
                await next(context);
                return;
            }

            var response = context.Response;
            var original = response.Body;
            var body = new NotModifiedBody(original, () =>
            {
                if (response.StatusCode != StatusCodes.Status200OK || !Matches(ifNoneMatch, response.Headers.ETag))
                {
                    return false;
                }

                response.StatusCode = StatusCodes.Status304NotModified;
                response.Headers.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                response.Headers.Remove(HeaderNames.ContentEncoding);
                return true;
            });
            response.Body = body;
            response.OnStarting(() =>
            {
                body.Decide();
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            finally
            {
                response.Body = original;
            }
        });
}
