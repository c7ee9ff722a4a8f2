using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Absolute URLs of the site, built from the configured <see cref="SiteOptions.BaseUrl"/> and never
/// from the request: a visitor's Host header must not end up in the links a page gives out.
/// </summary>
public sealed class PublicUrls
{
    /// <summary>Reads and checks the configured base URL.</summary>
    public PublicUrls(IOptions<SiteOptions> options)
    {
        var configured = options.Value.BaseUrl;
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new OptionsValidationException(SiteOptions.Section, typeof(SiteOptions), [$"{SiteOptions.Section}:BaseUrl must be an absolute http or https URL without query or fragment, not '{configured}'."]);
        }

        BaseUrl = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The base URL, ending in a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The absolute URL of a site path such as <c>/interviews/x/hi</c>, under the base URL's path.</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path.TrimStart('/')).AbsoluteUri;
}
