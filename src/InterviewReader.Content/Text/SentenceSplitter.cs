using System.Collections.Immutable;
using System.Text;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text;

/// <summary>
/// Splits a block's rich text into sentences, inside the rich text: emphasis or a link that spans
/// a sentence boundary becomes two nodes of the same kind. Nothing is lost: the sentences' plain
/// text and trailing whitespace, concatenated, are the input's plain text. The text is taken as it
/// is; the parser has already normalised it to NFC.
/// </summary>
/// <remarks>
/// The rules, for Hindi, Bengali and the English words and names among them:
/// <list type="bullet">
/// <item><c>।</c>, <c>॥</c>, <c>?</c> and <c>!</c> end a sentence; a run such as <c>?!</c> stays
/// together, and the closing quotes and brackets right after it stay with the sentence they close
/// (<c>…बताया था।" Stability</c> splits after <c>।"</c>).</item>
/// <item><c>.</c> ends a sentence only in a block with no danda, and only when followed by
/// whitespace or the end; never after an initial, a title or a Latin letter spelled in either
/// script (<c>Peter H. Diamandis</c>, <c>পিটার এইচ. ডায়ামানডিস</c>, <c>Dr.</c>, <c>डॉ.</c>), inside
/// a number (<c>3.5</c>), in an ellipsis (<c>...</c>), or before a lower-case Latin word
/// (<c>etc. and</c>).</item>
/// <item><c>: ; , – — …</c> never end a sentence.</item>
/// <item>A <c>?</c>, <c>!</c> or <c>.</c> inside a quote or bracket that opened mid-clause (anywhere
/// but at the sentence's start or after a colon) does not end it: <c>সে "না!" বলে চলে গেল।</c> is
/// one sentence. A danda always ends one.</item>
/// <item>Inline code is never cut and its punctuation ends nothing; a hard line break after a
/// sentence stays at its end, so the whitespace between sentences is plain text.</item>
/// </list>
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, in order; none for empty text.</summary>
    public static ImmutableArray<Sentence> Split(RichText text)
    {
        var plain = new StringBuilder();
        var sources = new List<CharSource>();
        Flatten(text.Nodes, plain, sources);
        var flat = plain.ToString();
        var spans = SentenceBoundaries.Find(flat, [.. sources]);
        if (spans.Count == 0)
        {
            return [];
        }

        var texts = RichTextCutter.Cut(text, spans);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            sentences.Add(new Sentence(texts[i], flat[spans[i].End..spans[i].Next]));
        }

        return sentences.MoveToImmutable();
    }

    private static void Flatten(ImmutableArray<InlineNode> nodes, StringBuilder plain, List<CharSource> sources)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode run:
                    Append(run.Text, CharSource.Text, plain, sources);
                    break;
                case EmphasisNode emphasis:
                    Flatten(emphasis.Children, plain, sources);
                    break;
                case LinkNode link:
                    Flatten(link.Children, plain, sources);
                    break;
                case LineBreakNode:
                    Append(node.PlainText, CharSource.Break, plain, sources);
                    break;
                default:
                    Append(node.PlainText, CharSource.Atomic, plain, sources);
                    break;
            }
        }
    }

    private static void Append(string text, CharSource source, StringBuilder plain, List<CharSource> sources)
    {
        plain.Append(text);
        for (var i = 0; i < text.Length; i++)
        {
            sources.Add(source);
        }
    }
}
