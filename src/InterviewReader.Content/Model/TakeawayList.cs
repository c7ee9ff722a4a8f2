using System.Collections.Immutable;

namespace InterviewReader.Content.Model;

/// <summary>A labelled list of takeaways that closes a section.</summary>
/// <param name="AnchorId">The list's anchor (<c>founders-call-takeaways</c>).</param>
/// <param name="Line">The 1-based source line of the container.</param>
/// <param name="Label">The label as written (<c>मुख्य सीख:</c>, <c>Key Learnings:</c>).</param>
/// <param name="Items">The takeaways in order.</param>
public sealed record TakeawayList(string AnchorId, int Line, RichText Label, ImmutableArray<TakeawayItem> Items)
    : Block(AnchorId, Line);
