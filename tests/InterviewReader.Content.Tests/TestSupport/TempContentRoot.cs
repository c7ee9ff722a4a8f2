using System.Text;
using InterviewReader.Content.Loading;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// A throw-away content root for one test, with a sibling folder outside it (for links that
/// leave the root). Everything is deleted on dispose.
/// </summary>
internal sealed class TempContentRoot : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("interview-reader-tests-").FullName;

    public TempContentRoot()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
    }

    /// <summary>The content root.</summary>
    public string Root => Path.Combine(_base, "content");

    /// <summary>A folder next to the root, not inside it.</summary>
    public string Outside => Path.Combine(_base, "outside");

    /// <summary>Writes a UTF-8 file (no BOM) under the root and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes raw bytes under the root and returns the file's full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies the bundled interview (the fixture copy of content/emad-mostaque) under the root, unchanged.</summary>
    public void CopyRealInterview()
    {
        var source = Path.Combine(RepoPaths.FixtureContent, RealInterview.Slug);
        var target = Path.Combine(Root, RealInterview.Slug);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>Loads the whole root.</summary>
    public ContentSnapshot Load() => ContentLibrary.Load(Root);

    public void Dispose()
    {
        if (Directory.Exists(_base))
        {
            Directory.Delete(_base, recursive: true);
        }
    }
}
