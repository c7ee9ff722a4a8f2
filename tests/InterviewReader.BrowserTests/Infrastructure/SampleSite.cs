namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>
/// The app on its own temporary content root holding only <see cref="SampleInterview"/>, for a test
/// class (IClassFixture). Pages are opened by absolute URL through <see cref="BrowserFixture"/>'s browser.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("ir-browser-").FullName;
    private AppProcess? _app;

    /// <summary>The running app's address.</summary>
    public Uri BaseUrl => (_app ?? throw new InvalidOperationException("The site is not started.")).BaseUrl;

    /// <summary>What the app has logged, for failure messages.</summary>
    public string AppOutput => _app?.Output ?? "";

    /// <summary>The absolute URL of a path (with its fragment) on this site.</summary>
    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>Writes the interview and starts the app on it.</summary>
    public async Task InitializeAsync()
    {
        SampleInterview.WriteTo(_root);
        _app = AppProcess.Start(_root, AppProcess.FreePort());
        await _app.WaitForOkAsync(SampleInterview.Both, System.Diagnostics.Stopwatch.StartNew());
    }

    /// <summary>Stops the app and deletes the content.</summary>
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
