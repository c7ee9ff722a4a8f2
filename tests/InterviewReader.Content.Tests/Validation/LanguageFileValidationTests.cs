using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>A file's name is its language code, and a folder has one file per language.</summary>
public sealed class LanguageFileValidationTests
{
    [Fact]
    public void Load_HiFileWrittenInBengali_ReportsTheNameMismatch()
    {
        using var root = new TempContentRoot();
        root.Write($"{Samples.Slug}/hi.md", Samples.Transcript("bn"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, $"{Samples.Slug}/hi.md", 1,
            "the file is named 'hi.md' but its language is 'bn': name it 'bn.md'");
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_TwoFilesClaimHindi_RefusesTheSecondAndTheInterview()
    {
        using var root = new TempContentRoot();
        root.Write($"{Samples.Slug}/hi.md", Samples.Transcript("hi"));
        root.Write($"{Samples.Slug}/hindi.md", Samples.Transcript("hi"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, $"{Samples.Slug}/hindi.md", 1,
            $"language 'hi' is already given by {Samples.Slug}/hi.md: keep one file per language");
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_FolderNameNotAUrl_ReportsTheFolder()
    {
        using var root = new TempContentRoot();
        root.Write("इमाद मोस्ताक/hi.md", Samples.Transcript("hi"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, "इमाद मोस्ताक", 0, "folder name 'इमाद मोस्ताक' cannot be a URL");
        Assert.Empty(snapshot.Interviews);
    }
}
