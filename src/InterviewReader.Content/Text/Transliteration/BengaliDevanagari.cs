using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text.Transliteration;

/// <summary>
/// Bengali ⇄ Devanagari. The base is the offset of 0x80 between the blocks, for the letters and
/// signs (U+0981–U+09E3 ⇄ U+0901–U+0963) and the digits; every exception is one rule below, each
/// with a test (BengaliDevanagariRuleTests).
/// </summary>
public static class BengaliDevanagari
{
    private const string Zwj = "\u200D";
    private const string Zwnj = "\u200C";

    /// <summary>Bengali → Devanagari: the exceptions to the offset.</summary>
    public static IReadOnlyList<TransliterationRule> ToDevanagari { get; } =
    [
        new("ৎ", "त्", "ৎ → त् (never U+094E, the offset's prishthamatra)", RuleModes.Display),
        new("ৎ", "त्" + Zwnj, "reversible: ৎ → त्+ZWNJ, which maps back to ৎ", RuleModes.Reversible),
        new("ত্" + Zwj, "त्", "the legacy ত্‍ (ta, hasanta, ZWJ) is ৎ", RuleModes.Display),
        new("্ব", "्व", "ব-ফলা after a consonant other than ম or ব → ्व (স্বাধীনতা → स्वाधीनता); ব elsewhere → ब",
            When: c => IsBengaliConsonant(c.Before) && c.Before is not ('ম' or 'ব')),
        new("য়", "य", "য় → य (য and য় are both य)", RuleModes.Display),
        new("র" + Zwj + "্য", "र्" + Zwj + "य", "র‍্য (ra, ZWJ, hasanta, ya) → र्‍य: ya-phala after ra, no reph"),
        new("ৰ", "र", "Assamese ৰ → र", RuleModes.Display),
        new("ৱ", "व", "Assamese ৱ → व", RuleModes.Display),
        new("৷", "।", "৷ (the Bengali sign used as a danda) → ।", RuleModes.Display),
        // NFC: Devanagari composes na and ra with nukta, Bengali does not.
        new("ন়", "ऩ", "ন় → ऩ (NFC composes it)"),
        new("র়", "ऱ", "র় → ऱ (NFC composes it)"),
    ];

    /// <summary>Devanagari → Bengali: the exceptions to the offset.</summary>
    public static IReadOnlyList<TransliterationRule> ToBengali { get; } =
    [
        new("व", "ব", "व → ব"),
        new("य", "য়", "a non-initial य not after ् or ं → য় (समय → সময়)", RuleModes.Display,
            c => IsDevanagariWordChar(c.Before) && c.Before is not ('्' or 'ं' or '\u200D') && c.After != '़'),
        new("ं", "ঞ্", "ं before a palatal stop → ঞ্", RuleModes.Display, c => IsStop(c, "चछजझ")),
        new("ं", "ণ্", "ं before a retroflex stop → ণ্", RuleModes.Display, c => IsStop(c, "टठडढ")),
        new("ं", "ন্", "ं before a dental stop → ন্ (हिंदी → হিন্দী)", RuleModes.Display, c => IsStop(c, "तथदध")),
        new("ं", "ম্", "ं before a labial stop → ম্", RuleModes.Display, c => IsStop(c, "पफबभ")),
        new("ं", "ঁ", "ं over a vowel sign with no consonant after → ঁ (में → মেঁ)", RuleModes.Display,
            c => IsDevanagariVowelSign(c.Before) && !IsDevanagariConsonant(c.After)),
        new("ऑ", "অ", "ऑ → অ"),
        new("ॉ", "", "ॉ → the inherent vowel"),
        new("ऍ", "অ্যা", "ऍ → অ্যা"),
        new("ॅ", "্যা", "ॅ → ্যা"),
        new("क़", "ক", "क़ loses the nukta", RuleModes.Display),
        new("ख़", "খ", "ख़ loses the nukta", RuleModes.Display),
        new("ग़", "গ", "ग़ loses the nukta", RuleModes.Display),
        new("ज़", "জ", "ज़ loses the nukta", RuleModes.Display),
        new("फ़", "ফ", "फ़ loses the nukta", RuleModes.Display),
        new("ळ", "ল", "ळ → ল"),
        new("ऴ", "ল", "ऴ → ল"),
        new("ऩ", "ন", "ऩ → ন (Bengali has no nnna)", RuleModes.Display),
        new("ऩ", "ন়", "reversible: ऩ → ন়", RuleModes.Reversible),
        new("ऱ", "র", "ऱ → র (Bengali has no rra)", RuleModes.Display),
        new("ऱ", "র়", "reversible: ऱ → র়", RuleModes.Reversible),
        new("त्", "ৎ", "त् at a word's end or before a consonant other than त थ न म य र ल व ब → ৎ", RuleModes.Display,
            c => !IsDevanagariWordChar(c.After) || (IsDevanagariConsonant(c.After) && !"तथनमयरलवब".Contains(c.After))),
        new("त्" + Zwnj, "ৎ", "त्+ZWNJ (the written half form) → ৎ"),
        new("र्" + Zwj, "র" + Zwj + "্", "र्‍ (eyelash ra) → র‍্ (ya-phala after ra, no reph)"),
        new("ऄ", "অ", "ऄ (short a) → অ"),
        new("ऎ", "এ", "ऎ (short e) → এ"),
        new("ॆ", "ে", "ॆ (short e sign) → ে"),
        new("ऒ", "ও", "ऒ (short o) → ও"),
        new("ॊ", "ো", "ॊ (short o sign) → ো"),
        new("ॎ", "ে", "ॎ (prishthamatra e) → ে, not the offset's ৎ"),
    ];

    /// <summary>The Bengali characters the offset maps: letters and signs U+0981–U+09E3, and the digits.</summary>
    public static bool BengaliOffsetApplies(char c) => c is (>= '\u0981' and <= '\u09E3') or (>= '০' and <= '৯');

    /// <summary>The Devanagari characters the offset maps: letters and signs U+0901–U+0963, and the digits.</summary>
    public static bool DevanagariOffsetApplies(char c) => c is (>= '\u0901' and <= '\u0963') or (>= '०' and <= '९');

    /// <summary>Bengali → Devanagari in a mode.</summary>
    public static Transliterator BengaliToDevanagari(TransliterationMode mode) =>
        new(Scripts.Bengali, Scripts.Devanagari, mode, ToDevanagari, BengaliOffsetApplies);

    /// <summary>Devanagari → Bengali in a mode.</summary>
    public static Transliterator DevanagariToBengali(TransliterationMode mode) =>
        new(Scripts.Devanagari, Scripts.Bengali, mode, ToBengali, DevanagariOffsetApplies);

    private static bool IsBengaliConsonant(char c) => c is >= 'ক' and <= 'হ';

    private static bool IsDevanagariConsonant(char c) => c is (>= 'क' and <= 'ह') or (>= '\u0958' and <= '\u095F');

    private static bool IsDevanagariVowelSign(char c) => c is (>= '\u093E' and <= '\u094C') or '\u0962' or '\u0963';

    // Letters and signs of a word, and the joiners inside one.
    private static bool IsDevanagariWordChar(char c) => c is (>= '\u0900' and <= '\u0963') or (>= '\u0971' and <= '\u097F') or '\u200C' or '\u200D';

    // The next letter is one of the stops, not made a fricative or flap by a nukta (ज़, ड़).
    private static bool IsStop(RuleContext c, string stops) => stops.Contains(c.After) && c.AfterBy(1) != '़';
}
