using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Parsing;

/// <summary>An editor's <c>{align=N}</c> or <c>{align=none}</c> at the end of a paragraph is read into the model, not shown as text.</summary>
public sealed class AlignMarkerParsingTests
{
    [Theory]
    [InlineData("{align=3}", 3)]
    [InlineData("{align=none}", null)]
    public void Parse_ParagraphEndingInMarker_ReadsItAndKeepsTheWords(string marker, int? counterpart)
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", $"पहला अनुच्छेद है। {marker}\n\nदूसरा अनुच्छेद है।\n"));

        Assert.DoesNotContain(parsed.Problems, p => p.Severity == ProblemSeverity.Error);
        var paragraphs = parsed.Transcript!.Sections[0].Blocks.OfType<ParagraphBlock>().ToList();
        Assert.Equal(new AlignMarker(counterpart), paragraphs[0].Align);
        Assert.Equal("पहला अनुच्छेद है।", paragraphs[0].Text.PlainText.TrimEnd());
        Assert.Null(paragraphs[1].Align);
    }

    [Theory]
    [InlineData("{align=0}")]
    [InlineData("{align=next}")]
    public void Parse_MalformedMarker_IsAnErrorNamingTheSyntax(string marker)
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", $"पहला अनुच्छेद है। {marker}\n"));

        Assert.Contains(parsed.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("{align=none}", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OtherAttributesOnAParagraph_StillAnError()
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", "पहला अनुच्छेद है। {.red}\n"));

        Assert.Contains(parsed.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("attributes in '{…}' are not allowed", StringComparison.Ordinal));
    }
}
