using System.Text.RegularExpressions;
using InterviewReader.Content.Tests.TestSupport;
using InterviewReader.Content.Text.Transliteration;

namespace InterviewReader.Content.Tests.Transliteration;

public sealed partial class RoundTripAndWordTests
{
    private static readonly Transliterator ToDevaDisplay = BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display);
    private static readonly Transliterator ToDevaReversible = BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Reversible);
    private static readonly Transliterator ToBengDisplay = BengaliDevanagari.DevanagariToBengali(TransliterationMode.Display);
    private static readonly Transliterator ToBengReversible = BengaliDevanagari.DevanagariToBengali(TransliterationMode.Reversible);

    [Fact]
    public void Reversible_EveryWordOfTheFixtureBengali_RoundTripsExactly()
    {
        var words = Words().Matches(RealInterview.SourceText("bn")).Select(m => m.Value).Distinct().ToList();

        Assert.True(words.Count > 500, $"only {words.Count} words");
        var failures = words.Where(w => ToBengReversible.TransliterateText(ToDevaReversible.TransliterateText(w)) != w).ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void Reversible_TheWholeFixtureBengali_RoundTripsExactly()
    {
        var text = RealInterview.SourceText("bn");

        Assert.Equal(text, ToBengReversible.TransliterateText(ToDevaReversible.TransliterateText(text)));
    }

    [Fact]
    public void Display_TheFixtureBengali_DoesNotRoundTrip_WhichIsWhyTheReversibleModeExists()
    {
        // ৎ → त् → ৎ survives, but য় → य → য় only where the rule guesses it (প্রযুক্তি gains a nukta).
        Assert.NotEqual("প্রযুক্তি", ToBengDisplay.TransliterateText(ToDevaDisplay.TransliterateText("প্রযুক্তি")));
        Assert.Equal("প্রযুক্তি", ToBengReversible.TransliterateText(ToDevaReversible.TransliterateText("প্রযুক্তি")));
    }

    [Theory]
    [InlineData("বুদ্ধিমত্তা", "बुद्धिमत्ता")]
    [InlineData("স্বাধীনতা", "स्वाधीनता")]
    [InlineData("সাংস্কৃতিক", "सांस्कृतिक")]
    [InlineData("ক্ষমতা", "क्षमता")]
    [InlineData("প্রশিক্ষণ", "प्रशिक्षण")]
    public void Display_SharedWordsOfTheBundledText_ComeOutAsTheHindiSpellsThem(string bengali, string hindi)
    {
        Assert.Contains(bengali, RealInterview.SourceText("bn"), StringComparison.Ordinal);
        Assert.Contains(hindi, RealInterview.SourceText("hi"), StringComparison.Ordinal);

        Assert.Equal(hindi, ToDevaDisplay.TransliterateText(bengali));
        Assert.Equal(bengali, ToBengDisplay.TransliterateText(hindi));
    }

    [Theory]
    // Letters that look alike (a dot, a stroke) but are different letters stay different.
    [InlineData("ব", "র")]
    [InlineData("ড", "ড়")]
    [InlineData("ঢ", "ঢ়")]
    [InlineData("ত", "ৎ")]
    [InlineData("ও", "ত")]
    [InlineData("৪", "8")]
    [InlineData("ঙ", "ঞ")]
    [InlineData("ম", "স")]
    public void Display_LookAlikeBengaliLetters_AreNotConfused(string a, string b)
    {
        Assert.NotEqual(ToDevaDisplay.TransliterateText(a), ToDevaDisplay.TransliterateText(b));
    }

    [Theory]
    [InlineData("कय", "कय़")]
    [InlineData("कड", "कड़")]
    [InlineData("कत्", "कत्\u200C")]
    public void Reversible_LookAlikeDevanagariSpellings_StayApart(string a, string b)
    {
        // Display merges these (য/য়, त्/ৎ); the reversible mode keeps every spelling Bengali can produce apart.
        Assert.NotEqual(ToBengReversible.TransliterateText(a), ToBengReversible.TransliterateText(b));
    }

    [Fact]
    public void Display_FalseFriendSpellings_FollowTheTableNotTheHindiWord()
    {
        // বিশ্ব is विश्व in Hindi and ভবিষ্যৎ भविष्यत्, but a ব not after a consonant is ब (the rule): the
        // Bengali spelling in Devanagari letters, not the Hindi word.
        Assert.Equal("बिश्व", ToDevaDisplay.TransliterateText("বিশ্ব"));
        Assert.Equal("भबिष्यत्", ToDevaDisplay.TransliterateText("ভবিষ্যৎ"));
    }

    [GeneratedRegex(@"[^\s\p{P}]+")]
    private static partial Regex Words();
}
