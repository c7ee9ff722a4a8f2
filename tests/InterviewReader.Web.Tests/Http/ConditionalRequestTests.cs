using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

/// <summary>Validators per representation and conditional or range requests answered as RFC 9110 says.</summary>
public sealed class ConditionalRequestTests : IDisposable
{
    private const string Page = $"/interviews/{SmallInterview.Slug}";
    private const string OtherPage = $"/interviews/{SmallInterview.Slug}/bn";

    private readonly TempContent _content = SmallInterview.Create();
    private readonly ReaderAppFactory _factory;

    public ConditionalRequestTests() => _factory = new ReaderAppFactory { ContentRoot = _content.Root };

    [Fact]
    public async Task Get_ReadingPages_EachPageAndCodingHasItsOwnStrongETag_AHashOfTheBytesSent()
    {
        using var client = _factory.CreateClient();
        var tags = new HashSet<string>();
        foreach (var page in new[] { "/", Page, OtherPage, $"{Page}/hi" })
        {
            foreach (var coding in new[] { ContentCoding.Brotli, ContentCoding.Gzip, ContentCoding.Identity })
            {
                for (var i = 0; i < 2; i++)
                {
                    using var response = await SendAsync(client, page, coding);
                    var etag = response.Headers.ETag;

                    Assert.NotNull(etag);
                    Assert.False(etag.IsWeak);
                    Assert.Equal(PageETags.For(await response.Content.ReadAsByteArrayAsync()), etag.ToString());
                    if (i == 0)
                    {
                        Assert.True(tags.Add(etag.Tag), $"{page} in {coding} shares its ETag");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Get_AnotherPagesETag_UnknownAddressStays404AndAnotherPageIs200()
    {
        using var client = _factory.CreateClient();
        using var first = await SendAsync(client, Page, ContentCoding.Brotli);
        var etag = first.Headers.ETag!.ToString();

        using var unknown = await SendAsync(client, "/interviews/does-not-exist", ContentCoding.Brotli, ("If-None-Match", etag));
        using var unknownView = await SendAsync(client, $"{Page}/xx", ContentCoding.Brotli, ("If-None-Match", etag));
        using var other = await SendAsync(client, OtherPage, ContentCoding.Brotli, ("If-None-Match", etag));
        using var otherCoding = await SendAsync(client, Page, ContentCoding.Gzip, ("If-None-Match", etag));
        using var any = await SendAsync(client, "/interviews/does-not-exist", ContentCoding.Brotli, ("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownView.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherCoding.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, any.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task Request_WithThePagesETag_Is304CarryingETagCacheControlAndVary(string method)
    {
        using var client = _factory.CreateClient();
        using var first = await SendAsync(client, Page, ContentCoding.Brotli);
        var etag = first.Headers.ETag!.ToString();

        using var response = await SendAsync(client, Page, ContentCoding.Brotli, ("If-None-Match", $"\"other\", {etag}"), method: method);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag?.ToString());
        Assert.Equal(new SiteOptions().PageCacheControl, response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_WithAnETagFromBeforeARestart_Is304OnTheFirstRequest()
    {
        string etag;
        using (var client = _factory.CreateClient())
        {
            using var first = await SendAsync(client, Page, ContentCoding.Gzip);
            etag = first.Headers.ETag!.ToString();
        }

        using var restarted = new ReaderAppFactory { ContentRoot = _content.Root };
        using var fresh = restarted.CreateClient();
        using var response = await SendAsync(fresh, Page, ContentCoding.Gzip, ("If-None-Match", etag));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Get_IfModifiedSince_IsNeverA304ForPagesWithoutADate_AndIfNoneMatchTakesPrecedence()
    {
        using var client = _factory.CreateClient();
        using var first = await SendAsync(client, Page, ContentCoding.Brotli);
        var future = DateTimeOffset.UtcNow.AddYears(1).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        using var yearAhead = await SendAsync(client, Page, ContentCoding.Brotli, ("If-Modified-Since", future));
        using var otherTagAndFuture = await SendAsync(client, Page, ContentCoding.Brotli, ("If-None-Match", "\"not-this-page\""), ("If-Modified-Since", future));
        using var tagAndOldDate = await SendAsync(client, Page, ContentCoding.Brotli, ("If-None-Match", first.Headers.ETag!.ToString()), ("If-Modified-Since", "Mon, 01 Jan 1990 00:00:00 GMT"));

        Assert.Equal(HttpStatusCode.OK, yearAhead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTagAndFuture.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, tagAndOldDate.StatusCode);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/fonts/noto-sans-devanagari-devanagari-400-normal.f86f14cbd1.woff2")]
    public async Task Get_UnsatisfiableRangeOfAStaticFile_Is416WithContentRange(string path)
    {
        using var client = _factory.CreateClient();
        using var whole = await client.GetAsync(path);
        var length = (await whole.Content.ReadAsByteArrayAsync()).Length;

        using var response = await SendAsync(client, path, ContentCoding.Identity, ("Range", "bytes=99999999-"));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{length}", response.Content.Headers.ContentRange?.ToString());
        Assert.DoesNotContain("not-found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/fonts/noto-sans-devanagari-devanagari-400-normal.f86f14cbd1.woff2")]
    public async Task Get_SatisfiableRangeOfAStaticFile_Is206WithJustThoseBytes(string path)
    {
        using var client = _factory.CreateClient();
        using var whole = await SendAsync(client, path, ContentCoding.Identity);
        var bytes = await whole.Content.ReadAsByteArrayAsync();

        using var response = await SendAsync(client, path, ContentCoding.Identity, ("Range", "bytes=2-11"));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 2-11/{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[2..12], await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string target, string coding, params (string Name, string Value)[] headers) =>
        await SendAsync(client, target, coding, "GET", headers);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string target, string coding, (string Name, string Value) header, string method) =>
        await SendAsync(client, target, coding, method, [header]);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string target, string coding, string method, (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), target);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }
}
