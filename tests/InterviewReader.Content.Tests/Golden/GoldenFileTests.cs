using InterviewReader.Content.Parsing;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Golden;

/// <summary>
/// Each TestData/Golden/NAME.md, parsed and written out by <see cref="TranscriptHtml"/>, must give
/// NAME.html exactly. To regenerate after a deliberate change, run with UPDATE_GOLDEN=1, then
/// read every changed .html before committing it.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.TestData("Golden"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_GoldenTranscript_MatchesExpectedHtml(string name)
    {
        var parsed = TranscriptParser.Parse($"golden/{name}.md", File.ReadAllBytes(RepoPaths.TestData("Golden", $"{name}.md")));
        ProblemAssert.None(parsed.Problems);
        var actual = TranscriptHtml.Render(parsed.Transcript!);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(RepoPaths.Root, "tests", "InterviewReader.Content.Tests", "TestData", "Golden", $"{name}.html");
            File.WriteAllText(source, actual);
            Assert.Fail($"wrote {source}: read it, then run again without UPDATE_GOLDEN");
        }

        var expectedPath = RepoPaths.TestData("Golden", $"{name}.html");
        Assert.True(File.Exists(expectedPath), $"{name}.html is missing: run once with UPDATE_GOLDEN=1 and check it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void GoldenFolder_EveryTranscriptHasExpectedHtml()
    {
        var folder = RepoPaths.TestData("Golden");
        var transcripts = Directory.GetFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        var expected = Directory.GetFiles(folder, "*.html").Select(Path.GetFileNameWithoutExtension).Order().ToList();

        Assert.Equal(new[] { "intro", "paragraph-inline", "quote-attribution", "takeaways" }, transcripts);
        Assert.Equal(transcripts, expected);
    }
}
