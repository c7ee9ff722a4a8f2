using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>Sentence beads that pair the n-th sentence of every language: bead n holds sentence n of each language that has one.</summary>
internal static class PositionalBeads
{
    /// <param name="rowAnchor">The row's anchor, for the beads' anchors.</param>
    /// <param name="counts">Per language, how many sentences its cell has.</param>
    public static ImmutableArray<SentenceBead> Of(string rowAnchor, IReadOnlyList<int> counts)
    {
        var n = counts.Count == 0 ? 0 : counts.Max();
        var beads = ImmutableArray.CreateBuilder<SentenceBead>(n);
        for (var k = 0; k < n; k++)
        {
            ImmutableArray<ImmutableArray<int>> sentences = [.. counts.Select(c => k < c ? ImmutableArray.Create(k) : [])];
            beads.Add(new SentenceBead(Anchors.Sentence(rowAnchor, k + 1), sentences, 1));
        }

        return beads.MoveToImmutable();
    }
}
