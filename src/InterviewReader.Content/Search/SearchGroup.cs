using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Search;

/// <summary>The hits of one interview, best first.</summary>
/// <param name="Interview">The interview.</param>
/// <param name="Hits">Its passages that matched, best first.</param>
public sealed record SearchGroup(Interview Interview, ImmutableArray<SearchHit> Hits);
