using System.Collections.Immutable;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Model;

/// <summary>A quotation, with its attribution when the source names one (<c>"…" - Name</c>).</summary>
/// <param name="AnchorId">The block's anchor.</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Attribution">Who said them, or null.</param>
/// <param name="Separator">The text between quote and attribution in the source, kept so nothing is lost.</param>
public sealed record QuoteBlock(string AnchorId, int Line, RichText Text, RichText? Attribution, string Separator)
    : Block(AnchorId, Line)
{
    /// <summary>The quoted words.</summary>
    public RichText Text
    {
        get;
        init
        {
            field = value;
            Sentences = SentenceSplitter.Split(value);
        }
    } = Text;

    /// <summary>The sentences of <see cref="Text"/> (not of the attribution), found once when the block is made.</summary>
    public ImmutableArray<Sentence> Sentences { get; private init; } = SentenceSplitter.Split(Text);

    /// <summary>Compares anchor, line, text, attribution and separator; the sentences follow from the text.</summary>
    public bool Equals(QuoteBlock? other) =>
        base.Equals(other) && Text.Equals(other.Text) && Equals(Attribution, other.Attribution) && Separator == other.Separator;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Text, Attribution, Separator);
}
