using InterviewReader.Content.Model;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Sentences;

/// <summary>Sentences are found inside the rich text: emphasis and links across a boundary are split, not flattened.</summary>
public sealed class SentenceRichTextTests
{
    [Fact]
    public void Split_EmphasisAcrossABoundary_BecomesTwoEmphasisNodesOfTheSameLevel()
    {
        var text = new RichText([new TextNode("पहला "), new EmphasisNode(2, [new TextNode("ज़ोर। दूसरा")]), new TextNode(" वाक्य।")]);

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(new RichText([new TextNode("पहला "), new EmphasisNode(2, [new TextNode("ज़ोर।")])]), sentences[0].Text);
        Assert.Equal(" ", sentences[0].Trailing);
        Assert.Equal(new RichText([new EmphasisNode(2, [new TextNode("दूसरा")]), new TextNode(" वाक्य।")]), sentences[1].Text);
    }

    [Fact]
    public void Split_LinkAcrossABoundary_BecomesTwoLinksToTheSameAddress()
    {
        var text = new RichText([new LinkNode("https://example.com/a", [new TextNode("এক। "), new EmphasisNode(1, [new TextNode("দুই")])]), new TextNode("।")]);

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(
            [
                new RichText([new LinkNode("https://example.com/a", [new TextNode("এক।")])]),
                new RichText([new LinkNode("https://example.com/a", [new EmphasisNode(1, [new TextNode("দুই")])]), new TextNode("।")]),
            ],
            sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_NodesInsideOneSentence_AreKeptAsTheyAre()
    {
        var emphasis = new EmphasisNode(1, [new TextNode("पूरा"), new LinkNode("#democracy", [new TextNode("लिंक")])]);
        var text = new RichText([new TextNode("यह "), emphasis, new TextNode(" है। और यह।")]);

        var sentences = SentenceSplitter.Split(text);

        Assert.Same(emphasis, sentences[0].Text.Nodes[1]);
        Assert.Equal("और यह।", sentences[1].Text.PlainText);
    }

    [Fact]
    public void Split_HardLineBreakAfterASentence_StaysAtItsEnd()
    {
        var text = new RichText([new TextNode("एक। "), new LineBreakNode(), new TextNode("दो।")]);

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(new RichText([new TextNode("एक। "), new LineBreakNode()]), sentences[0].Text);
        Assert.Equal("", sentences[0].Trailing);
        Assert.Equal("दो।", sentences[1].Text.PlainText);
    }

    [Fact]
    public void Split_ClosingQuoteInsideEmphasis_StaysWithItsSentence()
    {
        var text = new RichText([new TextNode("समझाया: "), new EmphasisNode(1, [new TextNode("\"बताया था।\"")]), new TextNode(" Stability AI।")]);

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["समझाया: \"बताया था।\"", "Stability AI।"], sentences.Select(s => s.Text.PlainText));
        Assert.IsType<EmphasisNode>(sentences[0].Text.Nodes[^1]);
    }
}
