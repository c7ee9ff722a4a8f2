using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Pairs the sentences of a row: for two languages, the banded Gale–Church program
/// (<see cref="BandedAligner"/>) over every sentence of each cell in order; where one language
/// lacks the row, each sentence of the other is a bead of its own with confidence 1 (nothing was
/// chosen); with three or more languages, by position (a pairwise program does not order three).
/// </summary>
internal static class SentenceAligner
{
    private static readonly BandedAligner Aligner = new(BeadKind.Sentences);

    /// <summary>The beads of a row, anchored <c>{row anchor}-s{n}</c>.</summary>
    /// <param name="rowAnchor">The row's anchor.</param>
    /// <param name="sentences">Per language, the plain text of each sentence of its cell, over all its blocks in order.</param>
    public static ImmutableArray<SentenceBead> Beads(string rowAnchor, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var present = Enumerable.Range(0, sentences.Count).Where(c => sentences[c].Count > 0).ToList();
        if (sentences.Count != 2 || present.Count < 2)
        {
            return PositionalBeads.Of(rowAnchor, [.. sentences.Select(s => s.Count)]);
        }

        var beads = Aligner.Align([.. sentences[0].Select(AlignmentUnit.Of)], [.. sentences[1].Select(AlignmentUnit.Of)]);
        var result = ImmutableArray.CreateBuilder<SentenceBead>(beads.Count);
        foreach (var bead in beads)
        {
            ImmutableArray<ImmutableArray<int>> indexes =
            [
                [.. Enumerable.Range(bead.First, bead.Kind.First)],
                [.. Enumerable.Range(bead.Second, bead.Kind.Second)],
            ];
            result.Add(new SentenceBead(Anchors.Sentence(rowAnchor, result.Count + 1), indexes, bead.Posterior));
        }

        return result.MoveToImmutable();
    }
}
