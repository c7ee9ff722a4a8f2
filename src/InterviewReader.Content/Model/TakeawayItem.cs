namespace InterviewReader.Content.Model;

/// <summary>One takeaway in the "term: explanation" shape.</summary>
/// <param name="AnchorId">The item's anchor (<c>founders-call-t1</c>).</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Term">The text before the first colon.</param>
/// <param name="Separator">The colon and the space after it, as written.</param>
/// <param name="Explanation">The text after the separator.</param>
public sealed record TakeawayItem(string AnchorId, int Line, RichText Term, string Separator, RichText Explanation);
