using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Tells a version that looks half-written from an edit: against the version being served, a
/// language file is gone, a transcript lost more than a tenth of its blocks or its last headed
/// section (a file being written lacks its end), or a quarter more rows lack a counterpart. Such a
/// version is published only after a longer quiet period (<see cref="ContentOptions.ShrinkSettleMilliseconds"/>).
/// </summary>
public static class SuddenLoss
{
    /// <summary>What was lost, for the log, or null when the candidate is an ordinary edit.</summary>
    public static string? Describe(AlignedInterview served, AlignedInterview candidate)
    {
        foreach (var old in served.Interview.Transcripts)
        {
            var code = old.Language.Code;
            if (candidate.Interview.In(code) is not { } now)
            {
                return $"its '{code}' transcript is gone";
            }

            var (before, after) = (Blocks(old), Blocks(now));
            if (after * 10 < before * 9)
            {
                return $"{now.SourcePath} went from {before} to {after} blocks";
            }

            // Cut short, a file lacks its end: its last headed section (what follows may be a closing quote).
            if (old.Sections.LastOrDefault(s => s.Heading is not null) is { } last && !now.Sections.Any(s => s.Id == last.Id))
            {
                return $"{now.SourcePath} lost its last section '{last.Id}'";
            }
        }

        var (placeholdersBefore, rows) = Placeholders(served);
        var (placeholdersAfter, _) = Placeholders(candidate);
        var gained = placeholdersAfter - placeholdersBefore;
        return gained > Math.Max(3, rows / 4)
            ? $"{gained} more passages are missing in one language"
            : null;
    }

    // Paragraphs, quotes and each takeaway: what a reader sees as a passage.
    private static int Blocks(Transcript transcript) =>
        transcript.Sections.Sum(s => s.Blocks.Sum(b => b is TakeawayList list ? 1 + list.Items.Length : 1));

    // Cells shown as "not in this language", and the rows there are.
    private static (int Missing, int Rows) Placeholders(AlignedInterview interview)
    {
        var (missing, rows) = (0, 0);
        foreach (var block in interview.Sections.SelectMany(s => s.Blocks))
        {
            IEnumerable<int> nulls = block switch
            {
                AlignedRow<ParagraphBlock> row => [row.Cells.Count(c => c.IsEmpty)],
                AlignedRow<QuoteBlock> row => [row.Cells.Count(c => c.IsEmpty)],
                AlignedTakeaways takeaways => takeaways.Items.Select(i => i.Cells.Count(c => c.IsEmpty)),
                _ => [],
            };
            foreach (var n in nulls)
            {
                missing += n;
                rows++;
            }
        }

        return (missing, rows);
    }
}
