using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.Sentences;

/// <summary>Paragraphs, quotes and takeaway explanations carry their sentences, found from their text.</summary>
public sealed class SentenceModelTests
{
    private static readonly RichText TwoSentences = RichText.Of("पहला वाक्य। दूसरा वाक्य?");

    [Fact]
    public void ParagraphBlock_Sentences_AreThoseOfItsText()
    {
        var paragraph = new ParagraphBlock("intro-p1", 3, TwoSentences);

        Assert.Equal(["पहला वाक्य।", "दूसरा वाक्य?"], paragraph.Sentences.Select(s => s.Text.PlainText));
        Assert.True(paragraph.Sentences == paragraph.Sentences, "the sentences are found once, not on every read");
    }

    [Fact]
    public void QuoteBlock_Sentences_AreThoseOfTheQuotedWordsNotTheAttribution()
    {
        var quote = new QuoteBlock("closing-quote", 9, TwoSentences, RichText.Of("Emad Mostaque. Stability AI."), " - ");

        Assert.Equal(2, quote.Sentences.Length);
    }

    [Fact]
    public void TakeawayItem_Sentences_AreThoseOfTheExplanationNotTheTerm()
    {
        var item = new TakeawayItem("founders-call-t1", 5, RichText.Of("एक। दो। तीन।"), ": ", TwoSentences);

        Assert.Equal(["पहला वाक्य।", "दूसरा वाक्य?"], item.Sentences.Select(s => s.Text.PlainText));
    }

    [Fact]
    public void With_NewText_FindsTheNewTextsSentences()
    {
        var paragraph = new ParagraphBlock("intro-p1", 3, TwoSentences);
        var item = new TakeawayItem("founders-call-t1", 5, RichText.Of("शब्द"), ": ", TwoSentences);
        var quote = new QuoteBlock("closing-quote", 9, TwoSentences, null, "");

        Assert.Single((paragraph with { Text = RichText.Of("एक ही।") }).Sentences);
        Assert.Single((item with { Explanation = RichText.Of("एक ही।") }).Sentences);
        Assert.Single((quote with { Text = RichText.Of("एक ही।") }).Sentences);
    }

    [Fact]
    public void Equals_BlocksWithEqualText_AreEqualThoughTheirSentencesAreFoundSeparately()
    {
        Assert.Equal(new ParagraphBlock("intro-p1", 3, RichText.Of("एक। दो।")), new ParagraphBlock("intro-p1", 3, RichText.Of("एक। दो।")));
        Assert.Equal(new QuoteBlock("q", 1, RichText.Of("एक। दो।"), null, ""), new QuoteBlock("q", 1, RichText.Of("एक। दो।"), null, ""));
        Assert.Equal(new TakeawayItem("t", 1, RichText.Of("a"), ": ", RichText.Of("एक। दो।")), new TakeawayItem("t", 1, RichText.Of("a"), ": ", RichText.Of("एक। दो।")));
        Assert.NotEqual(new ParagraphBlock("intro-p1", 3, RichText.Of("एक। दो।")), new ParagraphBlock("intro-p1", 3, RichText.Of("एक। तीन।")));
    }
}
