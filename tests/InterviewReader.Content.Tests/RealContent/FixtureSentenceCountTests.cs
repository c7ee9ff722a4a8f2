using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.RealContent;

/// <summary>
/// The sentences of the bundled pair (the fixture copy): every paragraph, takeaway explanation and
/// the closing quote has as many sentences in Hindi as in Bengali, and the totals are as counted
/// by hand: 41 per language, 28 in paragraphs, 12 in takeaway explanations, 1 in the closing quote.
/// Issue 9 gives 49 per language (28 in paragraphs): that is these 41 and the 4 section headings
/// and 4 takeaway labels, which are one unit each and not split.
/// </summary>
public sealed class FixtureSentenceCountTests
{
    public static TheoryData<string> Languages => ["hi", "bn"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Sentences_BundledTranscript_CountAsByHand(string language)
    {
        var blocks = SentenceBlocks(RealInterview.Transcript(language));

        Assert.Equal(41, blocks.Sum(b => b.Count));
        Assert.Equal(28, blocks.Where(b => b.Kind == nameof(ParagraphBlock)).Sum(b => b.Count));
        Assert.Equal(12, blocks.Where(b => b.Kind == nameof(TakeawayItem)).Sum(b => b.Count));
        Assert.Equal(1, blocks.Where(b => b.Kind == nameof(QuoteBlock)).Sum(b => b.Count));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Sentences_WithHeadingsAndLabelsAsOneUnitEach_AreTheIssues49(string language)
    {
        var transcript = RealInterview.Transcript(language);
        var headings = transcript.Sections.Count(s => s.Heading is not null);
        var labels = transcript.Sections.SelectMany(s => s.Blocks).OfType<TakeawayList>().Count();

        Assert.Equal(49, SentenceBlocks(transcript).Sum(b => b.Count) + headings + labels);
    }

    [Fact]
    public void Sentences_BundledPair_EveryBlockHasEqualCountsInBothLanguages()
    {
        var hindi = SentenceBlocks(RealInterview.Transcript("hi"));
        var bengali = SentenceBlocks(RealInterview.Transcript("bn"));

        Assert.Equal(hindi.Select(b => (b.Anchor, b.Count)), bengali.Select(b => (b.Anchor, b.Count)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Sentences_BundledTranscript_RebuildEachBlocksText(string language)
    {
        foreach (var (text, sentences) in Texts(RealInterview.Transcript(language)))
        {
            Assert.Equal(text.PlainText, string.Concat(sentences.Select(s => s.Text.PlainText + s.Trailing)));
        }
    }

    [Fact]
    public void Sentences_BundledHindiParagraph_SplitAfterTheClosingQuote()
    {
        var paragraph = RealInterview.Transcript("hi").Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().Single(p => p.AnchorId == "founders-call-p1");

        Assert.EndsWith("बताया था।\"", paragraph.Sentences[1].Text.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Stability AI को", paragraph.Sentences[2].Text.PlainText, StringComparison.Ordinal);
    }

    private static List<(string Anchor, string Kind, int Count)> SentenceBlocks(Transcript transcript) =>
        [.. transcript.Sections.SelectMany(s => s.Blocks).SelectMany(block => block switch
        {
            ParagraphBlock p => [(p.AnchorId, nameof(ParagraphBlock), p.Sentences.Length)],
            QuoteBlock q => [(q.AnchorId, nameof(QuoteBlock), q.Sentences.Length)],
            TakeawayList list => list.Items.Select(i => (i.AnchorId, nameof(TakeawayItem), i.Sentences.Length)),
            _ => Enumerable.Empty<(string, string, int)>(),
        })];

    private static IEnumerable<(RichText Text, IReadOnlyList<Sentence> Sentences)> Texts(Transcript transcript) =>
        transcript.Sections.SelectMany(s => s.Blocks).SelectMany(block => block switch
        {
            ParagraphBlock p => [(p.Text, (IReadOnlyList<Sentence>)p.Sentences)],
            QuoteBlock q => [(q.Text, q.Sentences)],
            TakeawayList list => list.Items.Select(i => (i.Explanation, (IReadOnlyList<Sentence>)i.Sentences)),
            _ => [],
        });
}
