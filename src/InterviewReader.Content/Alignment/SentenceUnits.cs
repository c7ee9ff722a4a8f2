using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// The units the aligner pairs inside a block: its sentences (<see cref="Text.SentenceSplitter"/>'s, so a
/// bead's indexes are the ones the reader, the TMX and the CLI show), as plain text. Paragraphs,
/// quotes (their words) and takeaway items (their explanation) are split; terms and labels are not.
/// </summary>
internal static class SentenceUnits
{
    /// <summary>The plain text of each sentence of a block, in order.</summary>
    public static ImmutableArray<string> Of(object block) => block switch
    {
        ParagraphBlock p => Texts(p.Sentences),
        QuoteBlock q => Texts(q.Sentences),
        TakeawayItem t => Texts(t.Sentences),
        _ => [],
    };

    private static ImmutableArray<string> Texts(ImmutableArray<Sentence> sentences) => [.. sentences.Select(s => s.Text.PlainText)];
}
