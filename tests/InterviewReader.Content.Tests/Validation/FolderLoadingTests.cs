using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>One broken folder or file does not stop the others; files may not reach outside the content root.</summary>
public sealed class FolderLoadingTests
{
    [Fact]
    public void Load_BrokenFolderNextToValidOne_StillLoadsTheValidOne()
    {
        using var root = new TempContentRoot();
        root.Write("aaa-broken/hi.md", "कई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");
        root.Write($"{Samples.Slug}/hi.md", Samples.Transcript("hi"));
        root.Write($"{Samples.Slug}/bn.md", Samples.Transcript("bn"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, "aaa-broken/hi.md", 1, "the file has no front matter");
        Assert.Equal(Samples.Slug, Assert.Single(snapshot.Interviews).Slug);
        Assert.True(snapshot.HasErrors);
    }

    [Fact]
    public void Load_FrontMatterThatBreaksTheYamlScanner_IsReportedAndOthersStillLoad()
    {
        using var root = new TempContentRoot();
        root.Write("aaa-broken/hi.md", "---\ntitle: [के साथ साक्षात्कार\ninterviewer: Peter H. Diamandis\n---\n\nपाठ।\n");
        root.Write($"{Samples.Slug}/hi.md", Samples.Transcript("hi"));

        var snapshot = root.Load();

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, "aaa-broken/hi.md", 2, "not valid YAML");
        Assert.Single(snapshot.Interviews);
    }

    [Fact]
    public void Load_TranscriptDirectlyInRoot_WarnsThatItIsIgnored()
    {
        using var root = new TempContentRoot();
        root.Write("hi.md", Samples.Transcript("hi"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, "hi.md", 0, "is ignored");
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_FileLinkedFromOutsideRoot_IsRefused()
    {
        using var root = new TempContentRoot();
        var target = Path.Combine(root.Outside, "hi.md");
        File.WriteAllText(target, Samples.Transcript("hi"));
        Directory.CreateDirectory(Path.Combine(root.Root, Samples.Slug));
        File.CreateSymbolicLink(Path.Combine(root.Root, Samples.Slug, "hi.md"), target);
        root.Write($"{Samples.Slug}/bn.md", Samples.Transcript("bn"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, $"{Samples.Slug}/hi.md", 0, "the file is a link to somewhere outside the content root");
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_FileLinkedFromInsideRoot_IsAccepted()
    {
        using var root = new TempContentRoot();
        var target = root.Write(".shared/hi.md", Samples.Transcript("hi"));
        Directory.CreateDirectory(Path.Combine(root.Root, Samples.Slug));
        File.CreateSymbolicLink(Path.Combine(root.Root, Samples.Slug, "hi.md"), target);

        var snapshot = root.Load();

        ProblemAssert.None(snapshot.Problems);
        Assert.Equal(Samples.Slug, Assert.Single(snapshot.Interviews).Slug);
    }

    [Fact]
    public void Load_FolderLinkedFromOutsideRoot_IsRefused()
    {
        using var root = new TempContentRoot();
        File.WriteAllText(Path.Combine(root.Outside, "hi.md"), Samples.Transcript("hi"));
        Directory.CreateSymbolicLink(Path.Combine(root.Root, Samples.Slug), root.Outside);

        var snapshot = root.Load();

        Assert.Contains(snapshot.Problems, p => p.Severity == ProblemSeverity.Error && p.File.StartsWith(Samples.Slug, StringComparison.Ordinal));
        Assert.Empty(snapshot.Interviews);
    }
}
