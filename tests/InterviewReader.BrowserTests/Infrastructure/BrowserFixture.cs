using Microsoft.Playwright;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>One app process and one Chromium for every browser test; each test opens its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// How long any wait on a condition may take (an action, a navigation, an Expect assertion).
    /// Generous on purpose: the tests wait for conditions, never for time, so a slow machine
    /// (2 cores shared with a build) only makes them slower; only a condition that never comes
    /// true uses all of it.
    /// </summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(120);

    private AppProcess? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running app's address.</summary>
    public Uri BaseUrl => App.BaseUrl;

    /// <summary>What the app has logged, for failure messages.</summary>
    public string AppOutput => App.Output;

    private AppProcess App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Starts the app on the fixture content, then Chromium.</summary>
    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();
        // Expect(...) assertions retry until their condition holds; Playwright's default gives up after 5 s.
        Assertions.SetDefaultExpectTimeout((float)WaitLimit.TotalMilliseconds);
        _app = AppProcess.Start(RepoPaths.FixtureContent, AppProcess.FreePort());
        try
        {
            await _app.WaitForOkAsync("/", System.Diagnostics.Stopwatch.StartNew());
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A fresh context (cookies, cache, viewport) whose relative URLs go to the app, or to <paramref name="baseUrl"/>
    /// (another app); with <paramref name="touch"/>, a touch screen (a phone: taps, no hover).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize viewport, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true, Uri? baseUrl = null, bool touch = false)
    {
        App.EnsureRunning();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseUrl ?? BaseUrl).GetLeftPart(UriPartial.Authority),
            ViewportSize = viewport,
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
            HasTouch = touch,
        });
        context.SetDefaultTimeout((float)WaitLimit.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)WaitLimit.TotalMilliseconds);
        return context;
    }

    /// <summary>A page in a fresh context; dispose the returned context when done.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(ViewportSize viewport, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true, Uri? baseUrl = null, bool touch = false)
    {
        var context = await NewContextAsync(viewport, colorScheme, javaScript, baseUrl, touch);
        return (context, await context.NewPageAsync());
    }

    /// <summary>Closes Chromium and kills the app.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
