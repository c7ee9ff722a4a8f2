using System.Net;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Site;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Http;

/// <summary>
/// A page is rendered and compressed once per content version: nothing else a visitor sends (query
/// strings, Host, other headers, ways of spelling Accept-Encoding) renders or compresses anything.
/// </summary>
public sealed class PageCacheKeyTests : IDisposable
{
    private static readonly string[] Pages = ["/", $"/interviews/{SmallInterview.Slug}", $"/interviews/{SmallInterview.Slug}/bn"];

    private static readonly string?[] AcceptEncodings =
    [
        null, "", "br", "gzip", "identity", "BR", "gzip, deflate, br", "gzip, deflate, br, zstd", "br;q=0.9, gzip;q=1",
        "gzip;q=0.5, br;q=0.4", "*", "*;q=0.1", "deflate", "br;q=0, gzip;q=0", "br;q=abc, gzip;q=-1, identity;q=0", "x-gzip",
    ];

    private readonly TempContent _content = SmallInterview.Create();
    private readonly WebApplicationFactory<Program> _factory;

    public PageCacheKeyTests() => _factory = new ReaderAppFactory { ContentRoot = _content.Root }
        .WithWebHostBuilder(b => b.ConfigureServices(CountingCompressionProvider.Install));

    [Fact]
    public async Task Get_RandomQueriesHostsHeadersAndEncodings_AfterWarming_RenderNothingNewAndServeTheSameBytes()
    {
        using var client = _factory.CreateClient();
        var renderer = _factory.Services.GetRequiredService<PageRenderer>();
        var warmed = new Dictionary<(string, string), byte[]>();
        foreach (var page in Pages)
        {
            foreach (var coding in new[] { ContentCoding.Brotli, ContentCoding.Gzip, ContentCoding.Identity })
            {
                using var response = await SendAsync(client, page, coding, host: null, extra: null);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                warmed[(page, coding)] = await response.Content.ReadAsByteArrayAsync();
            }
        }

        var renderedAfterWarming = renderer.Rendered;
        var compressedAfterWarming = _factory.Services.GetRequiredService<CountingCompressionProvider>().Compressed;
        var random = new Random(8);
        for (var i = 0; i < 60; i++)
        {
            var page = Pages[i % Pages.Length];
            var acceptEncoding = AcceptEncodings[random.Next(AcceptEncodings.Length)];
            var target = $"{page}?r={random.Next()}&{Guid.NewGuid():N}={i}";
            using var response = await SendAsync(client, target, acceptEncoding, host: $"h{random.Next()}.example:{random.Next(1, 65535)}", extra: $"v{random.Next()}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var coding = ContentCoding.Choose(acceptEncoding);
            Assert.Equal(coding == ContentCoding.Identity ? [] : [coding], response.Content.Headers.ContentEncoding);
            Assert.Equal(warmed[(page, coding)], await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(renderedAfterWarming, renderer.Rendered);
        Assert.Equal(Pages.Length, renderedAfterWarming);
        Assert.Equal(compressedAfterWarming, _factory.Services.GetRequiredService<CountingCompressionProvider>().Compressed);
    }

    [Fact]
    public async Task Get_MadeUpAddresses_AfterTheFirst_ServeTheStoredNotFoundPageWithoutRendering()
    {
        using var client = _factory.CreateClient();
        var compression = _factory.Services.GetRequiredService<CountingCompressionProvider>();
        var renderer = _factory.Services.GetRequiredService<PageRenderer>();
        using var first = await SendAsync(client, "/interviews/warming", ContentCoding.Brotli, host: null, extra: null);
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        var notFound = await first.Content.ReadAsByteArrayAsync();
        var compressedAfterWarming = compression.Compressed;
        var renderedAfterWarming = renderer.Rendered;

        string[] shapes = ["/interviews/made-up-{0}", $"/interviews/{SmallInterview.Slug}/x{{0}}", "/interviews/{0}/bn", "/no-such-page-{0}", $"/interviews/{SmallInterview.Slug.ToUpperInvariant()}{{0}}"];
        for (var i = 0; i < 40; i++)
        {
            using var response = await SendAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[i % shapes.Length], Guid.NewGuid().ToString("N")), ContentCoding.Brotli, host: null, extra: null);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(notFound, await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(compressedAfterWarming, compression.Compressed);
        Assert.Equal(renderedAfterWarming, renderer.Rendered);
    }

    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("gzip;q=1, br;q=0.5", ContentCoding.Gzip)]
    [InlineData("GZIP", ContentCoding.Gzip)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("br;q=0, *", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("deflate, identity", ContentCoding.Identity)]
    [InlineData("br;q=abc, gzip", ContentCoding.Gzip)]
    public void Choose_PicksTheAcceptableCodingWithTheHighestWeight(string? acceptEncoding, string expected) =>
        Assert.Equal(expected, ContentCoding.Choose(acceptEncoding));

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string target, string? acceptEncoding, string? host, string? extra)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (extra is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", extra);
            request.Headers.TryAddWithoutValidation("Accept-Language", extra);
            request.Headers.TryAddWithoutValidation("X-Random", extra);
        }

        return await client.SendAsync(request);
    }
}
