using Microsoft.AspNetCore.Diagnostics;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// The error page is what the exception handler shows after a failure (with 500). Asked for
/// directly (<c>/error</c>, <c>/Error</c>), it is not a page of the site: 404.
/// </summary>
public static class ErrorPage
{
    /// <summary>The path the exception handler re-executes.</summary>
    public const string Path = "/error";

    /// <summary>Answers 404 (through the status-code pages) to a request for the error page that no exception led to.</summary>
    public static IApplicationBuilder UseErrorPageOnlyAfterErrors(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsErrorPage(context.Request.Path) && context.Features.Get<IExceptionHandlerFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });

    private static bool IsErrorPage(PathString path) =>
        path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase, out var rest) && (!rest.HasValue || rest.Value == "/");
}
