using InterviewReader.Web.Export;

namespace InterviewReader.Web.Tests.Export;

/// <summary>The export folder appears whole or not at all, beside where it is staged.</summary>
public sealed class ExportFolderTests : IDisposable
{
    private readonly string _target = ExportRun.NewTarget();

    private string Parent => Path.GetDirectoryName(_target)!;

    [Fact]
    public void Write_BeforeCommit_IsOnlyInTheHiddenStagingFolderBesideTheTarget()
    {
        using var folder = new ExportFolder(_target);

        folder.Write("a/b/index.html", "x"u8);

        Assert.False(Directory.Exists(_target));
        Assert.Equal(Parent, Path.GetDirectoryName(folder.Staging));
        Assert.StartsWith(".site.export-", Path.GetFileName(folder.Staging), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Staging, "a", "b", "index.html")));
    }

    [Fact]
    public void Commit_NoFolderYet_RenamesTheStagingFolderIntoPlace()
    {
        using (var folder = new ExportFolder(_target))
        {
            folder.Write("index.html", "new"u8);
            folder.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(_target, "index.html")));
        Assert.Equal([_target], Directory.EnumerateFileSystemEntries(Parent));
    }

    [Fact]
    public void Commit_OverAnExistingFolder_LeavesOnlyTheNewFiles()
    {
        Directory.CreateDirectory(Path.Combine(_target, "gone"));
        File.WriteAllText(Path.Combine(_target, "gone", "old.html"), "old");
        using (var folder = new ExportFolder(_target))
        {
            folder.Write("index.html", "new"u8);
            folder.Commit();
        }

        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(_target).Select(Path.GetFileName));
        Assert.Equal([_target], Directory.EnumerateFileSystemEntries(Parent));
    }

    [Fact]
    public void Dispose_WithoutCommit_DeletesTheStagingFolderAndKeepsTheOldOne()
    {
        Directory.CreateDirectory(_target);
        using (var folder = new ExportFolder(_target))
        {
            folder.Write("index.html", "new"u8);
        }

        Assert.Equal([_target], Directory.EnumerateFileSystemEntries(Parent));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_target));
    }

    [Fact]
    public void Write_OutsideTheFolder_IsRefused()
    {
        using var folder = new ExportFolder(_target);

        Assert.Throws<InvalidOperationException>(() => folder.Write("../escaped.html", "x"u8));
        Assert.False(File.Exists(Path.Combine(Parent, "escaped.html")));
    }

    public void Dispose() => ExportRun.Clean(_target);
}
