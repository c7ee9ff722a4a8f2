using System.Globalization;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>A reader's text size setting, as the browser applies it: the default font size, not a zoom.</summary>
internal static class TextSize
{
    /// <summary>Chromium's default sizes at 100 %.</summary>
    private const int Standard = 16;
    private const int Fixed = 13;

    /// <summary>
    /// Sets the page's default font size to <paramref name="percent"/> % (Chromium's "font size"
    /// setting, through the DevTools protocol), before the next navigation lays anything out.
    /// Unlike a stylesheet rule it reaches rem, em and media queries alike, as the real setting does.
    /// </summary>
    public static async Task SetTextSizeAsync(this IPage page, int percent)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Page.setFontSizes", new Dictionary<string, object>
        {
            ["fontSizes"] = new Dictionary<string, object>
            {
                ["standard"] = Standard * percent / 100,
                ["fixed"] = Fixed * percent / 100,
            },
        });
    }

    /// <summary>The root element's computed font size in px ("32px" at 200 %).</summary>
    public static string RootFontSize(int percent) => (Standard * percent / 100).ToString(CultureInfo.InvariantCulture) + "px";
}
