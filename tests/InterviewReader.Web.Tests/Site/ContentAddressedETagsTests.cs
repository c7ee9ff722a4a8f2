using System.Net.Http.Headers;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Site;
using InterviewReader.Web.Tests.Http;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Site;

/// <summary>Versions and ETags are content addresses: the same across instances and restarts, different when the content is.</summary>
public sealed class ContentAddressedETagsTests : IDisposable
{
    private static readonly string[] Codings = [ContentCoding.Brotli, ContentCoding.Gzip, ContentCoding.Identity];
    private readonly TempContent _content = SmallInterview.Create().WriteInterview("second");

    [Fact]
    public async Task TwoInstancesAndARestart_OverTheSameContent_GiveEqualVersionsAndETags()
    {
        Dictionary<string, string> first, second, restarted;
        string version1, version2, version3;
        await using (var one = new ReaderAppFactory { ContentRoot = _content.Root })
        await using (var two = new ReaderAppFactory { ContentRoot = _content.Root })
        {
            (first, version1) = await ETagsAsync(one);
            (second, version2) = await ETagsAsync(two);
        }

        await using (var again = new ReaderAppFactory { ContentRoot = _content.Root })
        {
            (restarted, version3) = await ETagsAsync(again);
        }

        // Two interviews of two languages: each has 7 views (side by side, 2 languages, 2 in the other
        // script, 2 all in one script) and its alignment.tmx; and the library.
        Assert.Equal((1 + (2 * 8)) * Codings.Length, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first, restarted);
        Assert.Equal(version1, version2);
        Assert.Equal(version1, version3);
        Assert.Equal(first.Count, first.Values.Distinct().Count());
    }

    [Fact]
    public async Task ChangedContent_ChangesTheVersionAndTheETagsOfTheChangedInterviewsPagesOnly()
    {
        Dictionary<string, string> before, after;
        string versionBefore, versionAfter;
        await using (var app = new ReaderAppFactory { ContentRoot = _content.Root })
        {
            (before, versionBefore) = await ETagsAsync(app);
        }

        File.AppendAllText(Path.Combine(_content.Root, "second", "bn.md"), "\nনতুন বাক্য।\n");
        await using (var app = new ReaderAppFactory { ContentRoot = _content.Root })
        {
            (after, versionAfter) = await ETagsAsync(app);
        }

        Assert.NotEqual(versionBefore, versionAfter);
        var changed = before.Keys.Where(k => before[k] != after[k]).Select(k => k.Split(' ')[0]).ToHashSet();
        Assert.Contains("/interviews/second", changed);
        Assert.Contains("/interviews/second/bn", changed);
        Assert.All(changed, path => Assert.StartsWith("/interviews/second", path, StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();

    private static async Task<(Dictionary<string, string> ETags, string Version)> ETagsAsync(ReaderAppFactory app)
    {
        using var client = app.CreateClient();
        var store = app.Services.GetRequiredService<SitePageStore>();
        var tags = new Dictionary<string, string>();
        foreach (var page in store.Current.Pages.Where(p => p.StatusCode == 200))
        {
            foreach (var coding in Codings)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
                using var response = await client.SendAsync(request);
                var etag = response.Headers.ETag!;
                Assert.False(etag.IsWeak);
                tags[$"{page.Path} {coding}"] = etag.Tag;
            }
        }

        return (tags, store.Current.Version);
    }
}
