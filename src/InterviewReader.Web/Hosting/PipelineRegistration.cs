using InterviewReader.Web.Components;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Site;
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
        app.UseStoredPagesForRoutedRequests();
        app.UsePageCaching();
        app.MapReaderHealthChecks();
        app.MapStaticAssets();
        // Static server rendering only: no page has a form or needs a circuit. Configuring an
        // interactive render mode would make Blazor set an antiforgery cookie on every page,
        // giving each reader server-side state and making pages uncacheable.
        // GET and HEAD only: with no forms, a POST would reach Blazor's form handling and fail.
        app.MapRazorComponents<App>()
            .DisableAntiforgery()
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }
}
