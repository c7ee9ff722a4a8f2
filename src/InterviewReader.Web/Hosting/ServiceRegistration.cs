using System.Text.Encodings.Web;
using System.Text.Unicode;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Preview;
using InterviewReader.Web.Site;
using Serilog;

namespace InterviewReader.Web.Hosting;

/// <summary>The app's services.</summary>
public static class ServiceRegistration
{
    /// <summary>Registers logging, content, caching, health checks and Blazor.</summary>
    public static WebApplicationBuilder AddInterviewReader(this WebApplicationBuilder builder)
    {
        // Serve wwwroot (and its precompressed copies) from a build output too, not only from a
        // publish folder: without it a Production run of `bin/` answers gzip requests with empty CSS.
        builder.WebHost.UseStaticWebAssets();
        // Outside Development, serve the assets as the build manifest describes them. Its runtime
        // reload handler (on by default for a build manifest) re-sends the whole file when the file's
        // timestamp differs from the manifest, Range or not: a 206 for bytes 0-9 carried all of site.css.
        if (!builder.Environment.IsDevelopment() && builder.Configuration["ReloadStaticAssetsAtRuntime"] is null)
        {
            builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        }

        // The static bootstrap logger is kept for start-up and fatal errors; the host gets its own logger, so
        // several hosts in one process (the integration tests) never race to freeze one shared logger.
        builder.Services.AddSerilog(SerilogSetup.Configure, preserveStaticLogger: true, writeToProviders: false);
        builder.Services.AddOptions<ContentOptions>().Bind(builder.Configuration.GetSection(ContentOptions.Section));
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddHostedService<ContentReloadService>();
        builder.AddGracefulShutdown();
        builder.Services.AddReaderHealthChecks();
        builder.Services.AddPageCaching();
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.Section));
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<PageRenderer>();
        builder.Services.AddSingleton<SitePageStore>();

        // Devanagari and Bengali are sent as UTF-8, not as &#x...; entities that would triple the page.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        var components = builder.Services.AddRazorComponents();
        builder.AddPreview(components);
        return builder;
    }
}
