using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.RealContent;

/// <summary>
/// The only tests that read the repository's content/ (every other test uses the fixture copy in
/// tests/TestData/content): they hold for whatever interviews editors add there.
/// </summary>
public sealed class RepositoryContentTests
{
    private static readonly Lazy<ContentSnapshot> Loaded = new(() => ContentLibrary.Load(RepoPaths.Content));

    [Fact]
    public void Load_RepositoryContent_EveryInterviewFolderLoadsWithNoErrors()
    {
        var snapshot = Loaded.Value;
        var folders = ContentLibrary.InterviewFolders(RepoPaths.Content).Select(Path.GetFileName).ToList();

        var errors = snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()).ToList();
        Assert.True(errors.Count == 0, $"content/ has errors:\n{string.Join('\n', errors)}");
        Assert.Contains(RealInterview.Slug, folders);
        Assert.Equal(folders.Order(StringComparer.Ordinal), snapshot.Interviews.Select(i => i.Slug).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Parse_RepositoryEmadMostaque_CarriesTheSeedTextVerbatimAndInOrder(string language)
    {
        var interview = Loaded.Value.Find(RealInterview.Slug);
        Assert.NotNull(interview);
        var transcript = interview.Interview.In(language);
        Assert.NotNull(transcript);

        Assert.Equal(RealInterview.SeedLines(language), ParsedText.Pieces(transcript));
    }
}
