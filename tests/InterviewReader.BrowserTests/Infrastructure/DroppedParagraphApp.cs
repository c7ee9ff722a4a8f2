namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>
/// The app on a copy of the fixture interview whose Bengali lacks one paragraph (the second of
/// "democracy"): the aligner leaves that row without Bengali, so its Hindi sentences have no
/// translation. For a test class (IClassFixture); pages are opened with <see cref="BrowserFixture"/>'s browser.
/// </summary>
public sealed class DroppedParagraphApp : IAsyncLifetime
{
    /// <summary>The first words of the Bengali paragraph dropped.</summary>
    public const string DroppedStart = "এটি কেবল গণতন্ত্রকে";

    private readonly string _root = Directory.CreateTempSubdirectory("ir-dropped-").FullName;
    private AppProcess? _app;

    /// <summary>The app's address.</summary>
    public Uri BaseUrl => (_app ?? throw new InvalidOperationException("Not started.")).BaseUrl;

    /// <summary>Copies the fixture, drops the paragraph and starts the app.</summary>
    public async Task InitializeAsync()
    {
        var source = Path.Combine(RepoPaths.FixtureContent, RepoPaths.FixtureSlug);
        var target = Directory.CreateDirectory(Path.Combine(_root, RepoPaths.FixtureSlug)).FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*.md"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var bengali = Path.Combine(target, "bn.md");
        var text = File.ReadAllText(bengali);
        var start = text.IndexOf(DroppedStart, StringComparison.Ordinal);
        Assert.True(start > 0, "the fixture's Bengali no longer has the paragraph this test drops");
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal) + 2;
        File.WriteAllText(bengali, text[..start] + text[end..]);
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
