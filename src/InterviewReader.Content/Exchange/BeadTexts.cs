using System.Collections.Immutable;
using System.Text;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Exchange;

/// <summary>
/// The sentence beads of an aligned interview with their sentences' text, in reading order: each
/// paragraph and quote row, then each takeaway item of a list. A bead's indexes count the
/// sentences of all blocks of a cell in order (<see cref="ParagraphBlock.Sentences"/>,
/// <see cref="QuoteBlock.Sentences"/>, <see cref="TakeawayItem.Sentences"/>).
/// </summary>
public static class BeadTexts
{
    /// <summary>Every bead of the interview, in reading order.</summary>
    public static IEnumerable<BeadText> Of(AlignedInterview interview) =>
        interview.Sections.SelectMany(s => s.Blocks).SelectMany(block => block switch
        {
            AlignedRow<ParagraphBlock> row => Of(row, p => (p.Line, p.Sentences)),
            AlignedRow<QuoteBlock> row => Of(row, q => (q.Line, q.Sentences)),
            AlignedTakeaways takeaways => takeaways.Items.SelectMany(item => Of(item, i => (i.Line, i.Sentences))),
            _ => [],
        });

    private static IEnumerable<BeadText> Of<T>(AlignedRow<T> row, Func<T, (int Line, ImmutableArray<Sentence> Sentences)> sentencesOf)
        where T : class
    {
        // Per column, each sentence of the cell (over all its blocks) with its block's line.
        var cells = row.Cells.Select(cell => cell.SelectMany(block =>
        {
            var (line, sentences) = sentencesOf(block);
            return sentences.Select(s => (Line: line, Sentence: s));
        }).ToArray()).ToArray();

        foreach (var bead in row.Beads)
        {
            var texts = ImmutableArray.CreateBuilder<string>(cells.Length);
            var lines = ImmutableArray.CreateBuilder<int>(cells.Length);
            for (var column = 0; column < cells.Length; column++)
            {
                // An index past the cell's sentences (an aligner that split differently) is left out rather than thrown on.
                var chosen = bead.Sentences[column].Where(i => i >= 0 && i < cells[column].Length).Select(i => cells[column][i]).ToArray();
                texts.Add(Join(chosen.Select(c => c.Sentence).ToArray()));
                lines.Add(chosen.Length == 0 ? 0 : chosen[0].Line);
            }

            yield return new BeadText(row.AnchorId, bead, texts.MoveToImmutable(), lines.MoveToImmutable());
        }
    }

    // The sentences as they read in the source: each followed by its own whitespace, but the last.
    private static string Join(Sentence[] sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences.Length; i++)
        {
            text.Append(sentences[i].Text.PlainText);
            if (i < sentences.Length - 1)
            {
                text.Append(sentences[i].Trailing.Length > 0 ? sentences[i].Trailing : " ");
            }
        }

        return text.ToString();
    }
}
