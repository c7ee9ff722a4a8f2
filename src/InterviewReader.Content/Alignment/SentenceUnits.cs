using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// The units the aligner pairs inside a block: its sentences, as plain text. Until sentence
/// segmentation lands a block is one unit; paragraphs, quotes (their words) and takeaway items
/// (their explanation) are split, terms and labels are not.
/// </summary>
internal static class SentenceUnits
{
    /// <summary>The plain text of each sentence of a block, in order.</summary>
    public static ImmutableArray<string> Of(object block) => block switch
    {
        ParagraphBlock p => [p.Text.PlainText],
        QuoteBlock q => [q.Text.PlainText],
        TakeawayItem t => [t.Explanation.PlainText],
        _ => [],
    };
}
