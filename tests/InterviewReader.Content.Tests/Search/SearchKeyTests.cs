using InterviewReader.Content.Search;
using InterviewReader.Content.Tests.TestSupport;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Search;

/// <summary>The search key, rule by rule, and real word pairs of the bundled interview that must share a key.</summary>
public sealed class SearchKeyTests
{
    [Theory]
    // Bengali onto the Devanagari offsets
    [InlineData("কমল", "कमल")]
    [InlineData("ক্ষমতা", "क्षमता")]
    [InlineData("কো", "को")]
    [InlineData("ক\u09C7\u09BE", "को")] // ো written as e + aa
    [InlineData("ক\u09C7\u09D7", "कौ")] // ৌ written as e + au length mark
    [InlineData("ৰ", "र")]
    // ৎ is ta + virama
    [InlineData("সাক্ষাৎকার", "साक्षात्कार")]
    // nukta removed, precomposed or not
    [InlineData("ज़्यादा", "ज्यादा")]
    [InlineData("\u095B", "ज")]
    [InlineData("फ़ैसला", "फैसला")]
    [InlineData("\u09DC", "ड")]
    [InlineData("ড\u09BC", "ड")]
    [InlineData("\u09DF", "य")]
    [InlineData("য\u09BC", "य")]
    // ZWJ and ZWNJ removed
    [InlineData("র\u200D্য", "र्य")]
    [InlineData("क्\u200Cष", "क्ष")]
    [InlineData("त\u200Dक", "तक")]
    // va is ba
    [InlineData("विश्व", "बिश्ब")]
    [InlineData("ৱ", "ब")]
    // ī is i, ū is u
    [InlineData("दीदी", "दिदि")]
    [InlineData("ईश", "इश")]
    [InlineData("भूमि", "भुमि")]
    [InlineData("ऊपर", "उपर")]
    // chandra vowels folded
    [InlineData("डॉक्टर", "डक्टर")]
    [InlineData("ऑफिस", "अफिस")]
    [InlineData("ऍप", "एप")]
    [InlineData("बॅट", "बेट")]
    // chandrabindu is anusvara
    [InlineData("पहुँच", "पहुंच")]
    [InlineData("চাঁদ", "चांद")]
    // homorganic nasal + virama before a stop is anusvara
    [InlineData("हिन्दी", "हिंदि")]
    [InlineData("সম্বন্ধ", "संबंध")]
    [InlineData("अङ्क", "अंक")]
    [InlineData("पञ्च", "पंच")]
    [InlineData("कण्ठ", "कंठ")]
    // ... but not before a letter that is no stop of its class
    [InlineData("जन्म", "जन्म")]
    [InlineData("अन्य", "अन्य")]
    [InlineData("सम्त", "सम्त")]
    // a final virama dropped, an inner one kept
    [InlineData("जगत्", "जगत")]
    [InlineData("ভবিষ্যৎ", "भबिष्यत")]
    // digits to ASCII
    [InlineData("२०२४", "2024")]
    [InlineData("২০২৪", "2024")]
    // Latin lower-cased
    [InlineData("Emad", "emad")]
    [InlineData("AI", "ai")]
    public void Each_rule_gives_the_key(string word, string key) => Assert.Equal(key, SearchKey.Of(word));

    [Theory]
    [InlineData("शक्ति", "सक्ति")] // ś is not s
    [InlineData("षट", "सट")] // ṣ is not s
    [InlineData("शेष", "शेस")]
    [InlineData("कण", "कन")] // ṇ is not n
    [InlineData("প্রাণ", "প্রান")]
    [InlineData("बल", "बाल")]
    public void Letters_it_does_not_fold_stay_apart(string one, string other) =>
        Assert.NotEqual(SearchKey.Of(one), SearchKey.Of(other));

    [Theory]
    [InlineData("बुद्धिमत्ता", "বুদ্ধিমত্তা")]
    [InlineData("क्षमता", "ক্ষমতা")]
    [InlineData("प्रशिक्षण", "প্রশিক্ষণ")]
    [InlineData("स्वाधीनता", "স্বাধীনতা")] // va is ba, ī is i
    [InlineData("सांस्कृतिक", "সাংস্কৃতিক")]
    [InlineData("संस्कृति", "সংস্কৃতি")]
    [InlineData("साक्षात्कार", "সাক্ষাৎকার")] // ৎ
    [InlineData("केंद्रीय", "কেন্দ্রীয়")] // homorganic nasal, ī, য়
    [InlineData("अंतर्निहित", "অন্তর্নিহিত")] // homorganic nasal
    [InlineData("भूमिका", "ভূমিকা")]
    [InlineData("प्रति", "প্রতি")]
    public void A_word_of_the_bundled_interview_has_one_key_in_both_scripts(string hindi, string bengali)
    {
        Assert.Contains(hindi, Words("hi"));
        Assert.Contains(bengali, Words("bn"));
        Assert.Equal(SearchKey.Of(hindi), SearchKey.Of(bengali));
    }

    [Theory]
    [InlineData("के", "কে")]
    [InlineData("या", "যা")]
    [InlineData("कि", "কি")]
    [InlineData("ये", "যে")]
    public void The_false_friends_of_the_bundled_interview_share_a_key_and_are_common_words(string hindi, string bengali)
    {
        Assert.Contains(hindi, Words("hi"));
        Assert.Contains(bengali, Words("bn"));
        Assert.Equal(SearchKey.Of(hindi), SearchKey.Of(bengali));
        Assert.True(CommonWords.Contains(SearchKey.Of(hindi)));
    }

    [Fact]
    public void The_sources_map_each_key_character_to_the_letter_it_came_from()
    {
        var sources = new List<int>();
        var key = SearchKey.Fold("হিন্দী", sources);
        Assert.Equal("हिंदि", key);
        Assert.Equal([0, 1, 2, 4, 5], sources); // ं from ন; দ at 4 (after the virama); ি from ী
    }

    private static HashSet<string> Words(string language)
    {
        var text = RealInterview.SourceText(language);
        return [.. SearchTokens.Split(text).Select(t => text.Substring(t.Start, t.Length))];
    }
}
