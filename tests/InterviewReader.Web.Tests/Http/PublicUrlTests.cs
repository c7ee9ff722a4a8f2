using InterviewReader.Web.Hosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.Http;

/// <summary>Canonical and hreflang links come from Site:BaseUrl, whatever Host the request names.</summary>
public sealed class PublicUrlTests : IDisposable
{
    private readonly TempContent _content = SmallInterview.Create();

    [Fact]
    public async Task Get_ReaderPage_LinksUseTheConfiguredBaseUrlNotTheRequestHost()
    {
        using var factory = new ReaderAppFactory { ContentRoot = _content.Root }
            .WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://reader.example.org/library"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/interviews/{SmallInterview.Slug}/bn");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"rel=\"canonical\" href=\"https://reader.example.org/library/interviews/{SmallInterview.Slug}/bn\"", html, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"hi\" href=\"https://reader.example.org/library/interviews/{SmallInterview.Slug}/hi\"", html, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"x-default\" href=\"https://reader.example.org/library/interviews/{SmallInterview.Slug}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/relative")]
    [InlineData("ftp://reader.example.org/")]
    [InlineData("https://reader.example.org/?q=1")]
    public void BaseUrl_NotAnAbsoluteHttpUrl_IsRefused(string baseUrl) =>
        Assert.Throws<OptionsValidationException>(() => new PublicUrls(Options.Create(new SiteOptions { BaseUrl = baseUrl })));

    public void Dispose() => _content.Dispose();
}
