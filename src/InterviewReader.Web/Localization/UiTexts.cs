using InterviewReader.Content.Model;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The interface in each language, as a table. English is used where a page shows several
/// languages at once (the library, the side-by-side view) and for the 404 page's third voice.
/// </summary>
public static class UiTexts
{
    /// <summary>English, for pages in several languages.</summary>
    public static UiText English { get; } = new(
        "en", "InterviewReader", "Library", "Contents", "Both", "Language", "Copy link to this section", "Copy link to this passage",
        "Link copied", "Not in this language", "Skip to the text", "Side by side",
        "Page not found", "There is no interview or language at this address.", "Back to the library");

    private static readonly Dictionary<string, UiText> ByLang = new(StringComparer.Ordinal)
    {
        ["en"] = English,
        ["hi"] = new(
            "hi", "InterviewReader", "पुस्तकालय", "विषय-सूची", "दोनों", "भाषा", "इस खंड का लिंक कॉपी करें",
            "इस अंश का लिंक कॉपी करें",
            "लिंक कॉपी हो गया", "इस भाषा में नहीं है", "पाठ पर जाएँ", "साथ-साथ",
            "पृष्ठ नहीं मिला", "इस पते पर कोई साक्षात्कार या भाषा नहीं है।", "पुस्तकालय पर लौटें"),
        ["bn"] = new(
            "bn", "InterviewReader", "গ্রন্থাগার", "সূচিপত্র", "দুটোই", "ভাষা", "এই অংশের লিংক কপি করুন",
            "এই অনুচ্ছেদের লিংক কপি করুন",
            "লিংক কপি হয়েছে", "এই ভাষায় নেই", "লেখায় যান", "পাশাপাশি",
            "পাতাটি পাওয়া যায়নি", "এই ঠিকানায় কোনো সাক্ষাৎকার বা ভাষা নেই।", "গ্রন্থাগারে ফিরে যান"),
    };

    /// <summary>The interface in the given language, or English.</summary>
    public static UiText For(string? lang) => lang is not null && ByLang.TryGetValue(lang, out var text) ? text : English;

    /// <summary>
    /// What a language is called in the toggle: by itself, in its own script (हिन्दी, বাংলা), as
    /// readers look for it. On a page in another script the name comes from a font subset of those
    /// few glyphs (see <see cref="ScriptFonts.NameFor"/>), not from the whole font.
    /// </summary>
    public static string NameOf(string languageCode) => Languages.Find(languageCode)?.NativeName ?? languageCode;
}
