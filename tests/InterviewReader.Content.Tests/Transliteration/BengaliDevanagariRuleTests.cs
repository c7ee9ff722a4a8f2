using InterviewReader.Content.Text.Transliteration;

namespace InterviewReader.Content.Tests.Transliteration;

/// <summary>One case (or more) per rule of issue 10 §1, each in the mode it is for.</summary>
public sealed class BengaliDevanagariRuleTests
{
    private const string Zwj = "\u200D";
    private const string Zwnj = "\u200C";

    [Theory]
    // The offset base: letters, signs, digits.
    [InlineData("কমল", "कमल")]
    [InlineData("২০২৪", "२०२४")]
    // ৎ → त्, never U+094E.
    [InlineData("ভবিষ্যৎ", "भबिष्यत्")]
    [InlineData("উৎপাদন", "उत्पादन")]
    // The legacy ত্‍ is ৎ.
    [InlineData("ভবিষ্যত্" + Zwj, "भबिष्यत्")]
    // ব-ফলা after a consonant other than ম or ব → ्व; ব elsewhere → ब.
    [InlineData("স্বাধীনতা", "स्वाधीनता")]
    [InlineData("উদ্বেগ", "उद्वेग")]
    [InlineData("সম্বন্ধ", "सम्बन्ध")]
    [InlineData("ব্ব", "ब्ब")]
    [InlineData("বিবেক", "बिबेक")]
    // য and য় → य.
    [InlineData("যখন", "यखन")]
    [InlineData("সময়", "समय")]
    [InlineData("সম\u09DF", "समय")] // precomposed য় (U+09DF), NFC makes it য + ়
    // ড় ঢ় → ड़ ढ़ (offset, nukta kept).
    [InlineData("বড়", "बड़")]
    [InlineData("আষাঢ়", "आषाढ़")]
    // ৰ ৱ → र व (Assamese letters).
    [InlineData("ৰ", "र")]
    [InlineData("ৱ", "व")]
    // ৷ → ।; । and ॥ stay.
    [InlineData("শেষ৷", "शेष।")]
    [InlineData("শেষ।", "शेष।")]
    [InlineData("শেষ॥", "शेष॥")]
    // র‍্য → र्‍य (no reph).
    [InlineData("র" + Zwj + "্যাব", "र्" + Zwj + "याब")]
    [InlineData("কর্ম", "कर्म")]
    // ZWJ and ZWNJ are kept.
    [InlineData("ক" + Zwnj + "্", "क" + Zwnj + "्")]
    // NFC composes na and ra with nukta in Devanagari.
    [InlineData("ন়", "ऩ")]
    [InlineData("র়", "ऱ")]
    [InlineData("ৎ়", "त़्")]
    // Other scripts pass through.
    [InlineData("AI-এর", "AI-एर")]
    public void BengaliToDevanagari_Display_FollowsTheRule(string bengali, string devanagari) =>
        Assert.Equal(devanagari, BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display).TransliterateText(bengali));

    [Theory]
    [InlineData("ভবিষ্যৎ", "भबिष्यत्" + Zwnj)]
    [InlineData("সময়", "समय़")]
    [InlineData("ভবিষ্যত্" + Zwj, "भबिष्यत्" + Zwj)]
    [InlineData("স্বাধীনতা", "स्वाधीनता")]
    [InlineData("ৰ৷", "ৰ৷")]
    public void BengaliToDevanagari_Reversible_KeepsWhatTheWayBackNeeds(string bengali, string devanagari) =>
        Assert.Equal(devanagari, BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Reversible).TransliterateText(bengali));

    [Theory]
    // व → ব.
    [InlineData("विश्व", "বিশ্ব")]
    // A non-initial य not after ् or ं → য়.
    [InlineData("समय", "সময়")]
    [InlineData("जाय", "জায়")]
    [InlineData("यह", "যহ")]
    [InlineData("सत्य", "সত্য")]
    [InlineData("संयम", "সংযম")]
    [InlineData("य़", "য়")]
    // ं: over a vowel sign with no consonant after → ঁ; before a non-velar stop → nasal + ্; else ং.
    [InlineData("में", "মেঁ")]
    [InlineData("हैं।", "হৈঁ।")]
    [InlineData("हिंदी", "হিন্দী")]
    [InlineData("पंजाब", "পঞ্জাব")]
    [InlineData("ठंडा", "ঠণ্ডা")]
    [InlineData("संबंध", "সম্বন্ধ")]
    [InlineData("अंग", "অংগ")]
    [InlineData("सांस्कृतिक", "সাংস্কৃতিক")]
    [InlineData("मैंने", "মৈংনে")]
    [InlineData("संज़", "সংজ")]
    // ऑ/ॉ → অ / the inherent vowel.
    [InlineData("ऑफ़िस", "অফিস")]
    [InlineData("डॉक्टर", "ডক্টর")]
    // ऍ/ॅ → অ্যা / ্যা.
    [InlineData("ऍ", "অ্যা")]
    [InlineData("बॅट", "ব্যাট")]
    // क़ ख़ ग़ ज़ फ़ lose the nukta; ड़ ढ़ keep it.
    [InlineData("क़ख़ग़ज़फ़", "কখগজফ")]
    [InlineData("बड़ा", "বড়া")]
    [InlineData("पढ़", "পঢ়")]
    // ळ → ল.
    [InlineData("ळ", "ল")]
    // त् at a word's end or before a consonant other than त थ न म य र ल व ब → ৎ.
    [InlineData("भविष्यत्", "ভবিষ্যৎ")]
    [InlineData("उत्पादन", "উৎপাদন")]
    [InlineData("उत्साह", "উৎসাহ")]
    [InlineData("महत्त्व", "মহত্ত্ব")]
    [InlineData("आत्मा", "আত্মা")]
    [InlineData("सत्र", "সত্র")]
    [InlineData("त्" + Zwnj, "ৎ")]
    // Eyelash ra.
    [InlineData("र्" + Zwj + "य", "র" + Zwj + "্য")]
    // Letters Bengali lacks, never an unassigned offset.
    [InlineData("ऎॆऒॊऄ", "এেওোঅ")]
    [InlineData("कॎ", "কে")]
    [InlineData("ऩऱऴ", "নরল")]
    // Digits, danda, double danda, joiners.
    [InlineData("२०२४।॥", "২০২৪।॥")]
    [InlineData("क" + Zwj + "्", "ক" + Zwj + "্")]
    public void DevanagariToBengali_Display_FollowsTheRule(string devanagari, string bengali) =>
        Assert.Equal(bengali, BengaliDevanagari.DevanagariToBengali(TransliterationMode.Display).TransliterateText(devanagari));

    [Theory]
    [InlineData("भबिष्यत्" + Zwnj, "ভবিষ্যৎ")]
    [InlineData("समय़", "সময়")]
    [InlineData("समय", "সময")]
    [InlineData("में हिंदी", "মেং হিংদী")]
    [InlineData("उत्पादन", "উত্পাদন")]
    [InlineData("स्वाधीनता", "স্বাধীনতা")]
    [InlineData("ऩऱ", "ন়র়")]
    [InlineData("क़", "ক়")]
    public void DevanagariToBengali_Reversible_InvertsTheReversibleBengaliToDevanagari(string devanagari, string bengali) =>
        Assert.Equal(bengali, BengaliDevanagari.DevanagariToBengali(TransliterationMode.Reversible).TransliterateText(devanagari));

    [Fact]
    public void EveryRule_IsCoveredByACaseAbove()
    {
        // A rule added to a table without a case here fails: each From must occur in a case of its direction.
        var toDeva = string.Concat(CasesOf(nameof(BengaliToDevanagari_Display_FollowsTheRule)).Concat(CasesOf(nameof(BengaliToDevanagari_Reversible_KeepsWhatTheWayBackNeeds))));
        var toBeng = string.Concat(CasesOf(nameof(DevanagariToBengali_Display_FollowsTheRule)).Concat(CasesOf(nameof(DevanagariToBengali_Reversible_InvertsTheReversibleBengaliToDevanagari))));
        Assert.All(BengaliDevanagari.ToDevanagari, r => Assert.Contains(r.From, toDeva, StringComparison.Ordinal));
        Assert.All(BengaliDevanagari.ToBengali, r => Assert.Contains(r.From, toBeng.Normalize(), StringComparison.Ordinal));
    }

    private static IEnumerable<string> CasesOf(string method) =>
        typeof(BengaliDevanagariRuleTests).GetMethod(method)!.GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>().SelectMany(a => a.GetData(null!)).Select(d => (string)d[0]).Select(s => s.Normalize());
}
