using System.Text;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Resilience;

/// <summary>Path tricks, odd methods and oversized or strange headers get a clean 4xx, never a file or a 500.</summary>
public sealed class HostileRequestTests(KestrelReaderApp app) : IClassFixture<KestrelReaderApp>
{
    public static TheoryData<string> TraversalTargets => new()
    {
        "/interviews/..%2f..%2fappsettings.json",
        "/interviews/emad-mostaque/..%2f..%2f..%2fappsettings.json",
        "/interviews/%2e%2e/%2e%2e/appsettings.json",
        "/interviews/emad-mostaque/%2e%2e%2f%2e%2e%2fappsettings.json",
        "/interviews/%c0%ae%c0%ae/%c0%ae%c0%ae/appsettings.json",
        "/interviews/emad-mostaque/%c0%af..%c0%afappsettings.json",
        "/interviews\\..\\..\\appsettings.json",
        "/interviews/emad-mostaque/hi\\..\\..\\appsettings.json",
        "/interviews/emad-mostaque/hi%5c..%5c..%5cappsettings.json",
        "/interviews/emad-mostaque/hi/../../../appsettings.json",
        "/interviews/emad-mostaque/hi%2f..%2f..%2f..%2fetc%2fpasswd",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/fonts/..%2f..%2fappsettings.json",
        "/css/%2e%2e/%2e%2e/appsettings.json",
        "/appsettings.json",
        "/InterviewReader.Web.dll",
        "/content/emad-mostaque/hi.md",
        "/interviews/emad-mostaque%00/hi",
    };

    [Theory]
    [MemberData(nameof(TraversalTargets))]
    public async Task Get_TraversalOrEncodingTrick_IsAClean4xxWithNoFile(string target)
    {
        var (status, response) = await RawHttp.GetAsync(app.BaseAddress, target);

        Assert.InRange(status, 400, 499);
        Assert.DoesNotContain("root:x:0:0", response, StringComparison.Ordinal);
        Assert.DoesNotContain("\"AllowedHosts\"", response, StringComparison.Ordinal);
        Assert.DoesNotContain("title: \"के साथ", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_VeryLongSegment_IsAClean4xx()
    {
        var (status, _) = await RawHttp.GetAsync(app.BaseAddress, "/interviews/" + new string('a', 20_000));

        Assert.InRange(status, 400, 499);
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque/hi%2F..%2F..%2Fetc")]
    [InlineData("/interviews/emad-mostaque/hi%252f..%252f")]
    public async Task Get_LanguageCodeWithPath_Is404(string target)
    {
        var (status, _) = await RawHttp.GetAsync(app.BaseAddress, target);

        Assert.Equal(404, status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("TRACE")]
    [InlineData("FOO")]
    [InlineData("POST")]
    public async Task UnsupportedMethod_OnAReaderPage_IsAClean4xx(string method)
    {
        var request = Encoding.ASCII.GetBytes($"{method} /interviews/emad-mostaque HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        var (status, _) = await RawHttp.SendAsync(app.BaseAddress, request);

        Assert.InRange(status, 400, 499);
    }

    [Fact]
    public async Task Head_OnAReaderPage_Is200WithoutBody()
    {
        var request = Encoding.ASCII.GetBytes("HEAD /interviews/emad-mostaque HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        var (status, response) = await RawHttp.SendAsync(app.BaseAddress, request);

        Assert.Equal(200, status);
        Assert.EndsWith("\r\n\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HugeHeader_Is431()
    {
        var (status, _) = await RawHttp.GetAsync(app.BaseAddress, "/", $"X-Big: {new string('x', 100_000)}\r\n");

        Assert.Equal(431, status);
    }

    [Fact]
    public async Task Get_ThousandsOfHeaders_IsAClean4xx()
    {
        var headers = string.Concat(Enumerable.Range(0, 5000).Select(i => $"X-H{i}: v\r\n"));

        var (status, _) = await RawHttp.GetAsync(app.BaseAddress, "/", headers);

        Assert.InRange(status, 400, 499);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("hi-IN,hi;q=0.9,bn;q=0.8")]
    [InlineData("xx-invalid;;;q=abc,,,")]
    [InlineData("bn;q=2.5, hi;q=-1")]
    [InlineData("")]
    public async Task Get_OddAcceptLanguage_ServesThePage(string acceptLanguage)
    {
        var (status, response) = await RawHttp.GetAsync(app.BaseAddress, "/interviews/emad-mostaque", $"Accept-Language: {acceptLanguage}\r\n");

        Assert.Equal(200, status);
        Assert.Contains("</html>", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host: evil.example\r\n")]
    [InlineData("Accept-Encoding: br;q=abc, gzip;q=-1, identity;q=0\r\n")]
    [InlineData("If-None-Match: \"\r\n")]
    [InlineData("Range: bytes=999999-0\r\n")]
    public async Task Get_MalformedHeaders_NeverA500(string header)
    {
        var request = Encoding.ASCII.GetBytes($"GET /interviews/emad-mostaque/bn HTTP/1.1\r\n{(header.StartsWith("Host", StringComparison.Ordinal) ? "" : "Host: localhost\r\n")}{header}Connection: close\r\n\r\n");

        var (status, _) = await RawHttp.SendAsync(app.BaseAddress, request);

        Assert.InRange(status, 200, 499);
    }
}
