using System.Net;
using System.Text.RegularExpressions;
using InterviewReader.Web.Localization;
using InterviewReader.Web.Site;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Search;

/// <summary>/search over HTTP on the fixture: each script, hostile queries, paging, caching and the header box.</summary>
public sealed partial class SearchPageTests : IClassFixture<ReaderAppFactory>
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public SearchPageTests(ReaderAppFactory factory)
    {
        _factory = factory;
        _client = _factory.CreateClient();
    }

    [Theory]
    [InlineData("बुद्धिमत्ता")]
    [InlineData("বুদ্ধিমত্তা")]
    [InlineData("Stability")]
    public async Task A_query_in_any_script_lists_passages_of_both_languages_with_marks(string query)
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString(query));
        var hits = Hits().Matches(html);
        Assert.Contains(hits, h => h.Groups["lang"].Value == "hi");
        Assert.Contains(hits, h => h.Groups["lang"].Value == "bn");
        Assert.All(hits, h =>
        {
            Assert.Matches($"^/interviews/emad-mostaque/{h.Groups["lang"].Value}#[a-z-]+-[pqt][0-9]+$", h.Groups["href"].Value);
            Assert.Contains("<mark>", h.Groups["body"].Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Nothing_found_says_so_with_a_hint_in_each_language()
    {
        var html = await _client.GetStringAsync("/search?q=zzqxv");
        foreach (var code in new[] { "hi", "bn" })
        {
            Assert.Contains(SearchTexts.For(code).NothingFound, html, StringComparison.Ordinal);
            Assert.Contains(SearchTexts.For(code).NothingFoundHint, html, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(Hits(), html);
    }

    [Fact]
    public async Task An_empty_query_shows_the_hint_and_false_friends_alone_say_they_are_not_searched()
    {
        Assert.Contains(SearchTexts.For("hi").Hint, await _client.GetStringAsync("/search"), StringComparison.Ordinal);
        Assert.Contains(SearchTexts.For("bn").CommonWordsOnly, await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("के কে")), StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "",
        "q=",
        "q=%20%20%20",
        "q=" + new string('a', 3000),
        "q=" + string.Concat(Enumerable.Repeat("%E0%A4%95%20", 500)),
        "q=a%00b%01c%1F%7F%C2%85",
        "q=%FF%FE%ED%A0%80",
        "q=" + Uri.EscapeDataString("*:* AND (title:\"x\"~2^3) [a TO z] {b TO c} /re/ \\ ? - + ! && ||"),
        "q=" + Uri.EscapeDataString("<script>alert(1)</script>\"'><img src=x onerror=alert(1)>"),
        "q=a&q=b",
        "q[]=x",
        "q=AI&page=abc",
        "q=AI&page=-1",
        "q=AI&page=99999999999999999999999",
        "q=AI&page=2&page=3",
        "q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Range(0, 100).Select(i => "ab" + i))),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task A_hostile_query_is_answered_200_or_400_and_never_executes(string queryString)
    {
        var response = await _client.GetAsync("/search?" + queryString);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {queryString}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_query_is_shown_back_escaped()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("<b>x</b>"));
        Assert.Contains("value=\"&lt;b&gt;x&lt;/b&gt;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_query_is_cut_and_the_reader_told()
    {
        var html = await _client.GetStringAsync("/search?q=" + new string('a', 3000));
        Assert.Contains("value=\"" + new string('a', 200) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("search-note", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_page_in_pages_of_twenty_and_a_page_out_of_range_is_the_first()
    {
        var first = await _client.GetStringAsync("/search?q=AI");
        var second = await _client.GetStringAsync("/search?q=AI&page=2");
        Assert.Equal(20, Hits().Matches(first).Count);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        var firstLinks = Hits().Matches(first).Select(m => m.Groups["href"].Value).ToHashSet();
        Assert.DoesNotContain(Hits().Matches(second), m => firstLinks.Contains(m.Groups["href"].Value));
        Assert.Equal(first, await _client.GetStringAsync("/search?q=AI&page=9999"));
    }

    [Fact]
    public async Task Search_pages_are_never_stored_with_the_pages()
    {
        var store = _factory.Services.GetRequiredService<SitePageStore>();
        _ = await _client.GetStringAsync("/search?q=warmup");
        var before = store.StoredBytes;
        var rendered = store.Renderer.Rendered;
        for (var i = 0; i < 30; i++)
        {
            var response = await _client.GetAsync($"/search?q=word{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, store.StoredBytes);
        Assert.Equal(rendered, store.Renderer.Rendered);
        Assert.NotEqual(await _client.GetStringAsync("/search?q=AI"), await _client.GetStringAsync("/search?q=Stability"));
    }

    [Theory]
    [InlineData("/", "hi", "bn")]
    [InlineData("/interviews/emad-mostaque/hi", "hi", null)]
    [InlineData("/interviews/emad-mostaque/bn", "bn", null)]
    [InlineData("/interviews/emad-mostaque", "hi", "bn")]
    public async Task Every_page_has_a_search_box_in_its_header_in_its_languages(string path, string lang, string? second)
    {
        var html = await _client.GetStringAsync(path);
        var header = html[html.IndexOf("<header class=\"site-header\"", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        var form = header[header.IndexOf("<form", StringComparison.Ordinal)..];
        Assert.Contains("action=\"/search\" method=\"get\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"q\"", form, StringComparison.Ordinal);
        string[] spoken = second is null ? [lang] : [lang, second];
        foreach (var code in new[] { "hi", "bn" })
        {
            var button = $"<span lang=\"{code}\">{SearchTexts.For(code).Search}</span>";
            if (spoken.Contains(code))
            {
                Assert.Contains(button, form, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(button, form, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_language_of_the_site_has_its_search_words()
    {
        Assert.All(WebLanguages.All, l => Assert.True(SearchTexts.Has(l.Code), l.Code));
    }

    [GeneratedRegex("<li lang=\"(?<lang>[a-z-]+)\">\\s*<a href=\"(?<href>[^\"]+)\">(?<body>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Hits();
}
