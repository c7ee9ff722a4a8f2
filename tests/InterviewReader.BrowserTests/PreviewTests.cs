using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>The editors' live preview follows the files in the browser, over its circuit; reading pages open none.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewTests(BrowserFixture browser, PreviewApp app) : IClassFixture<PreviewApp>
{
    private const string Preview = "/preview/" + RepoPaths.FixtureSlug;
    private const string Row = "#founders-call-p1";
    private const string Original = "कई लोगों के लिए, CEO होना";
    private const string Edited = "बहुत लोगों के लिए, CEO होना";

    [Fact]
    public async Task Edit_BreakAndFixTheTranscript_PageFollowsWithoutReloadKeepingItsPlace()
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Desktop, baseUrl: app.BaseUrl);
        await using var _ = context;
        await page.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var circuit = page.WaitForWebSocketAsync(new PageWaitForWebSocketOptions { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal) });
        await page.OpenAsync(Preview);
        await circuit;
        // The circuit's first render replaces the prerendered elements: wait for it before holding any.
        await Assertions.Expect(page.Locator(".preview")).ToHaveAttributeAsync("data-rendered", "live");
        await Assertions.Expect(page.Locator($"{Row} .cell[lang=hi]")).ToContainTextAsync(Original);
        // Only a reload clears this: it proves the page was updated in place.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await page.Locator("#centralised-power").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.getElementById('centralised-power').scrollIntoView()");
        var top = await TopOfAsync(page, "#centralised-power");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(Preview, "desktop", "clean") });

        await app.SaveHindiAsync(app.OriginalHindi.Replace(Original, Edited, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator($"{Row} .cell[lang=hi]")).ToContainTextAsync(Edited);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        Assert.InRange(await TopOfAsync(page, "#centralised-power"), top - 4, top + 4);

        var broken = app.OriginalHindi + "<div>raw</div>\n";
        var line = app.OriginalHindi.Count(c => c == '\n') + 1;
        await app.SaveHindiAsync(broken);
        var error = page.Locator(".preview-problems .problem.error");
        await Assertions.Expect(error).ToContainTextAsync(new Regex($@"hi\.md:{line}: error: "));
        await Assertions.Expect(page.Locator(".preview")).ToHaveClassAsync(new Regex(@"\bstale\b"));
        // The last good version stays visible (the edited one), under its problem.
        await Assertions.Expect(page.Locator($"{Row} .cell[lang=hi]")).ToContainTextAsync(Edited);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(Preview, "desktop", "broken") });

        await app.SaveHindiAsync(app.OriginalHindi);
        await Assertions.Expect(page.Locator(".preview-problems .problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".preview")).Not.ToHaveClassAsync(new Regex(@"\bstale\b"));
        await Assertions.Expect(page.Locator($"{Row} .cell[lang=hi]")).ToContainTextAsync(Original);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0, $"CSP blocked {string.Join(", ", violations)}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interviews/emad-mostaque")]
    [InlineData("/interviews/emad-mostaque/bn")]
    public async Task Open_ReadingPageWithThePreviewOn_OpensNoWebSocketAndLoadsNoBlazor(string path)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Desktop, baseUrl: app.BaseUrl);
        await using var _ = context;
        var sockets = new List<string>();
        var requests = new List<string>();
        page.WebSocket += (_, ws) =>
        {
            lock (sockets)
            {
                sockets.Add(ws.Url);
            }
        };
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };

        await page.OpenAsync(path);
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.SettleAsync();
        // The same wait the preview needs to open its socket, on a page that must not open one.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(sockets);
        Assert.DoesNotContain(requests, r => r.Contains("/_framework/", StringComparison.Ordinal) || r.Contains("/_blazor", StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => 'Blazor' in window"));
    }

    [Fact]
    public async Task Restart_TheServer_PageSaysItIsReconnectingThenComesBackByItself()
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Desktop, baseUrl: app.BaseUrl);
        await using var _ = context;
        var first = page.WaitForWebSocketAsync(new PageWaitForWebSocketOptions { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal) });
        await page.OpenAsync(Preview);
        await first;
        await Assertions.Expect(page.Locator(".preview")).ToHaveAttributeAsync("data-rendered", "live");
        await page.EvaluateAsync("() => { window.__beforeRestart = true; }");
        var dialog = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await app.RestartAsync();

        // The dialog opened while the server was away: it is open now, or the page has already come back.
        await page.WaitForFunctionAsync("() => !window.__beforeRestart || document.getElementById('components-reconnect-modal').open");
        // The new server does not know the old circuit: the page loads again and opens a new one.
        await page.WaitForFunctionAsync("() => !window.__beforeRestart && document.querySelector('.preview[data-rendered=live] #founders-call-p1') !== null");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".preview-problems")).ToBeVisibleAsync();
    }

    private static async Task<double> TopOfAsync(IPage page, string selector) =>
        await page.EvaluateAsync<double>($"() => document.querySelector('{selector}').getBoundingClientRect().top");
}
