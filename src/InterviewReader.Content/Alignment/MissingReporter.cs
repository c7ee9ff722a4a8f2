using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Alignment;

/// <summary>Reports cells that one language lacks, naming the file that lacks them and the file that has them.</summary>
internal sealed class MissingReporter(ImmutableArray<Transcript> transcripts, ICollection<ContentProblem>? problems)
{
    public MissingReporter Silent() => new(transcripts, null);

    /// <summary>Reports each empty cell of a row that has content in some other language.</summary>
    /// <param name="cells">The row's cells, one per transcript.</param>
    /// <param name="anchor">The row's anchor, for the message.</param>
    /// <param name="what">What the row is, for the message.</param>
    /// <param name="placeIn">Where in the lacking file (its index given) the counterpart belongs: a line and how to place it there.</param>
    public void Missing<T>(ImmutableArray<T?> cells, string anchor, string what, Func<int, Place> placeIn)
        where T : class =>
        Missing([.. cells.Select(c => c is not null)], anchor, what, placeIn);

    /// <summary>Reports each language of a row that lacks it while some other language has it.</summary>
    /// <param name="has">Per transcript, whether it has the row.</param>
    /// <param name="anchor">The row's anchor, for the message.</param>
    /// <param name="what">What the row is, for the message.</param>
    /// <param name="placeIn">Where in the lacking file (its index given) the counterpart belongs.</param>
    public void Missing(ImmutableArray<bool> has, string anchor, string what, Func<int, Place> placeIn)
    {
        if (problems is null)
        {
            return;
        }

        var present = has.Select((c, i) => (c, i)).Where(p => p.c).Select(p => transcripts[p.i].SourcePath).ToList();
        for (var i = 0; i < has.Length; i++)
        {
            if (!has[i])
            {
                var place = placeIn(i);
                problems.Add(new ContentProblem(
                    ProblemSeverity.Warning,
                    transcripts[i].SourcePath,
                    place.Line,
                    $"{what} is in {string.Join(", ", present)} but not in this file: add it {place.How} so the rows match; the reader shows a placeholder for '{anchor}' until then"));
            }
        }
    }
}

/// <summary>Where a missing counterpart belongs: a line of the lacking file, and how to place it there ("after the block that starts at this line").</summary>
internal readonly record struct Place(int Line, string How);
