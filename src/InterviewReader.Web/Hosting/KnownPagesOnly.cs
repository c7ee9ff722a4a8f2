using InterviewReader.Web.Components.Pages;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Localization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Answers 404 for a reader address whose interview or language does not exist before anything
/// else looks at the request: validators are then only ever evaluated for pages that exist, and
/// the not-found page comes from status-code re-execution, where it is cached once for every
/// unknown address instead of being rendered for each made-up one.
/// </summary>
public static class KnownPagesOnly
{
    /// <summary>Whether the request, routed to the reader page, names an interview and view that exist.</summary>
    public static bool IsUnknownReaderPage(HttpContext context, ContentStore store)
    {
        if (AlignmentTmx.IsUnknown(context, store))
        {
            return true;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type != typeof(Reader))
        {
            return false;
        }

        return context.GetRouteValue("Slug") is not string slug
            || ReaderView.Find(store.Current, slug, context.GetRouteValue(PageLanguages.RouteParameter) as string) is null;
    }

    /// <summary>Ends requests for unknown reader pages with 404, for status-code re-execution to fill in.</summary>
    public static IApplicationBuilder UseKnownPagesOnly(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<ContentStore>();
        return app.Use((context, next) =>
        {
            if (IsUnknownReaderPage(context, store))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
