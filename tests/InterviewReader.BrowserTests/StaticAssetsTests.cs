using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>The stylesheet and script the pages link are served with their content, and the stylesheet applies.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticAssetsTests(BrowserFixture app)
{
    [Fact]
    public async Task Open_SideBySide_LinkedStylesheetAndScriptHaveContentAndApply()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        var responses = new List<IResponse>();
        page.Response += (_, response) =>
        {
            lock (responses)
            {
                responses.Add(response);
            }
        };

        await page.OpenAsync(Routes.Both);

        IResponse[] assets;
        lock (responses)
        {
            assets = [.. responses.Where(r => r.Url.EndsWith(".css", StringComparison.Ordinal) || r.Url.EndsWith(".js", StringComparison.Ordinal))];
        }

        Assert.Contains(assets, r => r.Url.Contains("/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, r => r.Url.Contains("/js/reader.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var body = await asset.BodyAsync();
            Assert.True(asset.Status == 200 && body.Length > 500, $"{asset.Url} answered {asset.Status} with {body.Length} bytes");
        }

        // site.css sets the page background to --bg (#fdfaf4 in light mode).
        Assert.Equal("rgb(253, 250, 244)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }
}
