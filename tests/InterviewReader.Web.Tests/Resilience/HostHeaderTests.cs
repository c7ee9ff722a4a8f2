using System.Text;
using InterviewReader.Web.Tests.Http;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Resilience;

/// <summary>The Host header, sent raw: a missing one (HTTP/1.0) gets the page, a malformed one a plain 400, never a 500.</summary>
public sealed class HostHeaderTests : IDisposable
{
    private readonly TempContent _content = SmallInterview.Create();
    private readonly KestrelReaderApp _app;

    public HostHeaderTests() => _app = KestrelReaderApp.On(_content.Root);

    [Theory]
    [InlineData("/")]
    [InlineData($"/interviews/{SmallInterview.Slug}/bn")]
    public async Task Get_Http10WithoutHost_GetsThePageWithConfiguredLinks(string target)
    {
        var (status, response) = await RawHttp.SendAsync(_app.BaseAddress, Encoding.ASCII.GetBytes($"GET {target} HTTP/1.0\r\n\r\n"));

        Assert.Equal(200, status);
        Assert.Contains("</html>", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:99999")]
    [InlineData("localhost:0")]
    [InlineData("xn--")]
    [InlineData("xn--a.example")]
    public async Task Get_MalformedHost_IsAPlain400(string host)
    {
        foreach (var target in new[] { "/", $"/interviews/{SmallInterview.Slug}", "/interviews/no-such" })
        {
            var (status, response) = await RawHttp.SendAsync(_app.BaseAddress, Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));

            Assert.Equal(400, status);
            Assert.DoesNotContain("Exception", response, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", response, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_ForeignHost_IsNotWrittenIntoTheLinks()
    {
        var (status, response) = await RawHttp.SendAsync(_app.BaseAddress, Encoding.ASCII.GetBytes($"GET /interviews/{SmallInterview.Slug}/bn HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"));

        Assert.Equal(200, status);
        Assert.Contains($"rel=\"canonical\" href=\"http://localhost:5286/interviews/{SmallInterview.Slug}/bn\"", response, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", response, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
