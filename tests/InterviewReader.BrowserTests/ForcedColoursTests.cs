using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// Forced colours (Windows high contrast) replace backgrounds and drop shadows: the takeaway bullets
/// and the highlight of the passage linked to must still show. Checked on the painted pixels.
/// The content is <see cref="SampleInterview"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForcedColoursTests(BrowserFixture browser, SampleSite site) : IClassFixture<SampleSite>
{
    [Theory]
    [InlineData(SampleInterview.Hindi, "desktop")]
    [InlineData(SampleInterview.Both, "phone")]
    public async Task ForcedColours_TakeawayBullets_StillDrawn(string view, string viewport)
    {
        var page = await OpenAsync(view + "#first-part-takeaways", viewport);
        await using var _ = page.Context;
        var file = Screenshots.PathFor(view + "#first-part-takeaways", viewport, "forced-colours");
        var pixels = await Pixels.OfViewportAsync(page, file);

        // Each bullet's middle, and a point of the padding between it and the text (the page's background).
        var bullets = await page.EvaluateAsync<BulletPoint[]>("""
            () => Array.from(document.querySelectorAll("#first-part-takeaways .takeaway-items p.cell")).map(cell => {
              const box = cell.getBoundingClientRect();
              const before = getComputedStyle(cell, "::before");
              const x = box.left + parseFloat(before.left) + parseFloat(before.width) / 2;
              const y = box.top + parseFloat(before.top) + parseFloat(before.height) / 2;
              return { Row: cell.parentElement.id, Lang: cell.lang, X: x, Y: y, BackgroundX: x + parseFloat(before.width) };
            }).filter(b => b.Y > 0 && b.Y < innerHeight)
            """);

        Assert.NotEmpty(bullets);
        var unseen = bullets
            .Where(b => Pixels.Distance(pixels.At(b.X, b.Y), pixels.At(b.BackgroundX, b.Y)) < 100)
            .Select(b => $"{b.Row} [{b.Lang}]: {pixels.At(b.X, b.Y)} on {pixels.At(b.BackgroundX, b.Y)}")
            .ToList();
        Assert.True(unseen.Count == 0, $"bullets not drawn in forced colours (see {file}):\n" + string.Join("\n", unseen));
    }

    [Theory]
    [InlineData(SampleInterview.Hindi, "desktop", "second-part-p2")]
    [InlineData(SampleInterview.Both, "phone", "second-part-p2")]
    [InlineData(SampleInterview.Both, "desktop", "first-part-t2")]
    public async Task ForcedColours_TargetPassage_StillMarked(string view, string viewport, string target)
    {
        var page = await OpenAsync($"{view}#{target}", viewport);
        await using var _ = page.Context;
        var file = Screenshots.PathFor($"{view}#{target}", viewport, "forced-colours");
        var pixels = await Pixels.OfViewportAsync(page, file);
        var box = await page.Locator($"#{target}").BoxAsync();

        // The page's background, then the lines of pixels in the gap just above the passage:
        // a mark must run across most of one of them.
        var background = pixels.At(2, box.Y - 6);
        var best = Enumerable.Range(1, 12)
            .Select(dy => Enumerable.Range(0, (int)box.Width).Count(dx => Pixels.Distance(pixels.At(box.X + dx, box.Y - dy), background) > 60) / box.Width)
            .Max();
        Assert.True(best > 0.8, $"nothing marks #{target} in forced colours (see {file}; at most {best:P0} of a line above it differs from the background {background})");
    }

    private async Task<IPage> OpenAsync(string path, string viewport)
    {
        var (_, page) = await browser.NewPageAsync(Viewports.Named(viewport));
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        await page.OpenAsync(site.Url(path));
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"));
        return page;
    }

    /// <summary>Where a bullet's middle is, and a point of background beside it.</summary>
    public sealed class BulletPoint
    {
        public string Row { get; set; } = "";

        public string Lang { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }

        public double BackgroundX { get; set; }
    }
}
