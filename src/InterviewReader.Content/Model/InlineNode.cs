using System.Collections.Immutable;

namespace InterviewReader.Content.Model;

/// <summary>A piece of inline text.</summary>
public abstract record InlineNode
{
    /// <summary>The text this node shows, without markup.</summary>
    public abstract string PlainText { get; }
}

/// <summary>Literal text.</summary>
public sealed record TextNode(string Text) : InlineNode
{
    /// <inheritdoc />
    public override string PlainText => Text;
}

/// <summary>Emphasised text: <c>*em*</c> (level 1) or <c>**strong**</c> (level 2).</summary>
public sealed record EmphasisNode(int Level, ImmutableArray<InlineNode> Children) : InlineNode
{
    /// <inheritdoc />
    public override string PlainText => string.Concat(Children.Select(c => c.PlainText));

    /// <inheritdoc />
    public bool Equals(EmphasisNode? other) =>
        other is not null && Level == other.Level && Children.SequenceEqual(other.Children);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, PlainText);
}

/// <summary>A link whose URL passed the link policy (http, https, mailto or an in-page fragment).</summary>
public sealed record LinkNode(string Url, ImmutableArray<InlineNode> Children) : InlineNode
{
    /// <inheritdoc />
    public override string PlainText => string.Concat(Children.Select(c => c.PlainText));

    /// <inheritdoc />
    public bool Equals(LinkNode? other) =>
        other is not null && Url == other.Url && Children.SequenceEqual(other.Children);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Url, PlainText);
}

/// <summary>Inline code.</summary>
public sealed record CodeNode(string Code) : InlineNode
{
    /// <inheritdoc />
    public override string PlainText => Code;
}

/// <summary>A hard line break inside a paragraph.</summary>
public sealed record LineBreakNode : InlineNode
{
    /// <inheritdoc />
    public override string PlainText => "\n";
}
