using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>Without JavaScript the page still holds the whole text and the language toggle still works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(BrowserFixture app)
{
    [Fact]
    public async Task Open_SideBySideWithoutJavaScript_ShowsAllHeadingsAndTakeawaysInBothLanguages()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, javaScript: false);
        await using var _ = context;

        await page.GotoAsync(Routes.Both);

        foreach (var language in new[] { "hi", "bn" })
        {
            var expected = ContentHeadings.Of(language);
            Assert.Equal(4, expected.Count);
            var shown = (await page.Locator($"section h2[lang={language}]").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
            Assert.Equal(expected, shown);
            Assert.Equal(12, await page.Locator($".takeaway-items li p.cell[lang={language}]").CountAsync());
        }

        Assert.Equal(12, await page.Locator(".takeaway-items li").CountAsync());
    }

    [Fact]
    public async Task ClickHindi_WithoutJavaScript_OpensHindiOnlyView()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, javaScript: false);
        await using var _ = context;
        await page.GotoAsync(Routes.Both);
        var hindiCells = await page.Locator("p.cell[lang=hi]").CountAsync();

        await page.Locator(".language-toggle a", new PageLocatorOptions { HasText = "हिन्दी" }).ClickAsync();
        await page.WaitForAddressAsync(new Regex(Regex.Escape(Routes.Hindi) + "$"), javaScript: false);
        await Assertions.Expect(page.Locator("p.cell[lang=hi]")).ToHaveCountAsync(hindiCells);

        Assert.Equal(Routes.Hindi, new Uri(page.Url).AbsolutePath);
        Assert.Equal(0, await page.Locator("p.cell[lang=bn]").CountAsync());
        Assert.Equal(hindiCells, await page.Locator("p.cell[lang=hi]").CountAsync());
        Assert.Equal(12, await page.Locator(".takeaway-items li").CountAsync());
    }
}
