namespace InterviewReader.Web.Preview;

/// <summary>
/// The Content-Security-Policy of the preview's pages and its <c>/_blazor</c> hub. It allows what
/// Blazor Server needs and no more: its script from this origin (<c>script-src 'self'</c>, no
/// <c>'unsafe-eval'</c>: blazor.web.js evaluates no strings) and its WebSocket and negotiation
/// requests to this origin (<c>connect-src 'self'</c>, which covers <c>ws:</c>/<c>wss:</c> on the same host).
/// No <c>'unsafe-inline'</c> style either: Blazor's default reconnect dialog would add an inline
/// style sheet, so the page carries its own dialog (<see cref="Content.Model.Anchors.ReconnectModal"/>),
/// styled from preview.css. Read-only: no form may be sent anywhere.
/// </summary>
public static class PreviewSecurity
{
    /// <summary>The policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The preview's pages.</summary>
    public const string PathPrefix = "/preview";

    /// <summary>Blazor Server's hub (negotiation and the WebSocket).</summary>
    public const string HubPath = "/_blazor";

    /// <summary>True for a request the preview's policy applies to.</summary>
    public static bool IsPreviewRequest(PathString path) => path.StartsWithSegments(PathPrefix) || path.StartsWithSegments(HubPath);
}
