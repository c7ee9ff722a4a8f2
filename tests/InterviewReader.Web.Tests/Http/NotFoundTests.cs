using System.Net;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

public sealed class NotFoundTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Theory]
    [InlineData("/interviews/nope")]
    [InlineData("/interviews/nope/hi")]
    [InlineData("/interviews/emad-mostaque/xx")]
    [InlineData("/interviews/emad-mostaque/HI")]
    [InlineData("/no-such-page")]
    [InlineData("/interviews/emad-mostaque/hi/extra")]
    public async Task Get_UnknownInterviewLanguageOrPage_Returns404InThreeLanguages(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("पृष्ठ नहीं मिला", html, StringComparison.Ordinal);
        Assert.Contains("পাতাটি পাওয়া যায়নি", html, StringComparison.Ordinal);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Get_NotFoundPageItself_Is404_AndNeverTurnsLaterUnknownUrlsInto200(string? encoding)
    {
        using var client = factory.CreateClient();
        if (encoding is not null)
        {
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
        }

        // Whatever is asked first, an unknown address must answer 404 every time after it.
        foreach (var url in new[] { "/not-found", "/zzz-a", "/error", "/not-found", "/zzz-b", "/interviews", "/robots.txt", "/zzz-a" })
        {
            using var response = await client.GetAsync(url);
            if (url == "/error")
            {
                continue; // asked for directly, it may answer; it must not be stored for others
            }

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} ({encoding ?? "identity"}): {(int)response.StatusCode}");
        }
    }
}
