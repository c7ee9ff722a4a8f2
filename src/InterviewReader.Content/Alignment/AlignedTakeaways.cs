using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>A takeaway list in every language, with its items aligned by position.</summary>
/// <param name="AnchorId">The list's anchor.</param>
/// <param name="Lists">The list in each language (for its label), null where a language lacks it.</param>
/// <param name="Items">The items, one row per position.</param>
public sealed record AlignedTakeaways(
    string AnchorId,
    ImmutableArray<TakeawayList?> Lists,
    ImmutableArray<AlignedRow<TakeawayItem>> Items) : AlignedBlock(AnchorId);
