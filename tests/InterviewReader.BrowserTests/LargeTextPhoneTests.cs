using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// A phone (390 × 844) whose reader has set text to 200 %: the language bar stays a small part of
/// the screen, the toggle keeps its shape, the skip link stays hidden until focused, and nothing,
/// not even a long URL, makes the page scroll sideways. The content is <see cref="SampleInterview"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeTextPhoneTests(BrowserFixture browser, SampleSite site) : IClassFixture<SampleSite>
{
    /// <summary>The most of the screen's height the language bar may cover while reading.</summary>
    private const double MaxBarShare = 0.12;

    public static TheoryData<string> Views => [SampleInterview.Both, SampleInterview.Hindi, SampleInterview.Bengali];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Text200_ScrolledIntoTheText_BarCoversLittleOfTheScreen(string view)
    {
        var (context, page) = await OpenAsync(view + "#second-part-p2");
        await using var _ = context;

        var covered = await page.EvaluateAsync<double>("""
            () => {
              const bar = document.querySelector(".reader-bar").getBoundingClientRect();
              return Math.max(0, Math.min(bar.bottom, innerHeight) - Math.max(bar.top, 0));
            }
            """);

        Assert.True(covered <= MaxBarShare * Viewports.Phone.Height, $"the language bar covers {covered:0} px of the {Viewports.Phone.Height} px screen while reading {view}");
        // And the linked passage is not under it.
        var target = await page.Locator("#second-part-p2").BoxAsync();
        var bar = await page.Locator(".reader-bar").BoxAsync();
        Assert.True(target.Y >= Math.Max(0, bar.Y + bar.Height) - 1, $"#second-part-p2 starts at y {target.Y:0}, under the bar ending at {bar.Y + bar.Height:0}");
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Text200_Toggle_PillsOnOneLineEachApartAndOnScreen(string view)
    {
        var (context, page) = await OpenAsync(view);
        await using var _ = context;

        var pills = await page.EvaluateAsync<PillBox[]>("""
            () => Array.from(document.querySelectorAll(".language-toggle a")).map(a => {
              const box = a.getBoundingClientRect();
              // The lines its words sit on: the tops of the text's boxes, a line apart.
              const tops = [];
              const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.textContent.trim()) {
                  const range = document.createRange();
                  range.selectNodeContents(node);
                  tops.push(...Array.from(range.getClientRects()).map(r => r.top));
                }
              }
              const half = parseFloat(getComputedStyle(a).fontSize) / 2;
              const lines = tops.sort((x, y) => x - y).filter((top, i) => i === 0 || top - tops[i - 1] > half).length;
              return { Text: a.textContent.trim(), Left: box.left, Top: box.top, Right: box.right, Bottom: box.bottom,
                       Lines: lines, Border: parseFloat(getComputedStyle(a).borderTopWidth) };
            })
            """);

        Assert.Equal(3, pills.Length);
        foreach (var pill in pills)
        {
            Assert.True(pill.Left >= 0 && pill.Right <= Viewports.Phone.Width, $"'{pill.Text}' lies at x {pill.Left:0}..{pill.Right:0}, off the {Viewports.Phone.Width} px screen");
            Assert.True(pill.Lines == 1, $"'{pill.Text}' is broken over {pill.Lines} lines");
        }

        foreach (var (a, b) in pills.SelectMany((a, i) => pills.Skip(i + 1).Select(b => (a, b))))
        {
            var overlap = a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Top < b.Bottom - 0.5 && b.Top < a.Bottom - 0.5;
            Assert.False(overlap, $"'{a.Text}' and '{b.Text}' overlap");
        }

        // Pills on more than one row cannot share one rounded outline: each must have its own.
        if (pills.Select(p => Math.Round(p.Top)).Distinct().Count() > 1)
        {
            Assert.All(pills, p => Assert.True(p.Border > 0, $"'{p.Text}' wrapped onto its own row without an outline of its own"));
        }
    }

    [Fact]
    public async Task Text200_SkipLink_OffScreenUntilFocusedThenWhollyOnScreen()
    {
        var (context, page) = await OpenAsync(SampleInterview.Both);
        await using var _ = context;
        var skip = page.Locator(".skip-link");

        var hidden = await skip.BoxAsync();
        Assert.True(hidden.Y + hidden.Height <= 0, $"the unfocused skip link shows at y {hidden.Y:0}..{hidden.Y + hidden.Height:0}");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await page.AssertInViewportAsync(skip, "the focused skip link");
        var shown = await skip.BoxAsync();
        Assert.True(shown.X >= 0 && shown.X + shown.Width <= Viewports.Phone.Width, $"the focused skip link spans x {shown.X:0}..{shown.X + shown.Width:0}");
    }

    [Theory]
    [InlineData("/interviews/sample-talk", true)]
    [InlineData("/interviews/sample-talk/hi", true)]
    [InlineData("/interviews/sample-talk/bn", true)]
    [InlineData("/interviews/sample-talk", false)]
    public async Task LongUrlInText_Phone_PageDoesNotScrollSideways(string view, bool largeText)
    {
        var (context, page) = await OpenAsync(view, largeText);
        await using var _ = context;
        Assert.Contains(SampleInterview.LongUrl, await page.Locator("#first-part-p1").InnerTextAsync(), StringComparison.Ordinal);

        var width = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Viewports.Phone.Width, $"{view} is {width} px wide on a {Viewports.Phone.Width} px screen");
        var cell = await page.Locator("#first-part-p1 > .cell").First.BoxAsync();
        Assert.True(cell.X + cell.Width <= Viewports.Phone.Width, $"the paragraph with the URL ends at x {cell.X + cell.Width:0}");
    }

    /// <summary>Opens the page on the phone, with the browser's text size at 200 % (or 100 %).</summary>
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path, bool largeText = true)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Phone);
        if (largeText)
        {
            await page.SetTextSizeAsync(200);
        }

        await page.OpenAsync(site.Url(path));
        var rootSize = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize");
        Assert.Equal(TextSize.RootFontSize(largeText ? 200 : 100), rootSize);
        return (context, page);
    }

    /// <summary>Where a toggle link is and how it is drawn.</summary>
    public sealed class PillBox
    {
        public string Text { get; set; } = "";

        public double Left { get; set; }

        public double Top { get; set; }

        public double Right { get; set; }

        public double Bottom { get; set; }

        public int Lines { get; set; }

        public double Border { get; set; }
    }
}
