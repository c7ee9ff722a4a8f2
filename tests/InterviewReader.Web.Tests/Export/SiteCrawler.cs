using System.Net;
using System.Text.RegularExpressions;
using InterviewReader.Web.Export;

namespace InterviewReader.Web.Tests.Export;

/// <summary>
/// Crawls an export folder the way a browser on a static host would: from <c>/</c>, every
/// <c>href</c> and <c>src</c> of each page and every <c>url()</c> of each stylesheet, resolved
/// against the page's address under the base URL, found the way nginx's
/// <c>try_files $uri $uri/index.html</c> finds it; a link's <c>#id</c> must be an ID in its target page.
/// Links to other sites are not followed.
/// </summary>
internal sealed partial class SiteCrawler(string folder, Uri baseUrl)
{
    private readonly Dictionary<string, string?> _files = new(StringComparer.Ordinal);

    /// <summary>Each link that led nowhere, as "from -> link: why".</summary>
    public List<string> Broken { get; } = [];

    /// <summary>The files reached, relative to the folder, with '/' separators.</summary>
    public IReadOnlyCollection<string> Reached => _files.Keys;

    /// <summary>How many links to pages, files and anchors were checked.</summary>
    public int LinksChecked { get; private set; }

    /// <summary>Crawls from the root page.</summary>
    public SiteCrawler Crawl()
    {
        var queue = new Queue<(string Path, string File)>();
        Visit("/", "(start)", queue);
        while (queue.TryDequeue(out var item))
        {
            var text = File.ReadAllText(Path.Combine(folder, item.File));
            var links = item.File.EndsWith(".css", StringComparison.Ordinal)
                ? CssUrl().Matches(text).Select(m => m.Groups["url"].Value)
                : Attribute().Matches(text).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value));
            foreach (var link in links)
            {
                Follow(item.Path, item.File, link, queue);
            }
        }

        return this;
    }

    private void Follow(string fromPath, string fromFile, string link, Queue<(string, string)> queue)
    {
        if (link.StartsWith("data:", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return;
        }

        var target = new Uri(new Uri(baseUrl, fromPath.TrimStart('/')), link);
        if (!baseUrl.IsBaseOf(target) || target.Scheme != baseUrl.Scheme)
        {
            return;
        }

        LinksChecked++;
        var path = "/" + Uri.UnescapeDataString(baseUrl.MakeRelativeUri(new Uri(target.GetLeftPart(UriPartial.Path))).OriginalString);
        var file = Visit(path, $"{fromFile} -> {link}", queue);
        if (file is null || target.Fragment.Length <= 1)
        {
            return;
        }

        var id = Uri.UnescapeDataString(target.Fragment[1..]);
        var ids = Ids().Matches(File.ReadAllText(Path.Combine(folder, file))).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value));
        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            Broken.Add($"{fromFile} -> {link}: no id=\"{id}\" in {file}");
        }
    }

    // The file an address is served from, crawled once; null (and a broken link) when there is none.
    private string? Visit(string path, string from, Queue<(string, string)> queue)
    {
        var file = ExportLayout.Candidates(path).FirstOrDefault(f => File.Exists(Path.Combine(folder, f)));
        if (file is null)
        {
            Broken.Add($"{from}: nothing at {path}");
            return null;
        }

        if (_files.TryAdd(file, path) && (file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".css", StringComparison.Ordinal)))
        {
            queue.Enqueue((path, file));
        }

        return file;
    }

    [GeneratedRegex("""\s(?:href|src)\s*=\s*"(?<url>[^"]*)"|\s(?:href|src)\s*=\s*'(?<url>[^']*)'""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial Regex CssUrl();

    [GeneratedRegex("""\sid\s*=\s*"(?<id>[^"]*)"|\sid\s*=\s*'(?<id>[^']*)'""")]
    private static partial Regex Ids();
}
