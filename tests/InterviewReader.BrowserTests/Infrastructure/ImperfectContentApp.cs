namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>
/// A second app process on content written for the test in a temp folder, the way real content
/// goes wrong: <c>gap</c>, whose Bengali file lacks the section <c>two</c>, and <c>solo</c>, in
/// Hindi only. Pages are opened with the shared browser (<see cref="BrowserFixture"/>).
/// </summary>
public sealed class ImperfectContentApp : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("interview-reader-browser-").FullName;
    private AppProcess? _app;

    /// <summary>The app's address.</summary>
    public Uri BaseUrl => (_app ?? throw new InvalidOperationException("Not started.")).BaseUrl;

    /// <summary>Writes the content and starts the app.</summary>
    public async Task InitializeAsync()
    {
        InterviewText.WriteInterview(_root, "gap", ("hi", ["one", "two", "three"]), ("bn", ["one", "three"]));
        InterviewText.WriteInterview(_root, "solo", ("hi", ["one", "two"]));
        _app = AppProcess.Start(_root, AppProcess.FreePort());
        await _app.WaitForOkAsync("/", System.Diagnostics.Stopwatch.StartNew());
    }

    /// <summary>Kills the app and deletes the content.</summary>
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }
}
