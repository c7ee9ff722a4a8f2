using InterviewReader.BrowserTests.Infrastructure;

namespace InterviewReader.BrowserTests;

/// <summary>Each takeaway's bullet sits on the middle of its first line, in both languages and at both widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TakeawayBulletTests(BrowserFixture app)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Open_SideBySide_BulletCentredOnFirstLine(string viewport)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        // For every takeaway cell: how far the bullet's middle is from the middle of the first line of text.
        var offsets = await page.EvaluateAsync<BulletOffset[]>("""
            () => Array.from(document.querySelectorAll(".takeaway-items p.cell")).map(cell => {
              const before = getComputedStyle(cell, "::before");
              const cellTop = cell.getBoundingClientRect().top;
              const bullet = cellTop + parseFloat(before.top) + parseFloat(before.height) / 2;
              const range = document.createRange();
              range.selectNodeContents(cell);
              const line = range.getClientRects()[0];
              return { Row: cell.parentElement.id, Lang: cell.lang, Offset: bullet - (line.top + line.height / 2) };
            })
            """);

        Assert.Equal(24, offsets.Length);
        var off = offsets.Where(o => Math.Abs(o.Offset) > 3).Select(o => $"{o.Row} [{o.Lang}]: {o.Offset:0.0} px").ToList();
        Assert.True(off.Count == 0, $"bullets off their first line at {viewport} width:\n" + string.Join("\n", off));
    }

    /// <summary>A bullet's distance from the middle of its first line (negative: above).</summary>
    public sealed class BulletOffset
    {
        public string Row { get; set; } = "";

        public string Lang { get; set; } = "";

        public double Offset { get; set; }
    }
}
