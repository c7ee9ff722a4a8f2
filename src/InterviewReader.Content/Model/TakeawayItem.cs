using System.Collections.Immutable;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Model;

/// <summary>One takeaway in the "term: explanation" shape.</summary>
/// <param name="AnchorId">The item's anchor (<c>founders-call-t1</c>).</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Term">The text before the first colon.</param>
/// <param name="Separator">The colon and the space after it, as written.</param>
/// <param name="Explanation">The text after the separator.</param>
public sealed record TakeawayItem(string AnchorId, int Line, RichText Term, string Separator, RichText Explanation)
{
    /// <summary>The text after the separator.</summary>
    public RichText Explanation
    {
        get;
        init
        {
            field = value;
            Sentences = SentenceSplitter.Split(value);
        }
    } = Explanation;

    /// <summary>The sentences of <see cref="Explanation"/> (the term is one unit, not split), found once when the item is made.</summary>
    public ImmutableArray<Sentence> Sentences { get; private init; } = SentenceSplitter.Split(Explanation);

    /// <summary>Compares every member but the sentences, which follow from the explanation.</summary>
    public bool Equals(TakeawayItem? other) =>
        other is not null && AnchorId == other.AnchorId && Line == other.Line && Term.Equals(other.Term)
        && Separator == other.Separator && Explanation.Equals(other.Explanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AnchorId, Line, Term, Separator, Explanation);
}
