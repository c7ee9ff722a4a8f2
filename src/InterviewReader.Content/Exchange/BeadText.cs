using System.Collections.Immutable;
using InterviewReader.Content.Alignment;

namespace InterviewReader.Content.Exchange;

/// <summary>A sentence bead with its sentences' text: what the TMX file and the <c>align</c> command show.</summary>
/// <param name="RowAnchor">The anchor of the row the bead is in (<c>democracy-p1</c>).</param>
/// <param name="Bead">The bead (its anchor, sentence indexes and confidence).</param>
/// <param name="Texts">
/// Per language, in column order, the bead's sentences as plain text, joined by the whitespace
/// that separates them in the source; empty where the language has no sentence in the bead.
/// </param>
/// <param name="Lines">Per language, the source line of the block holding the bead's first sentence, or 0 where it has none.</param>
public sealed record BeadText(string RowAnchor, SentenceBead Bead, ImmutableArray<string> Texts, ImmutableArray<int> Lines)
{
    /// <summary>How many languages have a sentence in the bead.</summary>
    public int LanguageCount => Texts.Count(t => t.Length > 0);

    /// <summary>Compares by content, the arrays included.</summary>
    public bool Equals(BeadText? other) =>
        other is not null && RowAnchor == other.RowAnchor && Bead.Equals(other.Bead)
        && Texts.SequenceEqual(other.Texts) && Lines.SequenceEqual(other.Lines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RowAnchor, Bead);
}
