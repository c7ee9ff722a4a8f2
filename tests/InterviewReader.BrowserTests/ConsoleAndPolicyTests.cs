using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>The strict Content-Security-Policy is one the pages satisfy: nothing is blocked, nothing errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleAndPolicyTests(BrowserFixture app)
{
    public static TheoryData<string> Pages => [Routes.Library, Routes.Both, Routes.Hindi, Routes.Bengali, Routes.UnknownInterview];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Open_Page_NoConsoleErrorsAndNoPolicyViolations(string path)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (errors)
                {
                    errors.Add($"{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error: {error}");
            }
        };
        await page.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.OpenAsync(path);
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.SettleAsync();

        Assert.Contains("default-src 'none'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0, $"{path}: CSP blocked {string.Join(", ", violations)}");
        var unexpected = errors.Where(e => !(path == Routes.UnknownInterview && e.Contains("404", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, $"{path}: {string.Join("\n", unexpected)}");
    }

    [Fact]
    public async Task Print_SideBySide_KeepsTwoColumnsAndHidesControls()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".reader-bar").IsVisibleAsync());
        Assert.False(await page.Locator(".copy-link").First.IsVisibleAsync());
        var hi = await page.Locator("#democracy-p1 .cell[lang=hi]").BoundingBoxAsync();
        var bn = await page.Locator("#democracy-p1 .cell[lang=bn]").BoundingBoxAsync();
        Assert.True(hi is not null && bn is not null && Math.Abs(hi.Y - bn.Y) < 2 && bn.X > hi.X + hi.Width, "the print view does not keep the pair side by side");
    }
}
