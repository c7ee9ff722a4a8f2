using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// Sharing one passage: each section heading has a visible copy-link control, and each paragraph,
/// takeaway and quote has one in the margin that appears on hover. Clicking copies the full link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CopyLinkTests(BrowserFixture app)
{
    [Fact]
    public async Task SectionLink_Click_CopiesTheFullLinkAndAnnouncesIt()
    {
        var (context, page) = await OpenWithClipboardAsync(Routes.Both + "#democracy");
        await using var _ = context;

        var link = page.Locator("#democracy > .heading-row > .copy-link");
        Assert.True(await link.IsVisibleAsync());
        await link.ClickAsync();

        // The announcement comes once the clipboard holds the link (and lasts only 2 s).
        await page.WaitForAnnouncementAsync("लिंक कॉपी हो गया · লিংক কপি হয়েছে");
        Assert.Equal(new Uri(app.BaseUrl, Routes.Both + "#democracy").ToString(), await ClipboardAsync(page));
        Assert.Equal(Routes.Both, new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData("democracy-p2")]
    [InlineData("centralised-power-t3")]
    [InlineData("closing-quote")]
    public async Task PassageLink_HiddenUntilHover_ThenCopiesTheLinkToThatPassage(string anchor)
    {
        var (context, page) = await OpenWithClipboardAsync(Routes.Bengali);
        await using var _ = context;
        var row = page.Locator($"#{anchor}");
        var link = row.Locator(":scope > .passage-link");
        await row.ScrollIntoViewIfNeededAsync();
        await page.Mouse.MoveAsync(0, 0);
        Assert.Equal("0", await link.EvaluateAsync<string>("l => getComputedStyle(l).opacity"));

        await row.HoverAsync();
        await Assertions.Expect(link).ToHaveCSSAsync("opacity", "1");
        Assert.Equal("এই অনুচ্ছেদের লিংক কপি করুন", await link.GetAttributeAsync("aria-label"));
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await link.ClickAsync();

        await page.WaitForAnnouncementAsync();
        Assert.Equal(new Uri(app.BaseUrl, $"{Routes.Bengali}#{anchor}").ToString(), await ClipboardAsync(page));
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, $"{Routes.Bengali}#{anchor}").ToString());
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
        var toggleLinks = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[data-keep-place]')).map(a => a.href)");
        Assert.All(toggleLinks, href => Assert.EndsWith($"#{anchor}", href, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Routes.Both, "hi:लिंक कॉपी हो गया|bn:লিংক কপি হয়েছে")]
    [InlineData(Routes.Bengali, "bn:লিংক কপি হয়েছে")]
    public async Task SectionLink_Click_AnnouncesTheCopyInEachShownLanguagesOwnVoice(string path, string voices)
    {
        var (context, page) = await OpenWithClipboardAsync(path);
        await using var _ = context;

        await page.Locator("#democracy > .heading-row > .copy-link").ClickAsync();

        await page.WaitForAnnouncementVoicesAsync(voices);
    }

    [Fact]
    public async Task PassageLink_KeyboardFocus_MakesItVisible()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        var link = page.Locator("#founders-call-p1 > .passage-link");
        await link.FocusAsync();

        await Assertions.Expect(link).ToHaveCSSAsync("opacity", "1");
    }

    private async Task<(IBrowserContext Context, IPage Page)> OpenWithClipboardAsync(string path)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl.GetLeftPart(UriPartial.Authority) });
        await page.OpenAsync(path);
        await page.RecordAnnouncementsAsync();
        return (context, page);
    }

    private static Task<string> ClipboardAsync(IPage page) => page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
}
