using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Site;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Http;

/// <summary><c>/interviews/{slug}/alignment.tmx</c>: the sentence pairs as TMX, stored like a page, linked from the reader.</summary>
public sealed class AlignmentTmxTests : IDisposable
{
    private const string Tmx = $"/interviews/{RepoPaths.FixtureSlug}/alignment.tmx";

    private readonly WebApplicationFactory<Program> _factory = new ReaderAppFactory();

    [Fact]
    public void PathFor_BundledInterview_IsTheAddressServed() =>
        Assert.Equal(Tmx, AlignmentTmx.PathFor(RepoPaths.FixtureSlug));

    [Fact]
    public async Task Get_BundledInterview_IsTmxWithOneTuPerSentencePairInBothLanguages()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(Tmx);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-tmx+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("1.4", (string?)document.Root!.Attribute("version"));
        Assert.Equal("sentence", (string?)document.Root.Element("header")!.Attribute("segtype"));
        var units = document.Root.Element("body")!.Elements("tu").ToList();
        Assert.Equal(41, units.Count);
        Assert.All(units, tu => Assert.Equal(["hi", "bn"], tu.Elements("tuv").Select(v => (string?)v.Attribute(XNamespace.Xml + "lang"))));
        Assert.StartsWith("Abundance 360 के दर्शकों को", units[0].Elements("tuv").First().Element("seg")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Twice_StoredOnceWithAStrongETagAndRevalidatedWith304()
    {
        using var client = _factory.CreateClient();
        var renderer = _factory.Services.GetRequiredService<PageRenderer>();

        using var first = await client.GetAsync(Tmx);
        var renderedAfterFirst = renderer.Rendered;
        using var second = await client.GetAsync(Tmx);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Tmx);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var notModified = await client.SendAsync(conditional);

        Assert.True(renderedAfterFirst >= 1);
        Assert.Equal(renderedAfterFirst, renderer.Rendered);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Get_WithBrotliAccepted_IsSentCompressed()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Tmx);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");

        using var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Head_BundledInterview_Is200WithoutABody()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Tmx));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_UnknownInterview_Is404WithTheNotFoundPageAndStoresNothingNew()
    {
        using var client = _factory.CreateClient();
        var pages = _factory.Services.GetRequiredService<SitePageStore>();
        using var warm = await client.GetAsync("/interviews/nobody/alignment.tmx");
        var rendered = pages.Renderer.Rendered;
        var stored = pages.StoredBytes;

        using var response = await client.GetAsync("/interviews/someone-else/alignment.tmx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(rendered, pages.Renderer.Rendered);
        Assert.Equal(stored, pages.StoredBytes);
    }

    [Theory]
    [InlineData($"/interviews/{RepoPaths.FixtureSlug}", "বাক্য-জোড়া (TMX)")]
    [InlineData($"/interviews/{RepoPaths.FixtureSlug}/hi", "वाक्य-युग्म (TMX)")]
    [InlineData($"/interviews/{RepoPaths.FixtureSlug}/bn", "বাক্য-জোড়া (TMX)")]
    public async Task Get_ReaderViews_LinkTheTmxNamedInTheViewsLanguages(string page, string name)
    {
        using var client = _factory.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(page));

        var link = Assert.Single(document.QuerySelectorAll(".reader-header .alignment-link a"));
        Assert.Equal(Tmx, link.GetAttribute("href"));
        Assert.Contains(name, link.TextContent, StringComparison.Ordinal);
        Assert.All(link.QuerySelectorAll("span"), part => Assert.False(string.IsNullOrEmpty(part.GetAttribute("lang"))));
    }

    [Fact]
    public async Task Get_SideBySide_NamesTheLinkInBothLanguages()
    {
        using var client = _factory.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"/interviews/{RepoPaths.FixtureSlug}"));

        var link = document.QuerySelector(".alignment-link a")!;
        Assert.Equal(["hi", "bn"], link.QuerySelectorAll("span[lang]").Select(s => s.GetAttribute("lang")));
    }

    public void Dispose() => _factory.Dispose();
}
