namespace InterviewReader.Content.Search;

/// <summary>What kind of block a search passage is.</summary>
public enum PassageKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A quotation.</summary>
    Quote,

    /// <summary>One takeaway (its term and explanation).</summary>
    Takeaway,
}
