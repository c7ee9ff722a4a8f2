using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Hostile;

/// <summary>
/// What the file system can do to a content root: links that leave it, files that vanish or
/// cannot be read, pipes that would block a reader, names that would be skipped silently. Each is
/// reported on its file (line 0: the whole file) and the real interview beside it loads unchanged.
/// </summary>
public sealed class FileSystemCorpusTests
{
    private const string Hi = $"{HostileLoad.Folder}/hi.md";
    private const string CannotRead = "check that it exists and its permissions";

    [Fact]
    public void Load_FileLinkedFromOutsideTheRoot_IsRefused()
    {
        using var root = new TempContentRoot();
        var target = Path.Combine(root.Outside, "hi.md");
        File.WriteAllText(target, Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        File.CreateSymbolicLink(Path.Combine(root.Root, Hi), target);

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Hi, 0, "the file is a link to somewhere outside the content root: copy the file in instead");
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    [Fact]
    public void Load_FileLinkedThroughALinkInsideTheRootToOutside_IsRefused()
    {
        using var root = new TempContentRoot();
        var target = Path.Combine(root.Outside, "hi.md");
        File.WriteAllText(target, Samples.Transcript("hi"));
        Directory.CreateDirectory(Path.Combine(root.Root, ".shared"));
        var hop = Path.Combine(root.Root, ".shared", "hi.md");
        File.CreateSymbolicLink(hop, target);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        File.CreateSymbolicLink(Path.Combine(root.Root, Hi), hop);

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Hi, 0, "the file is a link to somewhere outside the content root");
    }

    [Fact]
    public void Load_FolderLinkedFromOutsideTheRoot_IsRefused()
    {
        using var root = new TempContentRoot();
        File.WriteAllText(Path.Combine(root.Outside, "hi.md"), Samples.Transcript("hi"));
        Directory.CreateSymbolicLink(Path.Combine(root.Root, HostileLoad.Folder), root.Outside);

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, HostileLoad.Folder, 0, "the folder is a link to somewhere outside the content root: copy the interview in instead");
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    [Fact]
    public void Load_FolderLinkedBackToTheRoot_IsReadOnceWithoutRecursing()
    {
        // content/hostile -> content stays inside the root; only the files directly in it count.
        using var root = new TempContentRoot();
        Directory.CreateSymbolicLink(Path.Combine(root.Root, HostileLoad.Folder), root.Root);

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, HostileLoad.Folder, 0, "the folder has no transcript");
    }

    [Fact]
    public void Load_FileThatVanishedAfterItWasListed_IsReportedAsUnreadable()
    {
        // A link to a file that is gone is what the loader sees when a file is deleted between
        // listing the folder and reading it.
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        File.CreateSymbolicLink(Path.Combine(root.Root, Hi), "deleted.md");

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Hi, 0, $"the file cannot be read (FileNotFoundException): {CannotRead}");
    }

    [Fact]
    public void Load_LinkLoop_IsReportedAsUnreadable()
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        File.CreateSymbolicLink(Path.Combine(root.Root, HostileLoad.Folder, "loop.md"), "hi.md");
        File.CreateSymbolicLink(Path.Combine(root.Root, Hi), "loop.md");

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Hi, 0, $"the file cannot be read (IOException): {CannotRead}");
    }

    [PermissionsEnforcedFact]
    public void Load_FileWithoutReadPermission_IsReportedAsUnreadable()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // skipped there by the attribute; this guard is for the platform analyzer
        }

        using var root = new TempContentRoot();
        var path = root.Write(Hi, Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        File.SetUnixFileMode(path, UnixFileMode.None);

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Hi, 0, $"the file cannot be read (UnauthorizedAccessException): {CannotRead}");
    }

    [Fact]
    public void Load_NamedPipe_IsReportedEmptyWithoutBlocking()
    {
        using var root = new TempContentRoot();
        SpecialFiles.MakeFifo(Path.Combine(root.Root, Hi));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Hi, 0, "the file is empty");
    }

    [Fact]
    public void Load_Socket_IsReportedEmpty()
    {
        using var root = new TempContentRoot();
        using var socket = SpecialFiles.MakeSocket(Path.Combine(root.Root, Hi));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Hi, 0, "the file is empty");
    }

    [Theory]
    [InlineData("hi.MD")]
    [InlineData("hi.Md")]
    [InlineData("hi.markdown")]
    public void Load_TranscriptWithAnotherExtension_IsNotSkippedSilently(string name)
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/{name}", Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, $"{HostileLoad.Folder}/{name}", 0,
            "the file is not read: only files ending in lowercase '.md' are transcripts; rename it 'hi.md'");
        Assert.Equal(["bn"], snapshot.Find(HostileLoad.Folder)!.Languages.Select(l => l.Code));
    }

    [Fact]
    public void Load_OtherFilesInTheFolder_AreIgnoredQuietly()
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        root.Write($"{HostileLoad.Folder}/notes.txt", "संपादक की टिप्पणी");
        root.Write($"{HostileLoad.Folder}/.hi.md.swp", "swap");
        root.Write($"{HostileLoad.Folder}/hi.md~", "backup");

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.None(snapshot.Problems);
    }

    [Theory]
    [InlineData("._hi.md", "\0\u0005\u0016\u0007\0\u0002\0\0Mac OS X")] // what a Mac leaves beside a copied file
    [InlineData(".#hi.md", "")] // Emacs's lock while a buffer is edited (a dangling link on disk; empty here)
    [InlineData(".hi.md", "---\ntitle: x\n")] // any hidden file
    [InlineData("README.md", "# Notes for editors\n\nCheck the Bengali labels.\n")]
    [InlineData("readme.md", "notes")]
    public void Load_EditorsAndSystemsFilesEndingInMd_AreIgnoredAndTheInterviewStaysOnline(string name, string text)
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        root.Write($"{HostileLoad.Folder}/{name}", text);
        root.Write(name, text); // and in the content root itself

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.None(snapshot.Problems);
        Assert.Equal(["hi", "bn"], snapshot.Find(HostileLoad.Folder)!.Languages.Select(l => l.Code));
    }

    [Fact]
    public void Load_EmacsLockLinkToNowhere_IsIgnored()
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));
        File.CreateSymbolicLink(Path.Combine(root.Root, HostileLoad.Folder, ".#hi.md"), "editor@host.1234:1700000000");

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.None(snapshot.Problems);
        Assert.NotNull(snapshot.Find(HostileLoad.Folder));
    }
}
