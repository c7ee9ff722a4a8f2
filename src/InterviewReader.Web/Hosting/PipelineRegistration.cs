using InterviewReader.Web.Components;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Preview;
using InterviewReader.Web.Site;
using Microsoft.AspNetCore.Components.Endpoints;
using Serilog;

namespace InterviewReader.Web.Hosting;

/// <summary>The app's request pipeline.</summary>
public static class PipelineRegistration
{
    /// <summary>Loads the content, serves the stored pages, then maps health checks, static assets and pages behind logging, headers and caching.</summary>
    public static WebApplication UseInterviewReader(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<ContentStore>();
        // The configured logger, not the static one: the static Log.Logger is left as the
        // bootstrap logger (plain text, no configured levels) so that test hosts can run side by side.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseSecurityHeaders();
        app.UseGracefulShutdown();
        app.UseHostHeaderCheck();
        // Stored pages are answered here, before routing; routing comes after (explicitly, so it does not run first).
        app.UseStoredPages();
        app.UseRouting();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorPage.Path, createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute(SitePages.NotFoundPath, createScopeForStatusCodePages: true);
        app.UseNoStatusPageForRangeOrPrecondition();
        app.UseErrorPageOnlyAfterErrors();
        app.UsePreviewGate();
        app.UseStoredPagesForRoutedRequests();
        app.UsePageCaching();
        app.MapReaderHealthChecks();
        app.MapStaticAssets();
        app.MapAlignmentTmx();
        // Reading pages are static server rendering: no page has a form, and only the editors'
        // preview (when on) is interactive; no reader gets an antiforgery cookie or a circuit.
        // Pages answer GET and HEAD only: with no forms, a POST would reach Blazor's form handling
        // and fail. Not the preview's hub (/_blazor), whose negotiation is a POST.
        var pages = app.MapRazorComponents<App>().DisableAntiforgery();
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ComponentTypeMetadata>().Any())
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
            }
        });
        pages.WithPreview(app);
        return app;
    }
}
