using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Every row of an aligned interview, flattened to its anchor and its cells.</summary>
internal static class AlignedRows
{
    /// <summary>Paragraph and quote rows, takeaway lists and takeaway items, in reading order, with each column's first block (null where it has none).</summary>
    public static IEnumerable<(string Anchor, IReadOnlyList<object?> Cells)> All(AlignedInterview interview)
    {
        foreach (var block in interview.Sections.SelectMany(s => s.Blocks))
        {
            switch (block)
            {
                case AlignedRow<ParagraphBlock> paragraph:
                    yield return (paragraph.AnchorId, FirstOfEach(paragraph));
                    break;
                case AlignedRow<QuoteBlock> quote:
                    yield return (quote.AnchorId, FirstOfEach(quote));
                    break;
                case AlignedTakeaways takeaways:
                    yield return (takeaways.AnchorId, [.. takeaways.Lists]);
                    foreach (var item in takeaways.Items)
                    {
                        yield return (item.AnchorId, FirstOfEach(item));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"unexpected row {block.GetType().Name}");
            }
        }
    }

    /// <summary>Each column's first block, or null where the language lacks the row.</summary>
    private static IReadOnlyList<object?> FirstOfEach<T>(AlignedRow<T> row)
        where T : class =>
        [.. Enumerable.Range(0, row.Cells.Length).Select(row.First)];

    /// <summary>The cells of the row with this anchor.</summary>
    public static IReadOnlyList<object?> Cells(AlignedInterview interview, string anchor) =>
        All(interview).Single(r => r.Anchor == anchor).Cells;
}
