using System.Collections.Immutable;

namespace InterviewReader.Content.Alignment;

/// <summary>Counterparts side by side: one cell per language of the interview, null where a language lacks it.</summary>
/// <typeparam name="T">A paragraph, quote or takeaway item.</typeparam>
/// <param name="AnchorId">The anchor shared by every cell.</param>
/// <param name="Cells">One cell per language, in the order of <see cref="AlignedInterview.Languages"/>.</param>
public sealed record AlignedRow<T>(string AnchorId, ImmutableArray<T?> Cells) : AlignedBlock(AnchorId)
    where T : class;
