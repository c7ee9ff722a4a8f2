using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Export;

/// <summary>An export, crawled from <c>/</c> as a static host serves it, has no broken link, file or anchor.</summary>
public sealed class ExportCrawlTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly string _target = ExportRun.NewTarget();

    public ExportCrawlTests() =>
        InterviewText.WriteInterview(_content.Root, "solo", ("hi", ["first", "second"]));

    [Fact]
    public void Export_CrawledFromTheRoot_FindsEveryPageAssetFontAndAnchor()
    {
        var (code, output) = ExportRun.Run(_content.Root, _target);
        Assert.True(code == 0, output);

        var crawl = new SiteCrawler(_target, new Uri(ExportRun.BaseUrl)).Crawl();

        Assert.Empty(crawl.Broken);
        // Every page the export wrote is reachable by links (the canonical and hreflang links included).
        var pages = Directory.EnumerateFiles(_target, "index.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_target, f).Replace('\\', '/'));
        Assert.Equal(pages.Order(StringComparer.Ordinal), crawl.Reached.Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("interviews/emad-mostaque/index.html", crawl.Reached);
        Assert.Contains("interviews/emad-mostaque/hi/index.html", crawl.Reached);
        Assert.Contains("interviews/emad-mostaque/bn/index.html", crawl.Reached);
        Assert.Contains("interviews/solo/hi/index.html", crawl.Reached);
        Assert.Contains(crawl.Reached, f => f.StartsWith("css/", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(crawl.Reached, f => f.StartsWith("js/", StringComparison.Ordinal));
        Assert.Contains(crawl.Reached, f => f.StartsWith("fonts/", StringComparison.Ordinal) && f.EndsWith(".woff2", StringComparison.Ordinal));
        Assert.True(crawl.LinksChecked > 100, $"only {crawl.LinksChecked} links checked");
    }

    [Fact]
    public void Export_WithoutASearchUrl_HasNoSearchBox_AndWithOne_SendsQueriesThere()
    {
        var (code, output) = ExportRun.Run(_content.Root, _target);
        Assert.True(code == 0, output);
        var without = File.ReadAllText(Path.Combine(_target, "interviews", "emad-mostaque", "index.html"));

        // A second export replaces the first.

        (code, output) = ExportRun.Run(_content.Root, _target, "--search-url", "https://live.example.org/search");
        Assert.True(code == 0, output);
        var with = File.ReadAllText(Path.Combine(_target, "interviews", "emad-mostaque", "index.html"));

        Assert.DoesNotContain("role=\"search\"", without, StringComparison.Ordinal);
        Assert.Contains("role=\"search\" action=\"https://live.example.org/search\"", with, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WritesBrotliAndGzipBesideEachTextFileOnly()
    {
        var (code, output) = ExportRun.Run(_content.Root, _target);
        Assert.True(code == 0, output);

        var files = Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_target, f)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal)))
        {
            var text = !file.EndsWith(".woff2", StringComparison.Ordinal);
            Assert.True(files.Contains(file + ".br") == text, $"{file}.br");
            Assert.True(files.Contains(file + ".gz") == text, $"{file}.gz");
        }

        Assert.Contains("404.html", files);
        Assert.Contains("404.html.br", files);
    }

    [Fact]
    public void Export_CanonicalAndHreflang_AreUnderTheBaseUrlGiven()
    {
        var (code, output) = ExportRun.Run(_content.Root, _target, "--base-url", "https://mirror.example.net/reader/");
        Assert.True(code == 0, output);

        var page = File.ReadAllText(Path.Combine(_target, "interviews", "emad-mostaque", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://mirror.example.net/reader/interviews/emad-mostaque\"", page, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"bn\" href=\"https://mirror.example.net/reader/interviews/emad-mostaque/bn\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportRun.BaseUrl, page, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _content.Dispose();
        ExportRun.Clean(_target);
    }
}
