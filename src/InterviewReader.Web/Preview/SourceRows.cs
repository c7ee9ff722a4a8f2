using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Preview;

/// <summary>
/// Which row of the side-by-side view each line of each transcript is in: a section heading, a
/// paragraph, a quote, a takeaway list's label or one takeaway, by the line where it starts.
/// </summary>
public sealed class SourceRows
{
    private readonly ImmutableDictionary<string, ImmutableArray<(int Line, string Anchor)>> _byFile;

    private SourceRows(ImmutableDictionary<string, ImmutableArray<(int Line, string Anchor)>> byFile) => _byFile = byFile;

    /// <summary>The rows of an interview, per transcript file.</summary>
    public static SourceRows Of(AlignedInterview interview)
    {
        var byFile = ImmutableDictionary.CreateBuilder<string, ImmutableArray<(int Line, string Anchor)>>(StringComparer.Ordinal);
        for (var column = 0; column < interview.Languages.Length; column++)
        {
            var starts = new List<(int Line, string Anchor)>();
            foreach (var section in interview.Sections)
            {
                if (section.Cells[column] is { Heading: not null } heading)
                {
                    starts.Add((heading.Line, section.Id));
                }

                foreach (var block in section.Blocks)
                {
                    starts.AddRange(Starts(block, column));
                }
            }

            byFile[interview.Interview.Transcripts[column].SourcePath] = [.. starts.OrderBy(s => s.Line)];
        }

        return new SourceRows(byFile.ToImmutable());
    }

    /// <summary>The anchor of the row that line <paramref name="line"/> of <paramref name="file"/> is in, or null (before the first row, line 0, another file).</summary>
    public string? RowAt(string file, int line)
    {
        if (line <= 0 || !_byFile.TryGetValue(file, out var starts))
        {
            return null;
        }

        string? anchor = null;
        foreach (var (start, id) in starts)
        {
            if (start > line)
            {
                break;
            }

            anchor = id;
        }

        return anchor;
    }

    // Where each block of one language's cell of a row starts.
    private static IEnumerable<(int Line, string Anchor)> Starts(AlignedBlock block, int column) => block switch
    {
        AlignedRow<ParagraphBlock> row => row.Cells[column].Select(p => (p.Line, row.AnchorId)),
        AlignedRow<QuoteBlock> row => row.Cells[column].Select(q => (q.Line, row.AnchorId)),
        AlignedTakeaways takeaways => (takeaways.Lists[column] is { } list ? [(list.Line, takeaways.AnchorId)] : Array.Empty<(int, string)>())
            .Concat(takeaways.Items.SelectMany(item => item.Cells[column].Select(t => (t.Line, item.AnchorId)))),
        _ => [],
    };
}
