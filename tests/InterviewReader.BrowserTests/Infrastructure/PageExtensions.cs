using System.Text.RegularExpressions;
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

    /// <summary>
    /// Waits until the page is at an address matching <paramref name="address"/> and that document
    /// has loaded. Not WaitForURLAsync: it checks the current address and then subscribes to
    /// navigations, racing the thread that delivers them (microsoft/playwright-dotnet#3364), so on a
    /// loaded machine it can miss a navigation that has just happened and wait until it times out.
    /// Both waits here poll instead, and a poll cannot miss what has already happened.
    /// </summary>
    public static async Task WaitForAddressAsync(this IPage page, Regex address, bool javaScript = true)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address);
        if (javaScript)
        {
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        }
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

    /// <summary>
    /// Starts recording what the page announces in its live regions ([role=status], [aria-live]). reader.js
    /// clears an announcement after 2 s, so a test that looked for it later could miss it on a
    /// slow machine; see <see cref="WaitForAnnouncementAsync"/>.
    /// </summary>
    public static async Task RecordAnnouncementsAsync(this IPage page)
    {
        await page.EvaluateAsync("""
            () => {
              window.__announcements = [];
              window.__announcementVoices = [];
              for (const region of document.querySelectorAll("[role=status], [aria-live]")) {
                new MutationObserver(() => {
                  if (region.textContent) {
                    window.__announcements.push(region.textContent);
                    const parts = Array.from(region.querySelectorAll("[lang]"));
                    window.__announcementVoices.push(parts.length > 0
                      ? parts.map(p => `${p.lang}:${p.textContent}`).join("|")
                      : `${region.lang}:${region.textContent}`);
                  }
                }).observe(region, { childList: true, characterData: true, subtree: true });
              }
            }
            """);
    }

    /// <summary>Waits until the page has announced the text (any text when empty) since <see cref="RecordAnnouncementsAsync"/>, and returns what it announced.</summary>
    public static async Task<string> WaitForAnnouncementAsync(this IPage page, string text = "")
    {
        var announced = await page.WaitForFunctionAsync(
            "text => (window.__announcements || []).find(a => text === '' ? a.length > 0 : a === text)",
            text);
        return await announced.JsonValueAsync<string>();
    }

    /// <summary>
    /// Waits until the page has announced something in exactly these voices since
    /// <see cref="RecordAnnouncementsAsync"/>: each part as <c>lang:text</c>, parts joined by <c>|</c>.
    /// </summary>
    public static async Task WaitForAnnouncementVoicesAsync(this IPage page, string voices)
    {
        await page.WaitForFunctionAsync("voices => (window.__announcementVoices || []).includes(voices)", voices);
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
