using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>A sentence with no translation says so: beside it, in a one-language view, and at its link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoTranslationTests(BrowserFixture app, DroppedParagraphApp dropped) : IClassFixture<DroppedParagraphApp>
{
    private const string Row = "democracy-p2";

    [Fact]
    public async Task Hover_SentenceWithoutTranslationSideBySide_TheOtherLanguagesEmptyCellIsMarked()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, baseUrl: dropped.BaseUrl);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);
        var missing = page.Locator($"#{Row} > .cell.missing[lang=bn]");
        var sentence = page.Locator($"#{Row} > .cell[lang=hi] .s").Nth(1);
        await sentence.ScrollIntoViewIfNeededAsync();
        await page.Mouse.MoveAsync(0, 0);
        var plain = await missing.EvaluateAsync<string>("c => getComputedStyle(c).borderTopStyle");

        await sentence.HoverAsync();

        var bead = await sentence.GetAttributeAsync("data-s");
        await Assertions.Expect(missing.Locator($".s-gap[data-s='{bead}']")).ToHaveClassAsync(new Regex(@"\bon\b"));
        Assert.Equal("dashed", plain);
        Assert.Equal("solid", await missing.EvaluateAsync<string>("c => getComputedStyle(c).borderTopStyle"));
    }

    [Fact]
    public async Task Tap_SentenceWithoutTranslationOnAPhone_SaysItIsNotInTheOtherLanguage()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Phone, baseUrl: dropped.BaseUrl, touch: true);
        await using var _ = context;
        await page.OpenAsync(Routes.Hindi);
        var sentence = page.Locator($"#{Row} .s").First;
        await sentence.ScrollIntoViewIfNeededAsync();

        await sentence.TapAsync();

        var shown = page.Locator($"#{Row} .translation");
        await Assertions.Expect(shown).ToHaveTextAsync("এই ভাষায় নেই");
        Assert.Equal("bn", await shown.Locator("span").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Open_LinkToASentenceTheViewLacks_LandsOnTheRowsPlaceholder()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Phone, baseUrl: dropped.BaseUrl);
        await using var _ = context;

        await page.OpenAsync($"{Routes.Bengali}#{Row}-s2");

        var target = page.Locator($"#{Row}-s2");
        Assert.Equal(Row, await target.EvaluateAsync<string>("t => t.closest('.row').id"));
        await Assertions.Expect(target).ToHaveClassAsync(new Regex(@"\bs-gap\b.*\bhit\b|\bhit\b.*\bs-gap\b"));
        await page.AssertInViewportAsync(page.Locator($"#{Row} > .cell.missing"), "the row without Bengali");
    }
}
