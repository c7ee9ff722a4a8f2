using System.Collections.Immutable;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Sentences that translate each other inside one row: per language, the indexes of its
/// sentences (counted over all blocks of that language's cell, in order). A language with no
/// sentence in the bead has no translation of the others' sentences.
/// </summary>
/// <param name="AnchorId">The bead's anchor, <c>{row anchor}-s{n}</c>, minted by <see cref="Model.Anchors.Sentence"/>.</param>
/// <param name="Sentences">Per language, in column order, the indexes of the bead's sentences.</param>
/// <param name="Confidence">The posterior probability of the bead (see <see cref="DoubtfulBelow"/>).</param>
public sealed record SentenceBead(string AnchorId, ImmutableArray<ImmutableArray<int>> Sentences, double Confidence)
{
    /// <summary>
    /// Below this posterior a bead is doubtful: the aligner finds it at least as likely that these
    /// sentences are not each other's translation as that they are, summed over every alignment
    /// of the row.
    /// </summary>
    public const double DoubtfulBelow = 0.5;

    /// <summary>True when the aligner is not sure of the pairing (<see cref="Confidence"/> below <see cref="DoubtfulBelow"/>).</summary>
    public bool IsDoubtful => Confidence < DoubtfulBelow;

    /// <summary>True when the language in <paramref name="column"/> has no sentence in the bead: no translation.</summary>
    public bool Lacks(int column) => Sentences[column].IsEmpty;

    /// <summary>Compares by content, the arrays included.</summary>
    public bool Equals(SentenceBead? other) =>
        other is not null
        && AnchorId == other.AnchorId
        && Confidence.Equals(other.Confidence)
        && Sentences.Length == other.Sentences.Length
        && Sentences.Zip(other.Sentences).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AnchorId, Sentences.Length);
}
