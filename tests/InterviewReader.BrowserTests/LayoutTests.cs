using InterviewReader.BrowserTests.Infrastructure;

namespace InterviewReader.BrowserTests;

/// <summary>Counterparts sit side by side on a wide screen and interleave pair by pair on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture app)
{
    [Fact]
    public async Task Open_PhoneWidth_PairsInterleaveHindiThenBengali()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Phone);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        var hi1 = await page.Locator("#founders-call-p1 > p.cell[lang=hi]").BoxAsync();
        var bn1 = await page.Locator("#founders-call-p1 > p.cell[lang=bn]").BoxAsync();
        var hi2 = await page.Locator("#founders-call-p2 > p.cell[lang=hi]").BoxAsync();
        var bn2 = await page.Locator("#founders-call-p2 > p.cell[lang=bn]").BoxAsync();

        Assert.True(bn1.Y >= hi1.Y + hi1.Height, $"bn p1 (top {bn1.Y:0}) starts above the end of hi p1 (bottom {hi1.Y + hi1.Height:0})");
        Assert.True(hi2.Y >= bn1.Y + bn1.Height, $"hi p2 (top {hi2.Y:0}) starts above the end of bn p1 (bottom {bn1.Y + bn1.Height:0})");
        Assert.True(bn2.Y >= hi2.Y + hi2.Height, $"bn p2 (top {bn2.Y:0}) starts above the end of hi p2 (bottom {hi2.Y + hi2.Height:0})");
        Assert.True(hi1.Width > 300 && bn1.Width > 300, $"cells should take the full phone width, got {hi1.Width:0} and {bn1.Width:0}");
    }

    [Fact]
    public async Task Open_DesktopWidth_EveryParagraphAndTakeawayPairStartsOnTheSameLine()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        // Where the two cells of every paragraph row and takeaway item row are.
        var rows = await page.EvaluateAsync<RowBoxes[]>("""
            () => Array.from(document.querySelectorAll("div.row[id], .takeaway-items li.row"))
              .filter(row => row.querySelector(":scope > p.cell"))
              .map(row => {
                const box = lang => row.querySelector(`:scope > .cell[lang=${lang}]`)?.getBoundingClientRect();
                const hi = box("hi"), bn = box("bn");
                return { Id: row.id, HiTop: hi?.top ?? -1, BnTop: bn?.top ?? -1, HiLeft: hi?.left ?? -1, BnLeft: bn?.left ?? -1 };
              })
            """);

        Assert.True(rows.Length >= 8 + 12, $"found only {rows.Length} paragraph and takeaway rows");
        var misaligned = rows
            .Where(r => r.HiTop < 0 || r.BnTop < 0 || Math.Abs(r.HiTop - r.BnTop) > 2 || r.BnLeft <= r.HiLeft)
            .Select(r => $"{r.Id}: hi top {r.HiTop:0.0} left {r.HiLeft:0}, bn top {r.BnTop:0.0} left {r.BnLeft:0}")
            .ToList();
        Assert.True(misaligned.Count == 0, "rows not side by side:\n" + string.Join("\n", misaligned));
    }

    /// <summary>Where a row's two cells are.</summary>
    public sealed class RowBoxes
    {
        public string Id { get; set; } = "";

        public double HiTop { get; set; }

        public double BnTop { get; set; }

        public double HiLeft { get; set; }

        public double BnLeft { get; set; }
    }

    [Theory]
    [InlineData("/interviews/emad-mostaque/hi")]
    [InlineData("/interviews/emad-mostaque")]
    public async Task Open_320WideWithText200Percent_NothingOffScreenOrScrollingSideways(string view)
    {
        var (context, page) = await app.NewPageAsync(new() { Width = 320, Height = 700 });
        await using var _ = context;
        await page.OpenAsync(view);

        // A reader's larger text setting: the root font size doubled (set from script: the CSP forbids inline style tags).
        await page.EvaluateAsync("() => document.documentElement.style.setProperty('font-size', '200%', 'important')");
        await page.SettleAsync();

        // 1 px of slack for sub-pixel rounding; before the fix the page was 447-464 px wide.
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 321, $"the page is {width} px wide on a 320 px screen");
        foreach (var control in await page.Locator(".language-toggle a, .site-header a").AllAsync())
        {
            var box = await control.BoxAsync();
            Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"{await control.InnerTextAsync()} lies at x {box.X:0}..{box.X + box.Width:0}, outside the 320 px screen");
        }
    }

    [Theory]
    [InlineData(390, 844, "founders-call-p2")]
    [InlineData(320, 640, "centralised-power-t2")]
    public async Task DeepLink_WithText200Percent_TargetStartsBelowTheTallerBar(int width, int height, string anchor)
    {
        var (context, page) = await app.NewPageAsync(new() { Width = width, Height = height });
        await using var _ = context;
        // A reader's larger text, in place before the page lays out. (An init script setting the root's
        // style ran before there was a root element, so this test used to run at 100 %.)
        await page.SetTextSizeAsync(200);

        await page.OpenAsync($"{Routes.Both}#{anchor}");
        Assert.Equal(TextSize.RootFontSize(200), await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize"));

        var bar = await page.Locator(".reader-bar").BoxAsync();
        var target = await page.Locator($"#{anchor}").BoxAsync();
        Assert.True(target.Y >= bar.Y + bar.Height - 1, $"#{anchor} starts at y {target.Y:0}, under the bar that ends at y {bar.Y + bar.Height:0}");
        Assert.True(target.Y < height / 2, $"#{anchor} starts at y {target.Y:0}, far below the bar");
    }
}
