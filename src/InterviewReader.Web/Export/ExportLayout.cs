namespace InterviewReader.Web.Export;

/// <summary>
/// Where an address of the site lives in an export: a page at <c>/a/b</c> is <c>a/b/index.html</c>
/// (<see cref="Site.SitePage.FilePath"/>; what <c>try_files $uri $uri/index.html</c> finds), a
/// file with an extension keeps its path.
/// </summary>
public static class ExportLayout
{
    /// <summary>The file of an address that names a file (an asset, <c>alignment.tmx</c>): its own path.</summary>
    public static string AssetFile(string path) => path.TrimStart('/');

    /// <summary>The file a request for an address is answered from, the way nginx's try_files looks: the path, then path/index.html.</summary>
    public static IEnumerable<string> Candidates(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.Length > 0 && !path.EndsWith('/'))
        {
            yield return trimmed;
        }

        yield return trimmed.Length == 0 ? "index.html" : trimmed + "/index.html";
    }
}
