using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// Links within a page (contents, section and passage links, the skip link) stay on the page:
/// they move to their target and never open another address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InPageLinkTests(BrowserFixture app)
{
    public static TheoryData<string> Views() => [.. Routes.ReaderViews];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task EveryFragmentLink_PointsIntoThisPage_AtAnElementThatExists(string view)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, javaScript: false);
        await using var _ = context;
        await page.GotoAsync(view);

        var links = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(a => a.href)");

        Assert.True(links.Length > 20, $"{view}: only {links.Length} in-page links");
        Assert.All(links, href =>
        {
            var url = new Uri(href);
            Assert.Equal(view, url.AbsolutePath);
            Assert.NotEmpty(url.Fragment);
        });
        var missing = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ContentsLink_Click_ScrollsToTheSectionOnTheSamePage(bool javaScript)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, javaScript: javaScript);
        await using var _ = context;
        await page.GotoAsync(Routes.Bengali);

        await page.Locator(".toc a[href='#democracy']").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(Routes.Bengali)}#democracy$"));
        await page.AssertInViewportAsync(page.Locator("#democracy h2"), "after clicking the contents link");
    }
}
