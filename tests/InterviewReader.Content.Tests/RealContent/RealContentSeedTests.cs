using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.RealContent;

/// <summary>The content carries the seed texts verbatim: nothing changed, dropped or added.</summary>
public sealed class RealContentSeedTests
{
    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Parse_RealContent_EverySeedLineOccursVerbatimInParsedText(string language)
    {
        var parsed = string.Join('\n', ParsedText.Pieces(RealInterview.Transcript(language)));
        var seed = RealInterview.SeedLines(language);

        var missing = seed.Where(line => !parsed.Contains(line, StringComparison.Ordinal)).ToList();

        Assert.Equal(33, seed.Count);
        Assert.True(missing.Count == 0, $"seed lines not in the parsed text:\n{string.Join('\n', missing)}");
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Parse_RealContent_ParsedPiecesEqualSeedLinesInOrder(string language)
    {
        var pieces = ParsedText.Pieces(RealInterview.Transcript(language));

        Assert.Equal(RealInterview.SeedLines(language), pieces);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Parse_RealContent_EachSeedLineLandsInItsPlaceInTheModel(string language)
    {
        // Seed layout: title, subtitle, byline, intro, then per section heading, two paragraphs,
        // label and three takeaways, then the closing quote.
        var seed = RealInterview.SeedLines(language);
        var transcript = RealInterview.Transcript(language);

        Assert.Equal(seed[0], transcript.Metadata.Title);
        Assert.Equal(seed[1], transcript.Metadata.Subtitle);
        Assert.Equal(seed[2], transcript.Metadata.Byline);
        Assert.Equal(seed[3], Paragraph(transcript, "intro", 0));
        for (var s = 0; s < RealInterview.TitledSectionIds.Length; s++)
        {
            var id = RealInterview.TitledSectionIds[s];
            var at = 4 + (7 * s);
            var section = transcript.Sections.Single(x => x.Id == id);
            Assert.Equal(seed[at], section.Heading?.PlainText);
            Assert.Equal(seed[at + 1], Paragraph(transcript, id, 0));
            Assert.Equal(seed[at + 2], Paragraph(transcript, id, 1));
            var list = section.Blocks.OfType<TakeawayList>().Single();
            Assert.Equal(seed[at + 3], list.Label.PlainText);
            for (var i = 0; i < 3; i++)
            {
                var line = seed[at + 4 + i];
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                Assert.Equal(line[..colon], list.Items[i].Term.PlainText);
                Assert.Equal(line[(colon + 2)..], list.Items[i].Explanation.PlainText);
            }
        }

        var quote = Assert.IsType<QuoteBlock>(transcript.Sections[^1].Blocks.Single());
        var last = seed[^1];
        var dash = last.LastIndexOf(" - ", StringComparison.Ordinal);
        Assert.Equal(last[..dash], quote.Text.PlainText);
        Assert.Equal(last[(dash + 3)..], quote.Attribution?.PlainText);
    }

    [Theory]
    [InlineData("hi", "संस्थापक बनाम CEO", "सभी संस्थापक CEO बने रहने के लिए सबसे उपयुक्त नहीं होते")]
    [InlineData("bn", "প্রতিষ্ঠাতা বনাম CEO", "সব প্রতিষ্ঠাতা CEO হিসেবে থাকার জন্য সবচেয়ে উপযুক্ত নন")]
    public void Parse_RealContent_FirstTakeawaySplitsIntoTermAndExplanation(string language, string term, string explanationStart)
    {
        var item = RealInterview.Transcript(language).Sections
            .Single(s => s.Id == "founders-call").Blocks.OfType<TakeawayList>().Single().Items[0];

        Assert.Equal("founders-call-t1", item.AnchorId);
        Assert.Equal(term, item.Term.PlainText);
        Assert.Equal(": ", item.Separator);
        Assert.StartsWith(explanationStart, item.Explanation.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi", "मुख्य सीख:", "मुख्य अंतर्दृष्टि:", "मुख्य अभ्यास:", "मुख्य अंतर्दृष्टि:")]
    [InlineData("bn", "Key Learnings:", "Key Insights:", "Key Practices:", "Key Insights:")]
    public void Parse_RealContent_TakeawayLabelsAreKeptAsWritten(string language, params string[] labels)
    {
        var actual = RealInterview.Transcript(language).Sections
            .SelectMany(s => s.Blocks.OfType<TakeawayList>())
            .Select(l => l.Label.PlainText);

        Assert.Equal(labels, actual);
    }

    [Theory]
    [InlineData("hi", "संस्थापक का बुलावा: CEO के गहरे गड्ढे से बाहर निकलना", "लोकतंत्र का भविष्य: अभिकरण या नियंत्रण?")]
    [InlineData("bn", "প্রতিষ্ঠাতার আহ্বান: CEO-এর অতল গহ্বর থেকে সরে আসা", "গণতন্ত্রের ভবিষ্যৎ: স্বাধীনতা নাকি নিয়ন্ত্রণ?")]
    public void Parse_RealContent_HeadingsAreTheSeedHeadingsWithoutTheirIds(string language, string first, string last)
    {
        var headings = RealInterview.Transcript(language).Sections
            .Where(s => s.Heading is not null)
            .Select(s => s.Heading!.PlainText)
            .ToList();

        Assert.Equal(4, headings.Count);
        Assert.Equal(first, headings[0]);
        Assert.Equal(last, headings[^1]);
        Assert.All(headings, h => Assert.DoesNotContain("{#", h, StringComparison.Ordinal));
    }

    private static string Paragraph(Transcript transcript, string sectionId, int index) =>
        transcript.Sections.Single(s => s.Id == sectionId).Blocks.OfType<ParagraphBlock>().ElementAt(index).Text.PlainText;
}
