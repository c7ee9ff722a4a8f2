using System.Collections.Immutable;
using System.Text;

namespace InterviewReader.Content.Model;

/// <summary>
/// A run of inline text: more than a string of HTML, so later work can find sentences or
/// transliterate words without parsing markup.
/// </summary>
public sealed record RichText(ImmutableArray<InlineNode> Nodes)
{
    /// <summary>Plain text made of a single text run.</summary>
    public static RichText Of(string text) => new([new TextNode(text)]);

    /// <summary>The text a reader sees, without any markup.</summary>
    public string PlainText => string.Concat(Nodes.Select(n => n.PlainText));

    /// <summary>Compares by content: two rich texts are equal when their nodes are.</summary>
    public bool Equals(RichText? other) => other is not null && Nodes.SequenceEqual(other.Nodes);

    /// <inheritdoc />
    public override int GetHashCode() => PlainText.GetHashCode(StringComparison.Ordinal);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(PlainText);
        return true;
    }
}
