using System.Collections.Immutable;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Model;

/// <summary>A paragraph of running text.</summary>
/// <param name="AnchorId">The block's anchor.</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Text">The paragraph's text.</param>
public sealed record ParagraphBlock(string AnchorId, int Line, RichText Text) : Block(AnchorId, Line)
{
    /// <summary>The paragraph's text.</summary>
    public RichText Text
    {
        get;
        init
        {
            field = value;
            Sentences = SentenceSplitter.Split(value);
        }
    } = Text;

    /// <summary>The sentences of <see cref="Text"/>, found once when the block is made.</summary>
    public ImmutableArray<Sentence> Sentences { get; private init; } = SentenceSplitter.Split(Text);

    /// <summary>The editor's override of the alignment (<c>{align=3}</c>, <c>{align=none}</c>), or null.</summary>
    public AlignMarker? Align { get; init; }

    /// <summary>Compares anchor, line, text and alignment marker; the sentences follow from the text.</summary>
    public bool Equals(ParagraphBlock? other) => base.Equals(other) && Text.Equals(other.Text) && Equals(Align, other.Align);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Text);
}
