using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Alignment;

/// <summary>Reports cells that one language lacks, naming the file that lacks them and the file that has them.</summary>
internal sealed class MissingReporter(ImmutableArray<Transcript> transcripts, ICollection<ContentProblem>? problems)
{
    /// <summary>What a warning about a choice the aligner made adds: how an editor overrides it.</summary>
    public const string MarkerHint = "the rows were paired by content (length, names and numbers); if this paragraph does translate one there, end both with {align=N}, N the other's paragraph number in this section (its link ends -pN), or end this one with {align=none} to keep it alone";

    public MissingReporter Silent() => new(transcripts, null);

    /// <summary>The transcripts' language codes, in column order.</summary>
    public ImmutableArray<string> LanguageCodes { get; } = [.. transcripts.Select(t => t.Language.Code)];

    /// <summary>
    /// Reports a row where one language has two paragraphs beside one of another (split or merged
    /// in translation, as the aligner judged), in the file with two, at the first one's line.
    /// </summary>
    public void Joined(ImmutableArray<ImmutableArray<ParagraphBlock>> cells, double confidence)
    {
        if (problems is null)
        {
            return;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length < 2)
            {
                continue;
            }

            var others = string.Join(", ", cells.Select((c, k) => (c, k)).Where(p => p.k != i && !p.c.IsEmpty).Select(p => $"{transcripts[p.k].SourcePath}:{p.c[0].Line}"));
            problems.Add(new ContentProblem(
                ProblemSeverity.Warning,
                transcripts[i].SourcePath,
                cells[i][0].Line,
                $"the paragraphs at lines {string.Join(" and ", cells[i].Select(p => p.Line))} are shown as one row beside the single paragraph at {others} (one is split or merged in translation, confidence {confidence:0.00}); {MarkerHint}"));
        }
    }

    /// <summary>Reports a sentence with no counterpart in the other languages' cells of its row (a 1-0 or 0-1 bead).</summary>
    public void Unpaired(int column, int line, string sentence, string rowAnchor)
    {
        if (problems is null)
        {
            return;
        }

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = string.Join(' ', words.Take(6)) + (words.Length > 6 ? " …" : "");
        var others = string.Join(", ", transcripts.Where((_, k) => k != column).Select(t => t.SourcePath));
        problems.Add(new ContentProblem(
            ProblemSeverity.Warning,
            transcripts[column].SourcePath,
            line,
            $"the sentence \"{start}\" has no counterpart in {others} in the row '{rowAnchor}': translate it there, or remove it if it was added by mistake; the reader marks it as untranslated"));
    }

    /// <summary>Reports each empty cell of a row that has content in some other language.</summary>
    /// <param name="cells">The row's cells, one per transcript.</param>
    /// <param name="anchor">The row's anchor, for the message.</param>
    /// <param name="what">What the row is, for the message.</param>
    /// <param name="placeIn">Where in the lacking file (its index given) the counterpart belongs: a line and how to place it there.</param>
    public void Missing<T>(ImmutableArray<T?> cells, string anchor, string what, Func<int, Place> placeIn)
        where T : class =>
        Missing([.. cells.Select(c => c is not null)], anchor, what, placeIn, null);

    /// <summary>Reports each language of a row that lacks it while some other language has it.</summary>
    /// <param name="has">Per transcript, whether it has the row.</param>
    /// <param name="anchor">The row's anchor, for the message.</param>
    /// <param name="what">What the row is, for the message.</param>
    /// <param name="placeIn">Where in the lacking file (its index given) the counterpart belongs.</param>
    /// <param name="note">What the message adds at its end, or null.</param>
    public void Missing(ImmutableArray<bool> has, string anchor, string what, Func<int, Place> placeIn, string? note)
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
                    $"{what} is in {string.Join(", ", present)} but not in this file: add it {place.How} so the rows match; the reader shows a placeholder for '{anchor}' until then{(note is null ? "" : "; " + note)}"));
            }
        }
    }
}

/// <summary>Where a missing counterpart belongs: a line of the lacking file, and how to place it there ("after the block that starts at this line").</summary>
internal readonly record struct Place(int Line, string How);
