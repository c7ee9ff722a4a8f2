using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Preview;

/// <summary>How one row was aligned: its paragraph bead's confidence and its sentence beads.</summary>
/// <param name="Confidence">The paragraph bead's posterior (1 where nothing was chosen).</param>
/// <param name="Beads">The row's sentence beads, in reading order.</param>
public sealed record RowAlignment(double Confidence, ImmutableArray<SentenceBead> Beads)
{
    /// <summary>True when the aligner doubts the paragraph bead (below <see cref="SentenceBead.DoubtfulBelow"/>, the sentence beads' threshold).</summary>
    public bool IsDoubtful => Confidence < SentenceBead.DoubtfulBelow;

    /// <summary>The alignment of every row of the interview that has one (paragraphs, quotes, takeaways), by anchor.</summary>
    public static ImmutableDictionary<string, RowAlignment> Of(AlignedInterview interview)
    {
        var rows = ImmutableDictionary.CreateBuilder<string, RowAlignment>(StringComparer.Ordinal);
        foreach (var block in interview.Sections.SelectMany(s => s.Blocks))
        {
            switch (block)
            {
                case AlignedRow<ParagraphBlock> row:
                    rows[row.AnchorId] = new(row.Confidence, row.Beads);
                    break;
                case AlignedRow<QuoteBlock> row:
                    rows[row.AnchorId] = new(row.Confidence, row.Beads);
                    break;
                case AlignedTakeaways takeaways:
                    foreach (var item in takeaways.Items)
                    {
                        rows[item.AnchorId] = new(item.Confidence, item.Beads);
                    }

                    break;
            }
        }

        return rows.ToImmutable();
    }
}
