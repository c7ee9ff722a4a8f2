using InterviewReader.Web.Components;
using InterviewReader.Web.ContentHosting;
using Serilog;

namespace InterviewReader.Web.Hosting;

/// <summary>The app's request pipeline.</summary>
public static class PipelineRegistration
{
    /// <summary>Maps the pages and static assets, and loads the content before the first request.</summary>
    public static WebApplication UseInterviewReader(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<ContentStore>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/not-found", createScopeForErrors: true);
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
