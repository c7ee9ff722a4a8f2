using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>Switching language from the toggle keeps the reader's place (reader.js carries the fragment).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LanguageToggleTests(BrowserFixture app)
{
    [Fact]
    public async Task ClickBengali_WhileReadingDemocracy_OpensBengaliViewAtDemocracy()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync($"{Routes.Both}#democracy");

        // Scroll so the section's top has just passed the line reader.js reads the place from (a fifth of
        // the way down) while its first paragraph has not, so the place is the section itself.
        await page.EvaluateAsync("""
            () => {
              const top = document.getElementById("democracy").getBoundingClientRect().top + window.scrollY;
              window.scrollTo(0, top - window.innerHeight / 5 + 10);
            }
            """);
        await page.SettleAsync();
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#democracy')");

        var bengali = page.Locator(".language-toggle a", new PageLocatorOptions { HasText = "বাংলা" });
        var href = await bengali.GetAttributeAsync("href") ?? "";
        Assert.Matches(DemocracyFragment(), href);

        // A script click, which does not scroll: this checks that the link carries the place. What a person
        // who has to scroll up to the toggle gets is the skipped test below.
        await bengali.DispatchEventAsync("click");
        await page.WaitForAddressAsync(BengaliAtDemocracy());
        await page.SettleAsync();

        Assert.Matches(BengaliAtDemocracy(), new Uri(page.Url).PathAndQuery + new Uri(page.Url).Fragment);
        await page.AssertInViewportAsync(page.Locator("#democracy h2"), "after switching to বাংলা");
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the Bengali view opened at the top");
    }

    [Fact]
    public async Task ClickBengali_AfterScrollingToToggle_StillOpensAtDemocracy()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync($"{Routes.Both}#democracy");
        await page.EvaluateAsync("() => window.scrollBy(0, 40)");
        await page.SettleAsync();

        // As a person would: bring the toggle into view, let the page react, then click it.
        var bengali = page.Locator(".language-toggle a", new PageLocatorOptions { HasText = "বাংলা" });
        await bengali.ScrollIntoViewIfNeededAsync();
        await page.SettleAsync();
        await bengali.ClickAsync();
        await page.WaitForAddressAsync(new Regex(Regex.Escape(Routes.Bengali)));
        await page.SettleAsync();

        Assert.Matches(BengaliAtDemocracy(), page.Url);
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the Bengali view opened at the top");
    }

    [GeneratedRegex("#democracy(-[a-z0-9-]+)?$")]
    private static partial Regex DemocracyFragment();

    [GeneratedRegex("/interviews/emad-mostaque/bn#democracy(-[a-z0-9-]+)?$")]
    private static partial Regex BengaliAtDemocracy();
}
