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
}
