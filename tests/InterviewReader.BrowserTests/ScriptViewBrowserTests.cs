using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>The script views in Chromium: only the shown script's font is fetched, and the script switch keeps the place.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ScriptViewBrowserTests(BrowserFixture app)
{
    private const string DevanagariFile = "noto-sans-devanagari-devanagari";
    private const string BengaliFile = "noto-sans-bengali-bengali";

    [Theory]
    [InlineData("/interviews/emad-mostaque/bn-deva", "Noto Sans Devanagari", DevanagariFile, BengaliFile)]
    [InlineData("/interviews/emad-mostaque/deva", "Noto Sans Devanagari", DevanagariFile, BengaliFile)]
    [InlineData("/interviews/emad-mostaque/hi-beng", "Noto Sans Bengali", BengaliFile, DevanagariFile)]
    [InlineData("/interviews/emad-mostaque/beng", "Noto Sans Bengali", BengaliFile, DevanagariFile)]
    public async Task Open_ScriptView_LoadsItsScriptsFontAndNeverTheOther(string path, string family, string shownFile, string otherFile)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        var requested = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requested)
            {
                requested.Add(request.Url);
            }
        };

        await page.OpenAsync(path);
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.SettleAsync();

        string[] all;
        lock (requested)
        {
            all = [.. requested];
        }

        Assert.Contains(all, url => url.Contains(shownFile, StringComparison.Ordinal));
        var fetched = all.Where(url => url.Contains(otherFile, StringComparison.Ordinal)).ToList();
        Assert.True(fetched.Count == 0, $"{path} downloaded {string.Join(", ", fetched)}");
        // The transliterated text is drawn with the shown script's face.
        var cell = page.Locator(".reader p.cell").First;
        Assert.Contains(family, await cell.EvaluateAsync<string>("c => getComputedStyle(c).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("f => document.fonts.check(`16px \"${f}\"`, 'क ক')", family));
    }

    [Fact]
    public async Task ClickDevanagari_WhileReadingDemocracyInBengali_OpensBengaliInDevanagariAtDemocracy()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync("/interviews/emad-mostaque/bn#democracy");
        await page.EvaluateAsync("""
            () => {
              const top = document.getElementById("democracy").getBoundingClientRect().top + window.scrollY;
              window.scrollTo(0, top - window.innerHeight / 5 + 10);
            }
            """);
        await page.SettleAsync();
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#democracy')");

        var devanagari = page.Locator(".script-switch a", new PageLocatorOptions { HasText = "দেবনাগরী" });
        Assert.Matches(DemocracyFragment(), await devanagari.GetAttributeAsync("href") ?? "");
        await devanagari.DispatchEventAsync("click");
        await page.WaitForAddressAsync(DevanagariAtDemocracy());
        await page.SettleAsync();

        await page.AssertInViewportAsync(page.Locator("#democracy h2"), "after switching to দেবনাগরী");
        Assert.Equal("bn-Deva", await page.Locator("#democracy h2").GetAttributeAsync("lang"));
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the view opened at the top");
    }

    [GeneratedRegex("#democracy(-[a-z0-9-]+)?$")]
    private static partial Regex DemocracyFragment();

    [GeneratedRegex("/interviews/emad-mostaque/bn-deva#democracy(-[a-z0-9-]+)?$")]
    private static partial Regex DevanagariAtDemocracy();
}
