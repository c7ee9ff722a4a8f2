using InterviewReader.Web.Export;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Export;

/// <summary>Broken content stops the export with validate's messages, and no failure leaves a half-written folder.</summary>
public sealed class ExportRefusalTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly string _target = ExportRun.NewTarget();

    private string Parent => Path.GetDirectoryName(_target)!;

    [Fact]
    public void Export_ContentWithErrors_RefusesNamingFileAndLineAndWritesNothing()
    {
        Break();

        var (code, output) = ExportRun.Run(_content.Root, _target);

        Assert.Equal(1, code);
        Assert.Contains("broken/bn.md:4: error:", output, StringComparison.Ordinal);
        Assert.Contains("'29 March' is not a date", output, StringComparison.Ordinal);
        Assert.Contains("--keep-going", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Parent));
    }

    [Fact]
    public void Export_ContentWithErrorsAndKeepGoing_ExportsWhatTheSiteShows()
    {
        Break();

        var (code, output) = ExportRun.Run(_content.Root, _target, "--keep-going");

        Assert.True(code == 0, output);
        Assert.Contains("broken/bn.md:4: error:", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_target, "interviews", "emad-mostaque", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_target, "interviews", "broken")));
        Assert.Equal([_target], Directory.EnumerateFileSystemEntries(Parent));
    }

    [Fact]
    public async Task Export_FailingMidway_LeavesNoFolderAndNoStagingFolder()
    {
        var written = 0;
        var export = Export(file =>
        {
            if (++written == 10)
            {
                throw new IOException("disk full (test)");
            }
        });

        var code = await export.RunAsync();

        Assert.Equal(1, code);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Parent));
    }

    [Fact]
    public async Task Export_FailingMidwayOverAnExistingFolder_LeavesTheOldSiteAsItWas()
    {
        Directory.CreateDirectory(_target);
        File.WriteAllText(Path.Combine(_target, "old.txt"), "the site before");
        var written = 0;

        var code = await Export(_ =>
        {
            if (++written == 10)
            {
                throw new IOException("disk full (test)");
            }
        }).RunAsync();

        Assert.Equal(1, code);
        Assert.Equal(["old.txt"], Directory.EnumerateFileSystemEntries(_target).Select(Path.GetFileName));
        Assert.Equal([_target], Directory.EnumerateFileSystemEntries(Parent));
    }

    [Fact]
    public void Export_OverAnExistingFolder_ReplacesItWhole()
    {
        Directory.CreateDirectory(_target);
        File.WriteAllText(Path.Combine(_target, "old.txt"), "the site before");

        var (code, output) = ExportRun.Run(_content.Root, _target);

        Assert.True(code == 0, output);
        Assert.False(File.Exists(Path.Combine(_target, "old.txt")));
        Assert.True(File.Exists(Path.Combine(_target, "index.html")));
        Assert.Equal([_target], Directory.EnumerateFileSystemEntries(Parent));
    }

    // An interview whose Bengali file has a date that is not a date: an error on line 4.
    private void Break() =>
        _content.Write("broken/bn.md", "---\ntitle: x\ninterviewer: y\ndate: 29 March\nlanguage: bn\n---\n\ntext\n");

    private SiteExport Export(Action<string> fileWritten) =>
        new(new ExportSettings(_target, _content.Root, ExportRun.BaseUrl, "", KeepGoing: false), new StringWriter(), showProgress: false) { FileWritten = fileWritten };

    public void Dispose()
    {
        _content.Dispose();
        ExportRun.Clean(_target);
    }
}
