using Microsoft.Playwright;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>Small helpers over Playwright pages.</summary>
internal static class PageExtensions
{
    /// <summary>Opens a path and waits until the page and its web fonts have loaded and laid out (needs JavaScript).</summary>
    public static async Task<IResponse?> OpenAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.SettleAsync();
        return response;
    }

    /// <summary>Waits for the web fonts and two animation frames, so layout (and reader.js's scroll handler) has caught up.</summary>
    public static async Task SettleAsync(this IPage page)
    {
        await page.EvaluateAsync("""
            async () => {
              await document.fonts.ready;
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
            """);
    }

    /// <summary>The element's box, failing with the selector when it is not rendered.</summary>
    public static async Task<LocatorBoundingBoxResult> BoxAsync(this ILocator locator)
    {
        return await locator.BoundingBoxAsync()
            ?? throw new Xunit.Sdk.XunitException($"{locator} has no bounding box (not rendered).");
    }

    /// <summary>Fails unless the element lies wholly inside the viewport.</summary>
    public static async Task AssertInViewportAsync(this IPage page, ILocator locator, string because)
    {
        var box = await locator.BoxAsync();
        var viewport = page.ViewportSize ?? throw new InvalidOperationException("The page has no fixed viewport.");
        var scrollY = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(
            box.Y >= 0 && box.Y + box.Height <= viewport.Height,
            $"{because}: {locator} spans y = {box.Y:0}..{box.Y + box.Height:0} in a {viewport.Width}x{viewport.Height} viewport (scrollY = {scrollY:0}, url = {page.Url}).");
    }
}
