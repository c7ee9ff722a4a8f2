using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Site;
using InterviewReader.Web.Tests.Http;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Site;

/// <summary>Stored pages are served from memory; what is not stored goes through the normal pipeline.</summary>
public sealed class StoredPagesTests : IDisposable
{
    private const string Page = $"/interviews/{SmallInterview.Slug}";
    private readonly TempContent _content = SmallInterview.Create();

    [Fact]
    public async Task Get_StoredPageInEachCoding_IsTheStoredBytesWithVaryAndTheSiteCacheControl()
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root };
        using var client = app.CreateClient();
        var store = app.Services.GetRequiredService<SitePageStore>();

        foreach (var coding in new[] { ContentCoding.Brotli, ContentCoding.Gzip, ContentCoding.Identity })
        {
            using var response = await SendAsync(client, HttpMethod.Get, Page, coding);
            var stored = (await store.Find(Page)!.Value).For(coding);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(stored.Body, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(stored.ETag, response.Headers.ETag?.ToString());
            Assert.Equal("public, max-age=10, stale-while-revalidate=60", response.Headers.CacheControl?.ToString());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        }
    }

    [Fact]
    public async Task Head_StoredPage_HasTheLengthOfTheGetButNoBody()
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root };
        using var client = app.CreateClient();
        using var get = await SendAsync(client, HttpMethod.Get, Page, ContentCoding.Brotli);
        var body = await get.Content.ReadAsByteArrayAsync();

        using var head = await SendAsync(client, HttpMethod.Head, Page, ContentCoding.Brotli);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_ConfiguredLifetimes_AreThePagesCacheControl()
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root }.WithWebHostBuilder(b => b
            .UseSetting("Site:PageMaxAgeSeconds", "300")
            .UseSetting("Site:PageStaleWhileRevalidateSeconds", "86400"));
        using var client = app.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Get, "/", ContentCoding.Brotli);

        Assert.Equal("public, max-age=300, stale-while-revalidate=86400", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/test-only/live")]
    [InlineData($"/interviews/{SmallInterview.Slug}/notes/today")]
    public async Task Get_AddressThatIsNotStored_GoesThroughTheNormalPipeline(string path)
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root }.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new AnswersAt(path))));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path + "?q=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("live q=1", await response.Content.ReadAsStringAsync());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData($"/Interviews/{SmallInterview.Slug}", Page)]
    [InlineData($"/interviews/{SmallInterview.Slug}/", Page)]
    [InlineData($"/INTERVIEWS/{SmallInterview.Slug}/bn/", $"{Page}/bn")]
    public async Task Get_OtherSpellingOfAStoredAddress_IsTheStoredPage_WithoutRendering(string spelling, string stored)
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root };
        using var client = app.CreateClient();
        var renderer = app.Services.GetRequiredService<PageRenderer>();
        using var canonical = await SendAsync(client, HttpMethod.Get, stored, ContentCoding.Gzip);
        var rendered = renderer.Rendered;

        using var response = await SendAsync(client, HttpMethod.Get, spelling, ContentCoding.Gzip);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await canonical.Content.ReadAsByteArrayAsync(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(rendered, renderer.Rendered);
    }

    [Fact]
    public async Task Get_PagesBeyondTheMemoryBound_AreEvictedAndRenderedAgainWhenAskedFor()
    {
        foreach (var i in Enumerable.Range(1, 8))
        {
            _content.WriteInterview($"bulk-{i:00}", sections: 12, paragraphs: 12);
        }

        await using var app = new ReaderAppFactory { ContentRoot = _content.Root }.WithWebHostBuilder(b => b.UseSetting("Site:StoredPagesMegabytes", "1"));
        using var client = app.CreateClient();
        var store = app.Services.GetRequiredService<SitePageStore>();
        var pages = store.Current.Pages.Where(p => p.Kind == SitePageKind.Reader).ToList();
        var first = new Dictionary<string, byte[]>();
        long largest = 0;
        foreach (var page in pages)
        {
            using var response = await SendAsync(client, HttpMethod.Get, page.Path, ContentCoding.Brotli);
            first[page.Path] = await response.Content.ReadAsByteArrayAsync();
            largest = Math.Max(largest, (await store.Find(page.Path)!.Value).Bytes);
        }

        var total = pages.Count * largest;
        Assert.True(total > 2 * 1024 * 1024, $"the pages ({total} bytes) must not fit the bound for this test to mean anything");
        Assert.InRange(store.StoredBytes, 1, (1024 * 1024) + largest);
        var rendered = app.Services.GetRequiredService<PageRenderer>().Rendered;
        using var again = await SendAsync(client, HttpMethod.Get, pages[0].Path, ContentCoding.Brotli);
        Assert.Equal(first[pages[0].Path], await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(rendered + 1, app.Services.GetRequiredService<PageRenderer>().Rendered);
    }

    [Fact]
    public async Task Start_WithRenderingWhenPublished_RendersEveryPageWithoutARequest()
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root }.WithWebHostBuilder(b => b.UseSetting("Site:RenderPages", "WhenPublished"));
        var store = app.Services.GetRequiredService<SitePageStore>();
        var renderer = app.Services.GetRequiredService<PageRenderer>();
        var pages = store.Current.Pages.Count(p => p.Kind != SitePageKind.Redirect);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (renderer.Rendered < pages)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"rendered {renderer.Rendered} of {pages}");
            await Task.Delay(20);
        }

        using var client = app.CreateClient();
        using var response = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pages, renderer.Rendered);
    }

    [Fact]
    public async Task ContentChange_RendersTheChangedInterviewsPagesAndTheLibraryOnly()
    {
        _content.WriteInterview("other");
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root };
        using var client = app.CreateClient();
        var renderer = app.Services.GetRequiredService<PageRenderer>();
        string[] addresses = ["/", Page, $"{Page}/hi", $"{Page}/bn", "/interviews/other", "/interviews/other/hi", "/interviews/other/bn"];
        foreach (var address in addresses)
        {
            (await client.GetAsync(address)).Dispose();
        }

        var before = renderer.Rendered;
        var version = app.Services.GetRequiredService<SitePageStore>().Current.Version;
        File.AppendAllText(Path.Combine(_content.Root, "other", "hi.md"), "\nनया वाक्य।\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await client.GetStringAsync("/interviews/other/hi")).Contains("नया वाक्य", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the edit was not served");
            await Task.Delay(50);
        }

        foreach (var address in addresses)
        {
            (await client.GetAsync(address)).Dispose();
        }

        // The library and the three views of the edited interview; the small talk's three are kept.
        Assert.Equal(before + 4, renderer.Rendered);
        Assert.NotEqual(version, app.Services.GetRequiredService<SitePageStore>().Current.Version);
    }

    public void Dispose() => _content.Dispose();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string target, string coding)
    {
        using var request = new HttpRequestMessage(method, target);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        return await client.SendAsync(request);
    }

    // An address the app does not store, answered by something after the app's own pipeline (as a search or preview page would be).
    private sealed class AnswersAt(string path) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == path
                ? context.Response.WriteAsync("live " + context.Request.QueryString.Value!.TrimStart('?'))
                : nextMiddleware(context));
        };
    }
}
