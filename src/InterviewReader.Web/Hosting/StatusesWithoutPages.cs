using Microsoft.AspNetCore.Diagnostics;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Keeps status-code re-execution for what it is for (a page for "not found" and the like). A 416
/// (unsatisfiable range) or 412 (failed precondition) from the static files has no body, so
/// re-execution would replace it by the not-found page, which sets 404: a client asking for
/// <c>bytes=99999999-</c> of a font got a 404 page instead of 416 and its Content-Range.
/// </summary>
public static class StatusesWithoutPages
{
    /// <summary>Turns status-code pages off for 412 and 416 answers. Goes just inside <c>UseStatusCodePages…</c>.</summary>
    public static IApplicationBuilder UseNoStatusPageForRangeOrPrecondition(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode is StatusCodes.Status412PreconditionFailed or StatusCodes.Status416RangeNotSatisfiable
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
        });
}
