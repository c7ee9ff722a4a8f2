namespace InterviewReader.Content.Model;

/// <summary>A block of text inside a section.</summary>
/// <param name="AnchorId">A stable ID derived from the section and position, the same in every language.</param>
/// <param name="Line">The 1-based line where the block starts in the source file.</param>
public abstract record Block(string AnchorId, int Line);
