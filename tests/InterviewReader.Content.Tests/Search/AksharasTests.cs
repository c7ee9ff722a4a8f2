using InterviewReader.Content.Search;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Search;

/// <summary>Akshara counts (for the prefix rule) and marks widened to whole aksharas.</summary>
public sealed class AksharasTests
{
    [Theory]
    [InlineData("बुद्धिमत्ता", 4)] // बु द्धि म त्ता
    [InlineData("क्ष", 1)]
    [InlineData("प्रशिक्षण", 4)] // प्र शि क्ष ण
    [InlineData("दो", 1)]
    [InlineData("ai", 2)]
    [InlineData("2024", 4)]
    public void Count_counts_syllables_not_letters(string key, int expected) => Assert.Equal(expected, Aksharas.Count(key));

    [Theory]
    [InlineData("प्रशिक्षण", 6, 8)] // after क, inside क्ष: widened over ष
    [InlineData("प्रशिक्षण", 2, 3)] // after the virama of प्र: widened over र
    [InlineData("বুদ্ধিমত্তার", 8, 11)] // after ত of ত্তা: widened over ্তা
    [InlineData("हिन्दी", 3, 6)] // after न्: over दी
    public void Widen_never_ends_inside_an_akshara(string text, int end, int expected) =>
        Assert.Equal((0, expected), Aksharas.Widen(text, 0, end));

    [Fact]
    public void A_prefix_match_is_marked_to_the_end_of_its_conjunct()
    {
        // प्रशिक (3 aksharas) begins प्रशिक्षण; क is the first half of क्ष.
        Assert.Equal([(0, 8)], SearchMarks.In("प्रशिक्षण", [new SearchTerm(SearchKey.Of("प्रशिक"))]));
        Assert.Equal([(0, 11)], SearchMarks.In("বুদ্ধিমত্তার", [new SearchTerm(SearchKey.Of("বুদ্ধিমত্তা"))]));
        Assert.Equal([(0, 11)], SearchMarks.In("বুদ্ধিমত্তার", [new SearchTerm(SearchKey.Of("बुद्धिमत्ता"))]));
        Assert.Equal([(0, 11)], SearchMarks.In("বুদ্ধিমত্তার", [new SearchTerm(SearchKey.Of("बुद्धिमत"))]));
    }

    [Fact]
    public void An_exact_match_marks_the_whole_word_and_others_nothing()
    {
        var text = "AI के लिए, ai-first. Aid";
        Assert.Equal([(0, 2), (11, 13)], SearchMarks.In(text, [new SearchTerm("ai")]));
    }
}
