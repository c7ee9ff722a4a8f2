using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// The units the aligner pairs inside a block: its sentences, as plain text. Paragraphs, quotes
/// (their words) and takeaway items (their explanation) are split; terms and labels are not.
/// A stand-in until the segmenter's <c>Sentences</c> land on the blocks: it splits after
/// । ॥ ? ! (and the closing quotes or brackets after them) where white space follows.
/// </summary>
internal static class SentenceUnits
{
    /// <summary>The plain text of each sentence of a block, in order.</summary>
    public static ImmutableArray<string> Of(object block) => block switch
    {
        ParagraphBlock p => Split(p.Text.PlainText),
        QuoteBlock q => Split(q.Text.PlainText),
        TakeawayItem t => Split(t.Explanation.PlainText),
        _ => [],
    };

    /// <summary>The sentences of a text; a text with no terminator is one sentence, empty text none.</summary>
    public static ImmutableArray<string> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('।' or '॥' or '?' or '!'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (text[end] is '।' or '॥' or '?' or '!' or '"' or '\'' or '”' or '’' or ')' or ']'))
            {
                end++;
            }

            if (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                sentences.Add(text[start..end]);
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                start = end;
            }

            i = end - 1;
        }

        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..]))
        {
            sentences.Add(text[start..].TrimEnd());
        }

        return sentences.ToImmutable();
    }
}
