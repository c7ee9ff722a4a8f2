using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// The highlighted passage and the "copied" confirmation: a copy moves the highlight to the passage
/// copied, the highlight stays off the next row's first line, and the confirmation covers no text.
/// The content is <see cref="SampleInterview"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CopyLinkHighlightTests(BrowserFixture browser, SampleSite site) : IClassFixture<SampleSite>
{
    /// <summary>site.css's --target in the light scheme.</summary>
    private static readonly (int R, int G, int B) Highlight = Pixels.Hex("#fff1b8");

    [Theory]
    [InlineData(SampleInterview.Hindi)]
    [InlineData(SampleInterview.Both)]
    public async Task Copy_WhileAnotherPassageIsTheTarget_TheHighlightMovesToTheCopiedOne(string view)
    {
        var (context, page) = await OpenAsync(view + "#first-part-p2", Viewports.Desktop);
        await using var _ = context;
        Assert.True(await IsTargetAsync(page, "first-part-p2"));

        var row = page.Locator("#first-part-p3");
        await row.HoverAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await row.Locator(":scope > .passage-link").ClickAsync();

        await page.WaitForFunctionAsync("() => document.getElementById('first-part-p3').matches(':target')", null, new() { Timeout = 5_000 });
        Assert.False(await IsTargetAsync(page, "first-part-p2"), "the passage linked to before the copy is still the target");
        Assert.Equal(site.Url(view + "#first-part-p3"), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));

        // And it is what is painted: the tint above the new target, none above the old one.
        await page.Mouse.MoveAsync(0, 0);
        await page.SettleAsync();
        var pixels = await Pixels.OfViewportAsync(page);
        var before = await page.Locator("#first-part-p2").BoxAsync();
        var now = await row.BoxAsync();
        Assert.True(pixels.ShareNear(Highlight, now.X, now.Y - 5, now.Width, 4) > 0.9, "the copied passage is not highlighted");
        Assert.True(pixels.ShareNear(Highlight, before.X, before.Y - 5, before.Width, 4) < 0.01, "the passage linked to before the copy is still highlighted");
    }

    [Theory]
    [InlineData(SampleInterview.Both, "desktop")]
    [InlineData(SampleInterview.Hindi, "desktop")]
    [InlineData(SampleInterview.Both, "phone")]
    [InlineData(SampleInterview.Bengali, "phone")]
    [InlineData(SampleInterview.Both, "desktop", "first-part-t1", "first-part-t2")]
    [InlineData(SampleInterview.Both, "desktop", "second-part", "second-part-p1")]
    public async Task Target_Highlight_StopsWhereTheNextRowBegins(string view, string viewport, string target = "second-part-p2", string next = "second-part-p3")
    {
        var (context, page) = await OpenAsync($"{view}#{target}", Viewports.Named(viewport));
        await using var _ = context;
        var pixels = await Pixels.OfViewportAsync(page);

        // A section is highlighted by its heading row.
        var highlighted = await page.Locator($"#{target}").EvaluateAsync<bool>("e => e.matches('section')")
            ? page.Locator($"#{target} > .heading-row")
            : page.Locator($"#{target}");
        var box = await highlighted.BoxAsync();
        var below = await page.Locator($"#{next}").BoxAsync();
        Assert.True(pixels.ShareNear(Highlight, box.X, box.Y - 5, box.Width, 4) > 0.9, $"#{target} is not highlighted");
        var onNext = pixels.ShareNear(Highlight, below.X, below.Y + 1, below.Width, 6);
        Assert.True(onNext < 0.01, $"the highlight of #{target} covers {onNext:P0} of the top of #{next}'s first line");
    }

    [Theory]
    [InlineData(SampleInterview.Hindi, "hi", "desktop")]
    [InlineData(SampleInterview.Bengali, "bn", "desktop")]
    [InlineData(SampleInterview.Hindi, "hi", "phone")]
    public async Task Copy_InOneLanguage_TheConfirmationShowsInItsLanguageOverNoText(string view, string lang, string viewport)
    {
        var (context, page) = await OpenAsync(view, Viewports.Named(viewport));
        await using var _ = context;

        // On a phone the passages' links are hidden: copy the section's.
        ILocator link;
        if (viewport == "phone")
        {
            link = page.Locator("#second-part > .heading-row > .copy-link");
        }
        else
        {
            await page.Locator("#second-part-p2").HoverAsync();
            link = page.Locator("#second-part-p2 > .passage-link");
        }

        await link.ClickAsync();
        var status = page.Locator("[role=status]");
        await Assertions.Expect(status).ToHaveTextAsync(await link.GetAttributeAsync("data-copied") ?? "(no data-copied)");
        Assert.Equal(lang, await status.GetAttributeAsync("lang"));

        Assert.Equal("none", await link.EvaluateAsync<string>("l => getComputedStyle(l, '::after').content"));
        var shown = await status.BoxAsync();
        Assert.True(shown.Width > 20 && shown.Height > 10, $"the confirmation is {shown.Width:0} x {shown.Height:0} px: not shown");
        await page.AssertInViewportAsync(status, "the confirmation");
        var covered = await page.EvaluateAsync<string[]>("""
            status => {
              // Text under the status, apart from text already hidden under the sticky language bar.
              const s = status.getBoundingClientRect();
              const bar = document.querySelector(".reader-bar").getBoundingClientRect();
              const inBar = (left, top, right, bottom) => left >= bar.left - 1 && right <= bar.right + 1 && top >= bar.top - 1 && bottom <= bar.bottom + 1;
              return Array.from(document.querySelectorAll(".cell, .toc, .reader-header"))
                .filter(e => {
                  const r = e.getBoundingClientRect();
                  const left = Math.max(r.left, s.left), right = Math.min(r.right, s.right), top = Math.max(r.top, s.top), bottom = Math.min(r.bottom, s.bottom);
                  return left < right && top < bottom && !inBar(left, top, right, bottom);
                })
                .map(e => (e.id || e.parentElement.id || e.className) + ": " + e.textContent.trim().slice(0, 30));
            }
            """, await status.ElementHandleAsync());
        var file = Screenshots.PathFor(view, viewport, "copied");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Assert.True(covered.Length == 0, $"the confirmation covers (see {file}):\n" + string.Join("\n", covered));
    }

    private static Task<bool> IsTargetAsync(IPage page, string id) => page.EvaluateAsync<bool>("id => document.getElementById(id).matches(':target')", id);

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path, ViewportSize viewport)
    {
        var (context, page) = await browser.NewPageAsync(viewport);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) });
        await page.OpenAsync(site.Url(path));
        return (context, page);
    }
}
