namespace InterviewReader.Web.Hosting;

/// <summary>
/// Checks the Host header before anything reads it. <c>HttpRequest.Host</c> throws on a malformed
/// name (<c>xn--</c>) and Blazor cannot build its base URI from a bad port (<c>:99999</c>), which
/// made such requests 500s; they now get a plain 400. A request without Host (legal in HTTP/1.0)
/// is given the configured public host, so it gets the page.
/// </summary>
public static class HostHeader
{
    /// <summary>Whether a Host header value is a host (and optional port) an absolute URI can be built from.</summary>
    public static bool IsValid(string value)
    {
        HostString host;
        try
        {
            host = HostString.FromUriComponent(value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }

        return host.HasValue
            && Uri.TryCreate($"http://{host.ToUriComponent()}/", UriKind.Absolute, out var uri)
            && uri.Authority.Length > 0
            && (host.Port is null or > 0 and <= 65535);
    }

    /// <summary>Answers a malformed Host with 400 and fills in a missing one.</summary>
    public static IApplicationBuilder UseHostHeaderCheck(this IApplicationBuilder app)
    {
        var publicHost = HostString.FromUriComponent(app.ApplicationServices.GetRequiredService<PublicUrls>().BaseUrl);
        // The last Host seen valid: nearly every request repeats it, and it needs no new check.
        string? lastValid = null;
        return app.Use((context, next) =>
        {
            var value = context.Request.Headers.Host.ToString();
            if (value.Length == 0)
            {
                context.Request.Host = publicHost;
                return next(context);
            }

            if (value == Volatile.Read(ref lastValid))
            {
                return next(context);
            }

            if (IsValid(value))
            {
                Volatile.Write(ref lastValid, value);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync("400 Bad Request: the Host header is not a valid host name and port.\n");
            }

            return next(context);
        });
    }
}
