using InterviewReader.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Site;

/// <summary>
/// Renders a stored page by sending a GET for its address to the app's own endpoints, in process:
/// routing and the Razor component endpoint only, with none of the request middleware (no logging,
/// headers, caching or compression). Blazor's <c>HtmlRenderer</c> is not used because it cannot
/// reproduce the layout: the fingerprinted asset URLs (<c>@Assets["css/site.css"]</c>) come from the
/// endpoint's <c>ResourceAssetCollection</c>, which only the endpoint renderer has, so HtmlRenderer
/// gives <c>css/site.css</c> instead of <c>css/site.{fingerprint}.css</c>. The request carries
/// nothing a visitor sent: the configured public host, no query, no other header.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, PublicUrls urls)
{
    private const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";
    private readonly Lock _gate = new();
    private Func<RequestDelegate>? _build;
    private RequestDelegate? _endpoints;
    private int _rendered;

    /// <summary>How many pages were rendered (tests: a visitor's request never renders a stored page twice).</summary>
    public int Rendered => Volatile.Read(ref _rendered);

    /// <summary>Renders a page and stores its three forms. A redirect is stored without rendering.</summary>
    /// <exception cref="InvalidOperationException">The endpoint answered another status than the page's.</exception>
    public async Task<StoredPage> RenderAsync(SitePage page, CancellationToken cancellationToken = default)
    {
        if (page.Kind == SitePageKind.Redirect)
        {
            return StoredPage.Redirect(page);
        }

        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = urls.BaseUrl.Scheme,
            Path = page.Path,
            Protocol = "HTTP/1.1",
        };
        request.Headers.Host = urls.BaseUrl.Authority;
        request.Headers.AcceptEncoding = ContentCoding.Identity;
        var response = new HttpResponseFeature();
        using var body = new MemoryStream();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        if (page.StatusCode == StatusCodes.Status404NotFound)
        {
            // As status-code re-execution asks for it: a Razor component page that sets 404 outside
            // re-execution is left for the status-code pages to fill, with no body.
            features.Set<IStatusCodeReExecuteFeature>(new NotFoundReExecution(page.Path));
        }
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext(features) { RequestServices = scope.ServiceProvider };
        await Endpoints()(context);
        await context.Response.CompleteAsync();
        if (context.Response.StatusCode != page.StatusCode)
        {
            throw new InvalidOperationException($"Rendering {page.Path} answered {context.Response.StatusCode}, not {page.StatusCode} (endpoint: {context.GetEndpoint()?.DisplayName ?? "none"}).");
        }

        if (body.Length == 0)
        {
            throw new InvalidOperationException($"Rendering {page.Path} gave no body (endpoint: {context.GetEndpoint()?.DisplayName ?? "none"}).");
        }

        Interlocked.Increment(ref _rendered);
        var contentType = context.Response.Headers[HeaderNames.ContentType].ToString();
        return StoredPage.Create(page, contentType.Length > 0 ? contentType : "application/octet-stream", body.ToArray());
    }

    /// <summary>Takes the app whose endpoints render the pages; the branch is built on the first render, once every endpoint is mapped.</summary>
    internal void Attach(IApplicationBuilder app)
    {
        var branch = app.New();
        // A branch of a WebApplication gets a routing world of its own (WebApplication.New removes the
        // global route builder); the renderer routes to the app's endpoints, as the exception handler's
        // re-execution does.
        if (app is IEndpointRouteBuilder endpoints)
        {
            branch.Properties[GlobalEndpointRouteBuilderKey] = endpoints;
        }

        lock (_gate)
        {
            _build = () =>
            {
                branch.UseRouting();
                branch.UseEndpoints(_ => { });
                return branch.Build();
            };
        }
    }

    private RequestDelegate Endpoints()
    {
        lock (_gate)
        {
            return _endpoints ??= (_build ?? throw new InvalidOperationException("The renderer is not attached to the app: call UseStoredPages."))();
        }
    }

    private sealed class NotFoundReExecution(string path) : IStatusCodeReExecuteFeature
    {
        public string OriginalPathBase { get; set; } = "";

        public string OriginalPath { get; set; } = path;

        public string? OriginalQueryString { get; set; }

        public int OriginalStatusCode => StatusCodes.Status404NotFound;
    }
}
