using System.Collections.Immutable;

namespace InterviewReader.Content.Search;

/// <summary>What a query found.</summary>
/// <param name="Query">The query.</param>
/// <param name="TotalHits">How many passages matched in all.</param>
/// <param name="Groups">The best <see cref="SearchIndex.MaxHits"/> of them by interview, the interview with the best passage first.</param>
public sealed record SearchResults(SearchQuery Query, int TotalHits, ImmutableArray<SearchGroup> Groups)
{
    /// <summary>The passages in <see cref="Groups"/>, group by group.</summary>
    public int HitCount => Groups.Sum(g => g.Hits.Length);

    /// <summary>True when more passages matched than are listed.</summary>
    public bool IsCut => TotalHits > HitCount;

    /// <summary>Groups best-first hits by interview, keeping their order inside each group.</summary>
    public static ImmutableArray<SearchGroup> Group(IEnumerable<SearchHit> bestFirst) =>
        [.. bestFirst.GroupBy(h => h.Passage.Interview.Slug, StringComparer.Ordinal).Select(g => new SearchGroup(g.First().Passage.Interview, [.. g]))];
}
