using System.Text;

namespace InterviewReader.Web.Tests.Support;

/// <summary>A throwaway content root for tests that need content other than the bundled one.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ir-tests-" + Guid.NewGuid().ToString("N"));

    public TempContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Writes an interview folder with one transcript per language, each with the given sections.</summary>
    public TempContent Interview(string slug, params (string Language, string[] Sections)[] transcripts)
    {
        InterviewText.WriteInterview(Root, slug, transcripts);
        return this;
    }

    /// <summary>Copies the fixture content (the bundled interview, see <see cref="RepoPaths.FixtureContent"/>) into the root.</summary>
    public TempContent CopyBundled()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.FixtureContent, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepoPaths.FixtureContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
