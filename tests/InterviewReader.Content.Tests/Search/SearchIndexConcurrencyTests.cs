using InterviewReader.Content.Search;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Search;

/// <summary>One index searched by many readers at once: each gets the answer it would get alone.</summary>
public sealed class SearchIndexConcurrencyTests
{
    private static readonly string[] Queries = ["बुद्धिमत्ता", "বুদ্ধিমত্তা", "stability", "प्रशिक्षण", "Mostaque बुद्धिमत्ता", "AI"];

    [Fact]
    public void Searches_on_many_threads_at_once_each_get_the_passages_a_single_search_gets()
    {
        // A fresh index, so no search has touched it yet (the shared one may have been warmed on one thread).
        var index = SearchIndex.Build(RealInterview.Snapshot.Interviews);
        var expected = Queries.ToDictionary(q => q, q => Passages(index.Search(SearchQuery.Parse(q))));
        Assert.All(expected.Values, passages => Assert.NotEmpty(passages));

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var query = Queries[i % Queries.Length];
            try
            {
                if (!Passages(index.Search(SearchQuery.Parse(query))).SequenceEqual(expected[query]))
                {
                    failures.Add($"{query}: other passages");
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{query}: {ex.GetType().Name}");
            }
        });

        Assert.Empty(failures);
    }

    private static List<string> Passages(SearchResults results) =>
        [.. results.Groups.SelectMany(g => g.Hits).Select(h => $"{h.Passage.Language.Code}:{h.Passage.AnchorId}:{h.Score}")];
}
