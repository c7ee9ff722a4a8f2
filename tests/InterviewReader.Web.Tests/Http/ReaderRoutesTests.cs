using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

public sealed class ReaderRoutesTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private static readonly string[] SectionIds = ["founders-call", "centralised-power", "decentralised-intelligence", "democracy"];

    [Theory]
    [InlineData("/", "en")]
    [InlineData("/interviews/emad-mostaque", "en")]
    [InlineData("/interviews/emad-mostaque/hi", "hi")]
    [InlineData("/interviews/emad-mostaque/bn", "bn")]
    public async Task Get_ReadingRoutes_Return200WithHtmlLangOfTheView(string url, string lang)
    {
        var (status, document) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque")]
    [InlineData("/interviews/emad-mostaque/hi")]
    [InlineData("/interviews/emad-mostaque/bn")]
    public async Task Get_ReaderViews_HaveEverySectionAndBlockAnchor(string url)
    {
        var (_, document) = await GetAsync(url);

        foreach (var id in SectionIds)
        {
            Assert.NotNull(document.QuerySelector($"section#{id} h2"));
            Assert.NotNull(document.GetElementById($"{id}-p1"));
            Assert.NotNull(document.GetElementById($"{id}-p2"));
            Assert.NotNull(document.GetElementById($"{id}-takeaways"));
            foreach (var n in new[] { 1, 2, 3 })
            {
                Assert.NotNull(document.GetElementById($"{id}-t{n}"));
            }

            Assert.NotNull(document.QuerySelector($".toc a[href='#{id}']"));
            Assert.NotNull(document.QuerySelector($"section#{id} .copy-link[href='#{id}']"));
        }

        Assert.NotNull(document.GetElementById("intro-p1"));
        Assert.NotNull(document.GetElementById("closing-quote"));
    }

    [Fact]
    public async Task Get_SideBySide_FirstResponseHoldsEverySeedLineOfBothLanguages()
    {
        var (_, document) = await GetAsync("/interviews/emad-mostaque");
        var text = Normalize(document.Body!.TextContent);

        foreach (var line in SeedLines())
        {
            Assert.Contains(Normalize(line), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque/hi", "hi", "bn")]
    [InlineData("/interviews/emad-mostaque/bn", "bn", "hi")]
    public async Task Get_SingleLanguageView_ShowsOnlyThatLanguage(string url, string shown, string hidden)
    {
        var (_, document) = await GetAsync(url);

        Assert.NotEmpty(document.QuerySelectorAll($".cell[lang='{shown}']"));
        // The exceptions: the toggle and the shortcuts' help name the other language in its own
        // script, with its name-only font. (Its sentences, for tap-to-translate, are in inert templates.)
        var others = document.QuerySelectorAll($"[lang='{hidden}']");
        Assert.Equal(2, others.Length);
        Assert.Equal($"/interviews/emad-mostaque/{hidden}", others[0].GetAttribute("href"));
        Assert.NotNull(others[1].Closest(".keyboard-help"));
        Assert.All(others, o => Assert.Contains("name-font", o.ClassList));
    }

    [Fact]
    public async Task Get_SideBySide_EveryRowHasOneCellPerLanguage()
    {
        var (_, document) = await GetAsync("/interviews/emad-mostaque");

        var rows = document.QuerySelectorAll(".reader .row[id]");
        Assert.Equal(4 * (2 + 3) + 2, rows.Length);
        Assert.All(rows, row => Assert.Equal(2, row.Children.Count(c => c.ClassList.Contains("cell"))));
        Assert.Empty(document.QuerySelectorAll(".cell.missing"));
    }

    [Fact]
    public async Task Get_LanguageToggle_IsLinksWithTheCurrentViewMarked()
    {
        var (_, document) = await GetAsync("/interviews/emad-mostaque/bn");

        var links = document.QuerySelectorAll(".language-toggle a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(["/interviews/emad-mostaque/hi", "/interviews/emad-mostaque", "/interviews/emad-mostaque/bn"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal("/interviews/emad-mostaque/bn", Assert.Single(links, l => l.GetAttribute("aria-current") == "page").GetAttribute("href"));
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque")]
    [InlineData("/interviews/emad-mostaque/hi")]
    public async Task Get_ReaderPages_NeedNoBlazorCircuit(string url)
    {
        var (_, document) = await GetAsync(url);

        Assert.DoesNotContain(document.Scripts, s => (s.Source ?? "").Contains("blazor", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_Library_ListsTheInterviewInBothLanguagesWithItsViews()
    {
        var (_, document) = await GetAsync("/");

        var card = Assert.Single(document.QuerySelectorAll(".library-card"));
        Assert.Contains("के साथ साक्षात्कार Emad Mostaque", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("সাক্ষাৎকার Emad Mostaque", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Peter H. Diamandis", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2024-03-29", "2024-03-29"], card.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("मार्च", card.QuerySelector(".byline[lang='hi'] time")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("মার্চ", card.QuerySelector(".byline[lang='bn'] time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["/interviews/emad-mostaque", "/interviews/emad-mostaque/hi", "/interviews/emad-mostaque/bn"],
            card.QuerySelectorAll(".views a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque")]
    [InlineData("/")]
    public async Task Get_PageInBothLanguages_SaysItsInterfaceInEachLanguageNotEnglish(string url)
    {
        var (_, document) = await GetAsync(url);

        Assert.Equal(
            [("hi", "पुस्तकालय"), ("bn", "গ্রন্থাগার")],
            document.QuerySelectorAll(".library-link span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
        Assert.Equal(
            [("hi", "पाठ पर जाएँ"), ("bn", "লেখায় যান")],
            document.QuerySelectorAll(".skip-link span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
        if (url != "/")
        {
            Assert.Equal(
                [("hi", "विषय-सूची"), ("bn", "সূচিপত্র")],
                document.QuerySelectorAll("#toc-heading span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
        }
    }

    [Fact]
    public async Task Get_HindiView_SaysItsInterfaceInHindiOnly()
    {
        var (_, document) = await GetAsync("/interviews/emad-mostaque/hi");

        Assert.Equal("पुस्तकालय", document.QuerySelector(".library-link")!.TextContent.Trim());
        Assert.Equal("विषय-सूची", document.QuerySelector("#toc-heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Library_EachTitleLeadsToItsOwnLanguage_AndSideBySideIsNamedInBoth()
    {
        var (_, document) = await GetAsync("/");

        var titles = document.QuerySelectorAll(".library-card h2 a");
        Assert.Equal(
            [("hi", "/interviews/emad-mostaque/hi"), ("bn", "/interviews/emad-mostaque/bn")],
            titles.Select(a => (a.GetAttribute("lang"), a.GetAttribute("href"))));
        var sideBySide = document.QuerySelector(".views a[href='/interviews/emad-mostaque']")!;
        Assert.Equal([("hi", "साथ-साथ"), ("bn", "পাশাপাশি")], sideBySide.QuerySelectorAll("span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque", "devanagari-devanagari,bengali-bengali")]
    [InlineData("/interviews/emad-mostaque/hi", "devanagari-devanagari,bengali-name")]
    [InlineData("/interviews/emad-mostaque/bn", "devanagari-name,bengali-bengali")]
    public async Task Get_ReaderView_PreloadsTheLatinAndShownScriptFonts_AndTheOthersNameFontOnly(string url, string scripts)
    {
        var (_, document) = await GetAsync(url);

        var preloaded = document.QuerySelectorAll("link[rel=preload][as=font]").Select(l => l.GetAttribute("href")).ToList();
        var expected = scripts.Split(',').Select(s => $"/fonts/noto-sans-{s}-400-normal.").Prepend("/fonts/noto-sans-devanagari-latin-400-normal.").ToList();
        Assert.Equal(expected.Count, preloaded.Count);
        Assert.All(expected.Zip(preloaded), pair => Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(pair.First)}[0-9a-f]{{10}}\\.woff2$", pair.Second!));
        var css = await File.ReadAllTextAsync(Path.Combine(RepoPaths.WebProject, "wwwroot", "css", "site.css"));
        Assert.All(preloaded, href => Assert.Contains($"url(\"..{href}\")", css, StringComparison.Ordinal));
    }

    private async Task<(HttpStatusCode Status, IHtmlDocument Document)> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    // The seed texts in tests/TestData/Seeds (hi.txt, bn.txt), copied beside the test assembly.
    private static IEnumerable<string> SeedLines() =>
        new[] { "hi", "bn" }
            .SelectMany(language => File.ReadAllLines(Path.Combine(RepoPaths.Seeds, $"{language}.txt")))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
