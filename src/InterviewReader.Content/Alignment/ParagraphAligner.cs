using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Pairs the paragraphs of one run of a section (the paragraphs between two quotes or lists) across
/// two languages. Where both have as many paragraphs, every pair's length is plausible
/// (|δ| ≤ <see cref="PlausibleDelta"/>) and no editor's marker says otherwise, they pair by
/// position, exactly as before. Otherwise the banded Gale–Church program over paragraphs (beads
/// 1-1, 1-0, 0-1, 2-1, 1-2) pairs them by length and the evidence of their anchors (<see cref="AnchorScores.Evidence"/>), with the editors' <c>{align=…}</c>
/// markers as constraints, so one inserted, dropped, split or merged paragraph does not shift the
/// rows after it. Where that program is doubtful of a non-1-1 choice (posterior below
/// <see cref="SentenceBead.DoubtfulBelow"/>) and no marker asks for it, the rows pair by anchor. With one language lacking the run, or three or more languages, rows pair by anchor.
/// </summary>
internal static class ParagraphAligner
{
    /// <summary>The largest length difference, in standard deviations, that still pairs by position.</summary>
    public const double PlausibleDelta = 2.5;

    private static readonly BandedAligner Aligner = new(BeadKind.Paragraphs, AnchorScores.Evidence);

    /// <summary>The rows of a run, in order.</summary>
    /// <param name="runs">Per language, the run's paragraphs in order.</param>
    public static List<ParagraphRow> Rows(IReadOnlyList<IReadOnlyList<ParagraphBlock>> runs)
    {
        if (runs.Count != 2 || runs.Any(r => r.Count == 0))
        {
            return ByAnchor(runs);
        }

        var (first, second) = (runs[0], runs[1]);
        var marked = first.Concat(second).Any(p => p.Align is not null);
        if (!marked && first.Count == second.Count && Plausible(Lengths(first), Lengths(second)))
        {
            return ByAnchor(runs);
        }

        // Only now are the anchors read: most runs pair by position, and their keys are the costly part.
        var units = runs.Select(r => r.Select(p => AlignmentUnit.Of(p.Text.PlainText)).ToList()).ToList();
        var beads = Aligner.Align(units[0], units[1], marked ? Constraint(first, second) : null);
        if (!marked && beads.Any(b => b.Kind != new BeadKind(1, 1) && b.Posterior < SentenceBead.DoubtfulBelow))
        {
            // The content does not tell (paragraphs too short or too alike): pairing by anchor is no worse a guess, and the one editors expect.
            return ByAnchor(runs);
        }

        return
        [
            .. beads.Select(b => new ParagraphRow(
                [[.. first.Skip(b.First).Take(b.Kind.First)], [.. second.Skip(b.Second).Take(b.Kind.Second)]],
                b.Posterior,
                Chosen: true)),
        ];
    }

    private static int[] Lengths(IReadOnlyList<ParagraphBlock> run) => [.. run.Select(p => AlignmentUnit.NonSpaceLength(p.Text.PlainText))];

    private static bool Plausible(int[] first, int[] second)
    {
        var model = LengthCost.For(first, second);
        for (var i = 0; i < first.Length; i++)
        {
            if (Math.Abs(model.Delta(first[i], second[i])) > PlausibleDelta)
            {
                return false;
            }
        }

        return true;
    }

    // Rows by paragraph anchor (section and position), in the order the languages have them.
    private static List<ParagraphRow> ByAnchor(IReadOnlyList<IReadOnlyList<ParagraphBlock>> runs)
    {
        var anchors = OrderedUnion.Of(runs.Select(r => r.Select(p => p.AnchorId)));
        var byAnchor = runs.Select(r => r.GroupBy(p => p.AnchorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).ToList();
        return
        [
            .. anchors.Select(a => new ParagraphRow(
                [.. byAnchor.Select(column => column.TryGetValue(a, out var p) ? ImmutableArray.Create(p) : [])],
                1,
                Chosen: false)),
        ];
    }

    // The markers as a constraint: a marked paragraph's bead must hold its counterpart (or be a skip for 'none').
    private static BeadConstraint Constraint(IReadOnlyList<ParagraphBlock> first, IReadOnlyList<ParagraphBlock> second)
    {
        var pinsOfFirst = Pins(first, second);
        var pinsOfSecond = Pins(second, first);
        return (i, j, kind) =>
            Holds(pinsOfFirst, i, kind.First, j, kind.Second) && Holds(pinsOfSecond, j, kind.Second, i, kind.First);
    }

    // For each paragraph of one language: -1 unmarked, -2 'none', else the index of its counterpart in the other run.
    private static int[] Pins(IReadOnlyList<ParagraphBlock> own, IReadOnlyList<ParagraphBlock> other)
    {
        var pins = new int[own.Count];
        for (var x = 0; x < own.Count; x++)
        {
            pins[x] = own[x].Align switch
            {
                null => -1,
                { Counterpart: null } => -2,
                { Counterpart: { } n } => IndexOfNumber(other, n),
            };
        }

        return pins;
    }

    // The index in the run of the paragraph whose anchor ends -pN; -1 (unmarked) when the run has none.
    private static int IndexOfNumber(IReadOnlyList<ParagraphBlock> run, int number)
    {
        var suffix = $"-p{number}";
        for (var y = 0; y < run.Count; y++)
        {
            if (run[y].AnchorId.EndsWith(suffix, StringComparison.Ordinal))
            {
                return y;
            }
        }

        return -1;
    }

    private static bool Holds(int[] pins, int start, int count, int otherStart, int otherCount)
    {
        for (var x = start; x < start + count; x++)
        {
            var pin = pins[x];
            if ((pin == -2 && otherCount > 0) || (pin >= 0 && (pin < otherStart || pin >= otherStart + otherCount)))
            {
                return false;
            }
        }

        return true;
    }
}
