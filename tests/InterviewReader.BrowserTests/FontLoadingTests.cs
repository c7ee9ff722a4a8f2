using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>The self-hosted Noto faces load where their script is shown, and only there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FontLoadingTests(BrowserFixture app)
{
    private const string Devanagari = "Noto Sans Devanagari";
    private const string Bengali = "Noto Sans Bengali";

    // The whole faces' files (the Latin subset is also named noto-sans-devanagari-latin-…, and the
    // name-only subsets noto-sans-…-name-…).
    private const string DevanagariFile = "noto-sans-devanagari-devanagari";
    private const string BengaliFile = "noto-sans-bengali-bengali";

    [Fact]
    public async Task Open_SideBySide_BothScriptFontsLoadedAndUsable()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        Assert.True(await CheckAsync(page, Devanagari, "क"), $"document.fonts.check says {Devanagari} cannot render क");
        Assert.True(await CheckAsync(page, Bengali, "ক"), $"document.fonts.check says {Bengali} cannot render ক");
        Assert.Equal(["loaded"], await StatusesAsync(page, Devanagari));
        Assert.Equal(["loaded"], await StatusesAsync(page, Bengali));
    }

    [Theory]
    [InlineData(Routes.Hindi, Devanagari, Bengali, BengaliFile, "IR Bengali Name", "বাংলা")]
    [InlineData(Routes.Bengali, Bengali, Devanagari, DevanagariFile, "IR Devanagari Name", "हिन्दी")]
    public async Task Open_SingleLanguage_OtherScriptFontNeverDownloaded_ItsNameDrawnFromTheNameFont(
        string path, string shown, string other, string otherFile, string nameFont, string name)
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
        // Read to the end, so every part of the page has been laid out and painted.
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.SettleAsync();

        Assert.Equal(["loaded"], await StatusesAsync(page, shown));
        Assert.Equal(["unloaded"], await StatusesAsync(page, other));
        string[] all;
        lock (requested)
        {
            all = [.. requested];
        }

        var fetched = all.Where(url => url.Contains(otherFile, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(fetched.Count == 0, $"{path} downloaded {other}: {string.Join(", ", fetched)}");
        Assert.Contains(all, url => url.Contains("/fonts/", StringComparison.Ordinal));

        // The toggle names the other language in its own script, from a font of just those glyphs.
        Assert.Equal(["loaded"], await StatusesAsync(page, nameFont));
        Assert.True(await CheckAsync(page, nameFont, name), $"{nameFont} cannot render {name}");
        var link = page.Locator(".language-toggle a.name-font");
        Assert.Equal(name, await link.InnerTextAsync());
        Assert.StartsWith($"\"{nameFont}\"", await link.EvaluateAsync<string>("a => getComputedStyle(a).fontFamily"), StringComparison.Ordinal);
    }

    private static Task<bool> CheckAsync(IPage page, string family, string text) =>
        page.EvaluateAsync<bool>("([family, text]) => document.fonts.check(`16px \"${family}\"`, text)", new[] { family, text });

    private static async Task<string[]> StatusesAsync(IPage page, string family) =>
        await page.EvaluateAsync<string[]>(
            "family => Array.from(document.fonts).filter(f => f.family.replaceAll('\"', '') === family).map(f => f.status)",
            family);
}
