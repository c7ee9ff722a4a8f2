using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>Content that is not perfect still makes pages a reader (and axe) can use.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImperfectContentTests(BrowserFixture browser, ImperfectContentApp app) : IClassFixture<ImperfectContentApp>
{
    [Theory]
    [InlineData("/interviews/gap/bn")]
    [InlineData("/interviews/gap/hi")]
    [InlineData("/interviews/gap")]
    public async Task RunAxe_InterviewWithASectionMissingInBengali_NoViolations(string path)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Desktop, baseUrl: app.BaseUrl);
        await using var _ = context;
        await page.OpenAsync(path);

        var result = await page.RunAxe();

        var violations = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}) at {n.Target}: {v.Help}")).ToList();
        Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Open_BengaliLackingASection_OneNoticeWhoseLinkOpensTheSectionInHindi(string viewport)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Named(viewport), baseUrl: app.BaseUrl);
        await using var _ = context;
        await page.OpenAsync("/interviews/gap/bn#two");

        var notice = page.Locator("#two .missing");
        await Assertions.Expect(notice).ToHaveCountAsync(1);
        await page.AssertInViewportAsync(notice, "the notice of the linked section is on screen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("/interviews/gap/bn#two", viewport) });

        await notice.GetByRole(AriaRole.Link).ClickAsync();

        await page.WaitForAddressAsync(new Regex("/interviews/gap/hi#two$"));
        await Assertions.Expect(page.Locator("#two-p1 .cell[lang='hi']")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Open_InterviewInHindiOnly_OpensInHindi(string viewport)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Named(viewport), baseUrl: app.BaseUrl);
        await using var _ = context;

        await page.OpenAsync("/interviews/solo#two");

        await page.WaitForAddressAsync(new Regex("/interviews/solo/hi#two$"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hi");
        await Assertions.Expect(page.Locator(".language-toggle a")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("/interviews/solo", viewport) });
    }

    [Fact]
    public async Task Open_SideBySide_ALanguageLackingTheSectionShowsNoBulletsBesideItsTakeaways()
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Desktop, baseUrl: app.BaseUrl);
        await using var _ = context;
        await page.OpenAsync("/interviews/gap#two-takeaways");

        var absent = page.Locator("#two-takeaways .takeaway-items .cell.absent");
        await Assertions.Expect(absent).ToHaveCountAsync(2);
        var bullets = await absent.EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c, '::before').content)");
        var present = await page.Locator("#two-takeaways .takeaway-items .cell:not(.absent)").EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c, '::before').content)");

        Assert.All(bullets, content => Assert.Equal("none", content));
        Assert.All(present, content => Assert.NotEqual("none", content));
    }

    [Theory]
    [InlineData("/interviews/gap/bn", "bengali")]
    [InlineData("/interviews/gap/hi", "devanagari")]
    [InlineData("/interviews/gap", "decimal")]
    public async Task Open_Contents_NumberedInThePagesDigits(string path, string listStyle)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Desktop, baseUrl: app.BaseUrl);
        await using var _ = context;
        await page.OpenAsync(path);

        var style = await page.Locator(".toc ol").EvaluateAsync<string>("ol => getComputedStyle(ol).listStyleType");

        Assert.Equal(listStyle, style);
    }
}
