using InterviewReader.BrowserTests.Infrastructure;

namespace InterviewReader.BrowserTests;

/// <summary>
/// The last passages of a page can never scroll up to the top: a link to one must keep its name
/// once the page has scrolled, and reaching the end of the page names the closing quote.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EndOfPageTests(BrowserFixture app)
{
    public static TheoryData<string, string, string> LastPassages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "desktop", "phone" })
        {
            foreach (var view in Routes.ReaderViews)
            {
                data.Add(view, "closing-quote", viewport);
                data.Add(view, "democracy-t3", viewport);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LastPassages))]
    public async Task OpenLinkToALastPassage_ThenScroll_AddressAndToggleKeepThatPassage(string view, string anchor, string viewport)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;
        await page.OpenAsync($"{view}#{anchor}");

        // Any scroll event (a nudge at the end of the page, a phone's address bar folding away) used to
        // rename the passage to whatever sat at the top: the address then pointed somewhere else.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('scroll'))");
        await page.SettleAsync();
        // A phone's bounce at the end of the page: a few pixels down and back up.
        await page.EvaluateAsync("() => window.scrollBy(0, 3)");
        await page.SettleAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, -3)");
        await page.SettleAsync();

        Assert.Equal($"#{anchor}", new Uri(page.Url).Fragment);
        var toggleLinks = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[data-keep-place]')).map(a => a.href)");
        Assert.NotEmpty(toggleLinks);
        Assert.All(toggleLinks, href => Assert.EndsWith($"#{anchor}", href, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task ScrollToTheVeryEnd_NamesTheClosingQuote(string viewport)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.SettleAsync();

        await page.WaitForFunctionAsync("() => location.hash === '#closing-quote'");
    }
}
