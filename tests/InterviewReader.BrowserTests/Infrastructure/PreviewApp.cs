namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>
/// The app with the live preview on (<c>Preview__Enabled=true</c>, in Production as elsewhere in
/// these tests) over a temp copy of the fixture content, which a test edits on disk as an editor
/// would. It can be restarted on the same port, as an editor's server is.
/// </summary>
public sealed class PreviewApp : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal) { ["Preview__Enabled"] = "true" };
    private readonly string _root = Directory.CreateTempSubdirectory("ir-preview-").FullName;
    private readonly int _port = AppProcess.FreePort();
    private AppProcess? _app;

    /// <summary>The app's address.</summary>
    public Uri BaseUrl => (_app ?? throw new InvalidOperationException("Not started.")).BaseUrl;

    /// <summary>What the app has logged, for failure messages.</summary>
    public string AppOutput => _app?.Output ?? "";

    /// <summary>The Hindi transcript of the fixture interview, in the temp content.</summary>
    public string HindiFile => Path.Combine(_root, RepoPaths.FixtureSlug, "hi.md");

    /// <summary>The fixture's Hindi transcript as it was copied.</summary>
    public string OriginalHindi { get; private set; } = "";

    /// <summary>Copies the fixture content and starts the app.</summary>
    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.FixtureContent, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(RepoPaths.FixtureContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        OriginalHindi = await File.ReadAllTextAsync(HindiFile);
        await StartAsync();
    }

    /// <summary>Saves the Hindi transcript atomically, as editors are told to: a temporary file renamed over it.</summary>
    public async Task SaveHindiAsync(string text)
    {
        var temp = Path.Combine(Path.GetDirectoryName(HindiFile)!, ".hi.md.tmp");
        await File.WriteAllTextAsync(temp, text, new System.Text.UTF8Encoding(false));
        File.Move(temp, HindiFile, overwrite: true);
    }

    /// <summary>Kills the app (as a crash or Ctrl+C would end it) and starts it again on the same port.</summary>
    public async Task RestartAsync()
    {
        if (_app is not null)
        {
            _app.Kill();
            await _app.DisposeAsync();
        }

        await StartAsync();
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

    private async Task StartAsync()
    {
        _app = AppProcess.Start(_root, _port, Settings);
        await _app.WaitForOkAsync("/preview/" + RepoPaths.FixtureSlug, System.Diagnostics.Stopwatch.StartNew());
    }
}
