using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewReader.Web.Preview;

/// <summary>
/// Wires the live preview: interactive server rendering (a circuit per open preview) is configured
/// only when the preview is on (<see cref="PreviewOptions.IsOn"/>). Reading pages stay static
/// either way: only a page declared <c>@rendermode InteractiveServer</c> (the preview's) gets
/// blazor.web.js and a circuit.
/// </summary>
public static class PreviewRegistration
{
    /// <summary>The circuit limits (<see cref="CircuitOptions"/>): <c>Preview:Circuit</c>.</summary>
    public const string CircuitSection = "Preview:Circuit";

    /// <summary>The hub limits (SignalR <see cref="HubOptions"/>): <c>Preview:Hub</c>.</summary>
    public const string HubSection = "Preview:Hub";

    /// <summary>True for a page that renders interactively: it needs blazor.web.js and a circuit.</summary>
    public static bool IsInteractive(Type pageType) => pageType.GetCustomAttribute<RenderModeAttribute>(inherit: true) is not null;

    /// <summary>Adds interactive server rendering, with its limits from configuration, when the preview is on.</summary>
    public static WebApplicationBuilder AddPreview(this WebApplicationBuilder builder, IRazorComponentsBuilder components)
    {
        if (!PreviewOptions.IsOn(builder.Configuration, builder.Environment))
        {
            return builder;
        }

        var circuit = builder.Configuration.GetSection(CircuitSection);
        var hub = builder.Configuration.GetSection(HubSection);
        components
            .AddInteractiveServerComponents(options => circuit.Bind(options))
            .AddHubOptions(options => hub.Bind(options));
        builder.Services.Replace(ServiceDescriptor.Scoped<AntiforgeryStateProvider, NoAntiforgeryTokens>());
        return builder;
    }

    /// <summary>Serves the preview's pages interactively when it is on; else they answer 404 (see <see cref="UsePreviewGate"/>).</summary>
    public static RazorComponentsEndpointConventionBuilder WithPreview(this RazorComponentsEndpointConventionBuilder pages, WebApplication app)
    {
        if (PreviewOptions.IsOn(app.Configuration, app.Environment))
        {
            // The page's own policy already says frame-ancestors 'none' (SecurityHeaders); Blazor's
            // second header ('self') would only be noise on every response.
            pages.AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
            // blazor.web.js finds its hub relative to the page (there is no <base href>, which would
            // turn the reader's "#anchor" links into links to the site's root): /_blazor from
            // /preview, /preview/_blazor from /preview/{slug}.
            app.MapBlazorHub(PreviewSecurity.PathPrefix + PreviewSecurity.HubPath);
        }

        return pages;
    }

    /// <summary>With the preview off, its pages answer 404 (then the not-found page), as if they did not exist.</summary>
    public static IApplicationBuilder UsePreviewGate(this WebApplication app)
    {
        if (PreviewOptions.IsOn(app.Configuration, app.Environment))
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type is { } page && IsInteractive(page))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
