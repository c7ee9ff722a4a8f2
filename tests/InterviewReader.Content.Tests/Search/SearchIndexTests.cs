using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Search;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Search;

/// <summary>Searching the bundled interview in each script and in Latin, and small made-up libraries.</summary>
public sealed class SearchIndexTests
{
    private static readonly Lazy<SearchIndex> Real = new(() => SearchIndex.For(RealInterview.Snapshot));

    [Theory]
    [InlineData("बुद्धिमत्ता")]
    [InlineData("বুদ্ধিমত্তা")]
    public void A_word_in_either_script_finds_passages_in_both_languages(string query)
    {
        var results = Real.Value.Search(SearchQuery.Parse(query));
        var languages = results.Groups.SelectMany(g => g.Hits).Select(h => h.Passage.Language.Code).ToHashSet();
        Assert.Equal(["bn", "hi"], languages.Order());
        Assert.All(results.Groups.SelectMany(g => g.Hits), h => Assert.NotEmpty(SearchMarks.In(h.Passage.Text, results.Query.Terms)));
    }

    [Fact]
    public void The_same_word_in_two_scripts_finds_the_same_passages_in_the_same_order()
    {
        var devanagari = Anchors(Real.Value.Search(SearchQuery.Parse("प्रशिक्षण")));
        var bengali = Anchors(Real.Value.Search(SearchQuery.Parse("প্রশিক্ষণ")));
        Assert.NotEmpty(devanagari);
        Assert.Equal(devanagari, bengali);
    }

    [Fact]
    public void A_long_word_finds_its_bengali_inflections()
    {
        var results = Real.Value.Search(SearchQuery.Parse("प्रशिक्षण"));
        var texts = results.Groups.SelectMany(g => g.Hits).Select(h => h.Passage.Text).ToList();
        Assert.Contains(texts, t => t.Contains("প্রশিক্ষণের", StringComparison.Ordinal));
    }

    [Fact]
    public void A_latin_name_finds_both_languages_whatever_its_case()
    {
        var lower = Real.Value.Search(SearchQuery.Parse("stability"));
        var upper = Real.Value.Search(SearchQuery.Parse("STABILITY"));
        Assert.Equal(["bn", "hi"], lower.Groups.SelectMany(g => g.Hits).Select(h => h.Passage.Language.Code).Distinct().Order());
        Assert.Equal(Anchors(lower), Anchors(upper));
    }

    [Fact]
    public void Every_word_of_a_query_must_match()
    {
        var one = Real.Value.Search(SearchQuery.Parse("Mostaque"));
        var both = Real.Value.Search(SearchQuery.Parse("Mostaque बुद्धिमत्ता"));
        Assert.True(both.TotalHits > 0);
        Assert.True(both.TotalHits < one.TotalHits);
        Assert.All(both.Groups.SelectMany(g => g.Hits), h => Assert.Contains("Mostaque", h.Passage.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_of_only_false_friends_matches_nothing_and_says_so()
    {
        var query = SearchQuery.Parse("के কে");
        Assert.True(query.OnlyCommonWords);
        Assert.Equal(0, Real.Value.Search(query).TotalHits);
    }

    [Fact]
    public void A_short_key_matches_only_itself_and_a_long_one_every_key_it_begins()
    {
        var index = SearchIndex.Build([Interview("x", ("hi", ["दोनों तरफ़", "दो बातें", "बुद्धिमत्ताएँ"]))]);
        Assert.Equal(["x-p2"], Anchors(index.Search(SearchQuery.Parse("दो"))));
        Assert.Equal(["x-p3"], Anchors(index.Search(SearchQuery.Parse("बुद्धिमत्ता"))));
        Assert.Equal(["x-p1"], Anchors(index.Search(SearchQuery.Parse("तरफ"))));
    }

    [Fact]
    public void The_word_itself_ranks_above_its_inflections_and_hits_group_by_interview()
    {
        var index = SearchIndex.Build(
        [
            Interview("a", ("bn", ["বুদ্ধিমত্তার কথা", "অন্য কিছু"])),
            Interview("b", ("hi", ["बुद्धिमत्ता की बात", "कुछ और"]), ("bn", ["বুদ্ধিমত্তার প্রশ্ন", "আরও"])),
        ]);
        var results = index.Search(SearchQuery.Parse("বুদ্ধিমত্তা"));
        Assert.Equal(3, results.TotalHits);
        Assert.Equal(["b", "a"], results.Groups.Select(g => g.Interview.Slug));
        Assert.Equal(["hi", "bn"], results.Groups[0].Hits.Select(h => h.Passage.Language.Code));
    }

    [Fact]
    public void Each_snapshot_has_its_own_index()
    {
        var first = RealInterview.Snapshot;
        var second = first with { };
        Assert.Same(SearchIndex.For(first), SearchIndex.For(first));
        Assert.NotSame(SearchIndex.For(first), SearchIndex.For(second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*:* OR title:[a TO z] \"\\")]
    [InlineData("\u0000\u001f\u007f")]
    [InlineData("<script>alert(1)</script>")]
    public void Hostile_queries_are_text(string raw)
    {
        var results = Real.Value.Search(SearchQuery.Parse(raw));
        Assert.True(results.TotalHits >= 0);
    }

    private static List<string> Anchors(SearchResults results) =>
        [.. results.Groups.SelectMany(g => g.Hits).Select(h => $"{h.Passage.Language.Code}:{h.Passage.AnchorId}").Select(a => a[(a.IndexOf(':', StringComparison.Ordinal) + 1)..])];

    private static AlignedInterview Interview(string slug, params (string Language, string[] Paragraphs)[] transcripts) =>
        new(
            new Interview(slug, [.. transcripts.Select(t => new Transcript(
                Languages.Find(t.Language)!,
                $"{slug}/{t.Language}.md",
                new InterviewMetadata("title", null, null, "someone", new DateOnly(2024, 1, 1)),
                [new Section(Section.IntroId, null, 1, [.. t.Paragraphs.Select((p, i) => (Block)new ParagraphBlock($"{slug}-p{i + 1}", i + 1, RichText.Of(p)))])]))]),
            ImmutableArray<AlignedSection>.Empty);
}
