using System.Net;
using AngleSharp.Html.Parser;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewReader.Web.Tests.Http;

/// <summary>An interview with a transcript in one language only opens in that language, never "side by side".</summary>
public sealed class SingleLanguageInterviewTests : IAsyncLifetime
{
    private readonly TempContent _content = new TempContent()
        .Interview("solo", ("hi", ["one", "two"]))
        .Interview("pair", ("hi", ["one"]), ("bn", ["one"]));

    private ReaderAppFactory? _app;

    private ReaderAppFactory App => _app ?? throw new InvalidOperationException("Not started.");

    public Task InitializeAsync()
    {
        _app = new ReaderAppFactory { ContentRoot = _content.Root };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _content.Dispose();
    }

    [Fact]
    public async Task Get_InterviewAddress_RedirectsToItsOneLanguage()
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/interviews/solo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/interviews/solo/hi", response.Headers.Location?.IsAbsoluteUri == true ? response.Headers.Location.AbsolutePath : response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ItsOneLanguage_IsAHindiPageThatOffersNoSideBySide()
    {
        using var client = App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/interviews/solo/hi", UriKind.Relative));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("hi", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["/interviews/solo/hi"], document.QuerySelectorAll(".language-toggle a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(document.QuerySelectorAll("a[href], link[href]"), e => e.GetAttribute("href")!.EndsWith("/interviews/solo", StringComparison.Ordinal));
        Assert.Equal(2, document.QuerySelectorAll("section.section-titled h2[lang='hi']").Length);
    }

    [Fact]
    public async Task Get_Library_CardOffersTheOneLanguageOnly()
    {
        using var client = App.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        var solo = document.QuerySelectorAll(".library-card").Single(c => c.QuerySelector("a[href^='/interviews/solo']") is not null);
        Assert.All(solo.QuerySelectorAll("a"), a => Assert.Equal("/interviews/solo/hi", a.GetAttribute("href")));
        var pair = document.QuerySelectorAll(".library-card").Single(c => c.QuerySelector("a[href^='/interviews/pair']") is not null);
        Assert.Contains(pair.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/interviews/pair");
    }
}
