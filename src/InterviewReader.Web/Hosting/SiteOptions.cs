namespace InterviewReader.Web.Hosting;

/// <summary>Where the site is published, bound from the <c>Site</c> configuration section.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Site";

    /// <summary>The local address <c>dotnet run</c> serves (launchSettings.json), used when none is configured.</summary>
    public const string LocalBaseUrl = "http://localhost:5286/";

    /// <summary>
    /// The public base URL absolute links (canonical, hreflang) are built from, e.g.
    /// <c>https://reader.example.org/</c>; set <c>Site__BaseUrl</c> in production.
    /// </summary>
    public string BaseUrl { get; set; } = LocalBaseUrl;

    /// <summary>
    /// Where the header's search box sends its query: the app's own <c>/search</c> by default;
    /// empty leaves the box out. <c>export</c> sets it from <c>--search-url</c>, empty without it
    /// (a folder of static files cannot search).
    /// </summary>
    public string SearchUrl { get; set; } = "/search";
}
