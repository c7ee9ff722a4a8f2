using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

/// <summary>The script views of issue 10 §2 on the fixture interview: /bn-deva, /hi-beng, /deva, /beng.</summary>
public sealed partial class ScriptViewTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private const string Base = "/interviews/emad-mostaque";

    [Theory]
    [InlineData("/bn-deva", "bn-Deva", "bn-Deva", "devanagari-devanagari,bengali-name")]
    [InlineData("/hi-beng", "hi-Beng", "hi-Beng", "devanagari-name,bengali-bengali")]
    [InlineData("/deva", "en", "hi,bn-Deva", "devanagari-devanagari,bengali-name")]
    [InlineData("/beng", "en", "hi-Beng,bn", "devanagari-name,bengali-bengali")]
    public async Task Get_ScriptView_Is200WithItsLangsAndOnlyItsScriptsFont(string view, string htmlLang, string cellLangs, string fonts)
    {
        var (status, document) = await GetAsync(Base + view);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(htmlLang, document.DocumentElement.GetAttribute("lang"));
        var langs = document.QuerySelectorAll(".reader p.cell[lang]").Select(c => c.GetAttribute("lang")).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(cellLangs.Split(',').Order(StringComparer.Ordinal), langs);
        // Font files are named for their bytes (name.{hash}.woff2); the name before the hash says which font it is.
        var preloaded = document.QuerySelectorAll("link[rel=preload][as=font]").Select(l => FontFingerprint().Replace(l.GetAttribute("href")!, ".woff2"));
        Assert.Equal(fonts.Split(',').Select(f => $"/fonts/noto-sans-{f}-400-normal.woff2").Prepend("/fonts/noto-sans-devanagari-latin-400-normal.woff2"), preloaded);
    }

    [Theory]
    [InlineData("/bn-deva", "bn-Deva", '\u0900', '\u097F')]
    [InlineData("/hi-beng", "hi-Beng", '\u0980', '\u09FF')]
    public async Task Get_SingleScriptView_HasNoLetterOfTheOtherScriptOutsideTheToggle(string view, string lang, char first, char last)
    {
        var (_, document) = await GetAsync(Base + view);

        // Only the other language's own name (in the toggle and the shortcuts' help, with its name-only font) is in the other script.
        foreach (var name in document.QuerySelectorAll(".language-toggle a.name-font, .keyboard-help .name-font"))
        {
            name.Remove();
        }

        var text = document.Body!.TextContent;
        // । and ॥ (in the Devanagari block) are both scripts' full stops.
        Assert.All(text.Where(c => c is >= '\u0900' and <= '\u09FF' and not ('।' or '॥')), c => Assert.InRange(c, first, last));
        Assert.Contains(text, c => c >= first && c <= last);
        Assert.All(document.QuerySelectorAll(".reader .cell[lang]"), c => Assert.Contains(c.GetAttribute("lang"), new[] { lang, "en" }));
    }

    [Fact]
    public async Task Get_BengaliInDevanagari_ShowsTheSharedWordsAsHindiWritesThem()
    {
        var (_, document) = await GetAsync(Base + "/bn-deva");

        var text = document.Body!.TextContent;
        Assert.Contains("बुद्धिमत्ता", text, StringComparison.Ordinal);
        Assert.Contains("स्वाधीनता", text, StringComparison.Ordinal);
        // Emphasis and links survive transliteration: the same elements as on /bn.
        var (_, original) = await GetAsync(Base + "/bn");
        Assert.Equal(original.QuerySelectorAll(".reader strong, .reader em, .reader a[href^='http']").Length, document.QuerySelectorAll(".reader strong, .reader em, .reader a[href^='http']").Length);
    }

    [Theory]
    [InlineData("/bn-deva", "/bn")]
    [InlineData("/hi-beng", "/hi")]
    [InlineData("/deva", "")]
    [InlineData("/beng", "")]
    public async Task Get_ScriptView_IsAnAlternateOfTheOriginal(string view, string original)
    {
        var (_, document) = await GetAsync(Base + view);

        Assert.EndsWith(Base + original, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        var alternates = document.QuerySelectorAll("link[rel=alternate]").ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        Assert.Equal(Base + "/hi", alternates["hi"]);
        Assert.Equal(Base + "/bn", alternates["bn"]);
        Assert.Equal(Base + "/bn-deva", alternates["bn-Deva"]);
        Assert.Equal(Base + "/hi-beng", alternates["hi-Beng"]);
        Assert.Equal(Base, alternates["x-default"]);
    }

    [Theory]
    [InlineData("/bn", "/bn", "/bn-deva", "বাংলা লিপি", "দেবনাগরী")]
    [InlineData("/bn-deva", "/bn", "/bn-deva", "बांला लिपि", "देबनागरी")]
    [InlineData("/hi", "/hi", "/hi-beng", "देवनागरी", "बांग्ला लिपि")]
    public async Task Get_ScriptSwitch_IsLinksNamedInThePageLanguageWithTheCurrentMarked(string view, string own, string other, string ownName, string otherName)
    {
        var (_, document) = await GetAsync(Base + view);

        var links = document.QuerySelectorAll(".script-switch a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal([Base + own, Base + other], links.Select(l => l.GetAttribute("href")));
        Assert.Equal([ownName, otherName], links.Select(l => l.TextContent.Trim()));
        Assert.All(links, l => Assert.True(l.HasAttribute("data-keep-place")));
        Assert.Equal(Base + view, Assert.Single(links, l => l.GetAttribute("aria-current") == "page").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_LanguageToggleInAScriptView_KeepsTheScript()
    {
        var (_, document) = await GetAsync(Base + "/bn-deva");

        Assert.Equal([Base + "/hi", Base + "/deva", Base + "/bn-deva"], document.QuerySelectorAll(".language-toggle a").Select(a => a.GetAttribute("href")));
        Assert.Equal([Base, Base + "/deva", Base + "/beng"], (await GetAsync(Base + "/deva")).Document.QuerySelectorAll(".script-switch a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/bn-deva")]
    [InlineData("/hi-beng")]
    [InlineData("/deva")]
    [InlineData("/beng")]
    public async Task Get_ScriptView_HasTheSameAnchorsAndCopyLinksAsTheOriginal(string view)
    {
        var (_, document) = await GetAsync(Base + view);
        var (_, original) = await GetAsync(Base + (view.Length > 5 ? "/" + view[1..3] : ""));

        Assert.Equal(original.QuerySelectorAll("[id]").Select(e => e.Id), document.QuerySelectorAll("[id]").Select(e => e.Id));
        Assert.Equal(original.QuerySelectorAll(".copy-link").Select(a => a.GetAttribute("href")), document.QuerySelectorAll(".copy-link").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/bn-Deva")]
    [InlineData("/hi-deva")]
    [InlineData("/bn-beng")]
    [InlineData("/latn")]
    [InlineData("/xx-deva")]
    public async Task Get_NoSuchScriptView_Is404(string view)
    {
        var (status, _) = await GetAsync(Base + view);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public void AllFor_TheFixture_ListsEveryViewOnceWithDistinctAddresses()
    {
        var interview = ContentSnapshotOf(factory).Find(RepoPaths.FixtureSlug)!;

        var urls = ReaderView.AllFor(interview).Select(v => v.Url).ToList();

        Assert.Equal(
            new[] { "", "/hi", "/bn", "/hi-beng", "/bn-deva", "/deva", "/beng" }.Select(s => Base + s),
            urls);
    }

    private static InterviewReader.Content.Loading.ContentSnapshot ContentSnapshotOf(ReaderAppFactory app)
    {
        using var _ = app.CreateClient();
        return ((InterviewReader.Web.ContentHosting.ContentStore)app.Services.GetService(typeof(InterviewReader.Web.ContentHosting.ContentStore))!).Current;
    }

    private async Task<(HttpStatusCode Status, IHtmlDocument Document)> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.woff2$")]
    private static partial Regex FontFingerprint();
}
