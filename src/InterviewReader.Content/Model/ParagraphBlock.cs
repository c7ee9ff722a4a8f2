namespace InterviewReader.Content.Model;

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string AnchorId, int Line, RichText Text) : Block(AnchorId, Line)
{
    /// <summary>The editor's override of the alignment (<c>{align=3}</c>, <c>{align=none}</c>), or null.</summary>
    public AlignMarker? Align { get; init; }
}
