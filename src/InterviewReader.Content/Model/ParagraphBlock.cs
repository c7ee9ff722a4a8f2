namespace InterviewReader.Content.Model;

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string AnchorId, int Line, RichText Text) : Block(AnchorId, Line);
