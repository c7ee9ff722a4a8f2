using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

public sealed class ResponseHeadersTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/interviews/emad-mostaque")]
    [InlineData("/interviews/emad-mostaque/bn")]
    [InlineData("/interviews/nope")]
    [InlineData("/healthz")]
    [InlineData("/fonts/noto-sans-bengali-bengali-400-normal.adb805ae2e.woff2")]
    public async Task Get_AnyResponse_CarriesSecurityHeaders(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_ReaderPage_NoCookieSoNoPerReaderState()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/interviews/emad-mostaque");

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Get_ReaderPage_CompressedWhenTheClientAccepts(string encoding)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/interviews/emad-mostaque");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_ReaderPageWithItsETag_Returns304()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/interviews/emad-mostaque/hi");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/interviews/emad-mostaque/hi");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/readyz", HttpStatusCode.OK)]
    [InlineData("GET", "/healthz", HttpStatusCode.OK)]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("GET", "/favicon.svg", HttpStatusCode.OK)]
    [InlineData("HEAD", "/interviews/emad-mostaque/hi", HttpStatusCode.NotModified)]
    public async Task Request_WithTheReaderPagesETag_Is304OnlyForThatPage(string method, string path, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/interviews/emad-mostaque/hi");

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_MissingFont_IsNotCachedForAYear()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/fonts/none.woff2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Get_Fonts_CachedForAYear()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/fonts/noto-sans-devanagari-devanagari-400-normal.f86f14cbd1.woff2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Get_ReaderPage_HasCanonicalAndHreflangAlternates()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/interviews/emad-mostaque/bn");

        Assert.Contains("rel=\"canonical\" href=\"http://localhost:5286/interviews/emad-mostaque/bn\"", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"hi\" href=\"http://localhost:5286/interviews/emad-mostaque/hi\"", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"x-default\" href=\"http://localhost:5286/interviews/emad-mostaque\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\"", html, StringComparison.Ordinal);
    }
}
