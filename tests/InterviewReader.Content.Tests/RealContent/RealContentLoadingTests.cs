using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.RealContent;

public sealed class RealContentLoadingTests
{
    [Fact]
    public void Load_RealContent_GivesOneInterviewAndNoProblems()
    {
        var snapshot = RealInterview.Snapshot;

        ProblemAssert.None(snapshot.Problems);
        var interview = Assert.Single(snapshot.Interviews);
        Assert.Equal("emad-mostaque", interview.Slug);
        Assert.Equal(new[] { "hi", "bn" }, interview.Languages.Select(l => l.Code));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Load_RealContent_HasIntroFourTitledSectionsAndClosingInOrder(string language)
    {
        var transcript = RealInterview.Transcript(language);

        string[] expected = [Section.IntroId, .. RealInterview.TitledSectionIds, Section.ClosingId];
        Assert.Equal(expected, transcript.Sections.Select(s => s.Id));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Load_RealContent_EachTitledSectionHasTwoParagraphsThenThreeTakeaways(string language)
    {
        var transcript = RealInterview.Transcript(language);

        foreach (var id in RealInterview.TitledSectionIds)
        {
            var section = transcript.Sections.Single(s => s.Id == id);
            Assert.False(string.IsNullOrWhiteSpace(section.Heading?.PlainText), $"{id} has no heading");
            Assert.Equal(new[] { $"{id}-p1", $"{id}-p2", $"{id}-takeaways" }, section.Blocks.Select(b => b.AnchorId));
            Assert.IsType<ParagraphBlock>(section.Blocks[0]);
            Assert.IsType<ParagraphBlock>(section.Blocks[1]);
            var takeaways = Assert.IsType<TakeawayList>(section.Blocks[2]);
            Assert.Equal(new[] { $"{id}-t1", $"{id}-t2", $"{id}-t3" }, takeaways.Items.Select(i => i.AnchorId));
            Assert.All(takeaways.Items, i => Assert.Equal(": ", i.Separator));
        }
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Load_RealContent_IntroIsOneUntitledParagraph(string language)
    {
        var intro = RealInterview.Transcript(language).Sections[0];

        Assert.Equal(Section.IntroId, intro.Id);
        Assert.Null(intro.Heading);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(intro.Blocks));
        Assert.Equal("intro-p1", paragraph.AnchorId);
        Assert.StartsWith("Abundance 360 ", paragraph.Text.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi", "Emad Mostaque")]
    [InlineData("bn", "ইমাদ মোস্তাক")]
    public void Load_RealContent_ClosingIsAQuoteWithAttribution(string language, string attribution)
    {
        var closing = RealInterview.Transcript(language).Sections[^1];

        Assert.Equal(Section.ClosingId, closing.Id);
        Assert.Null(closing.Heading);
        var quote = Assert.IsType<QuoteBlock>(Assert.Single(closing.Blocks));
        Assert.Equal("closing-quote", quote.AnchorId);
        Assert.Equal(attribution, quote.Attribution?.PlainText);
        Assert.Equal(" - ", quote.Separator);
        Assert.StartsWith("\"", quote.Text.PlainText, StringComparison.Ordinal);
        Assert.EndsWith("\"", quote.Text.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Load_RealContent_MetadataNamesInterviewerAndDate(string language)
    {
        var metadata = RealInterview.Transcript(language).Metadata;

        Assert.Equal("Peter H. Diamandis", metadata.Interviewer);
        Assert.Equal(new DateOnly(2024, 3, 29), metadata.Date);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Load_RealContent_SectionLinesPointAtTheirHeadings(string language)
    {
        var transcript = RealInterview.Transcript(language);
        var source = RealInterview.SourceText(language);

        foreach (var id in RealInterview.TitledSectionIds)
        {
            Assert.Equal(TextLines.LineOf(source, $"{{#{id}}}"), transcript.Sections.Single(s => s.Id == id).Line);
        }

        Assert.Equal(TextLines.LineOf(source, "> \""), transcript.Sections[^1].Line);
    }
}
