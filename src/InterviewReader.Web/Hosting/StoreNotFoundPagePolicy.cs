using Microsoft.AspNetCore.OutputCaching;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Lets the output cache keep the not-found page, which answers 404. It is the same page for every
/// unknown address (status-code re-execution renders it at its own path), so one stored copy per
/// coding serves them all, and an address made up per request costs no render or compression.
/// </summary>
public sealed class StoreNotFoundPagePolicy : IOutputCachePolicy
{
    /// <summary>The not-found page's own address, where status-code re-execution renders it.</summary>
    public const string Path = "/not-found";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (context.HttpContext.Request.Path == Path && response.StatusCode == StatusCodes.Status404NotFound && response.Headers.SetCookie.Count == 0)
        {
            context.AllowCacheStorage = true;
        }

        return ValueTask.CompletedTask;
    }
}
