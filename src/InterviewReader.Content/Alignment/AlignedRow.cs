using System.Collections.Immutable;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Counterparts side by side: per language of the interview, the blocks of that language in this
/// row (none where the language lacks it, two or more where one language split what another
/// kept whole), with the sentence beads that pair their sentences.
/// </summary>
/// <typeparam name="T">A paragraph, quote or takeaway item.</typeparam>
/// <param name="AnchorId">The anchor shared by every cell.</param>
/// <param name="Cells">Per language, in the order of <see cref="AlignedInterview.Languages"/>, the row's blocks in that language.</param>
public sealed record AlignedRow<T>(string AnchorId, ImmutableArray<ImmutableArray<T>> Cells) : AlignedBlock(AnchorId)
    where T : class
{
    /// <summary>
    /// The posterior probability of the paragraph bead this row is (how sure the aligner is that
    /// these blocks translate each other), or 1 where nothing was chosen (rows paired by anchor).
    /// </summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The sentence beads of the row in reading order; every sentence of every cell is in exactly one.</summary>
    public ImmutableArray<SentenceBead> Beads { get; init; } = [];

    /// <summary>True when the language in <paramref name="column"/> has no block in this row.</summary>
    public bool Lacks(int column) => Cells[column].IsEmpty;

    /// <summary>
    /// The block of a column in a row that holds at most one per language (quotes, takeaway items,
    /// and most paragraphs), or null where the language lacks it.
    /// </summary>
    public T? First(int column) => Cells[column].IsEmpty ? null : Cells[column][0];

    /// <summary>Compares by content, the arrays included.</summary>
    public bool Equals(AlignedRow<T>? other) =>
        other is not null
        && AnchorId == other.AnchorId
        && Confidence.Equals(other.Confidence)
        && Cells.Length == other.Cells.Length
        && Cells.Zip(other.Cells).All(p => p.First.SequenceEqual(p.Second))
        && Beads.SequenceEqual(other.Beads);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AnchorId, Cells.Length, Beads.Length);
}
