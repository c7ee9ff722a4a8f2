using System.Collections.Frozen;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The web assets of each language, one row per row of <see cref="Languages.All"/> and in the same
/// order: adding a language to the site is adding a row here, its fonts to wwwroot/fonts and their
/// <c>@font-face</c> to site.css (a test checks all three).
/// </summary>
public static class WebLanguages
{
    /// <summary>The Latin subset every page uses for names, numbers and English lines.</summary>
    public const string LatinFont = "/fonts/noto-sans-devanagari-latin-400-normal.1ea6a2f05a.woff2";

    /// <summary>The languages, in the order of <see cref="Languages.All"/>.</summary>
    public static IReadOnlyList<WebLanguage> All { get; } =
    [
        new(
            Language("hi"),
            new(
                "hi", "InterviewReader", "पुस्तकालय", "विषय-सूची", "दोनों", "भाषा", "इस खंड का लिंक कॉपी करें",
                "इस अंश का लिंक कॉपी करें",
                "लिंक कॉपी हो गया", "इस भाषा में नहीं है", "यह खंड इस भाषा में नहीं है।", "इसे यहाँ पढ़ें:",
                "पाठ पर जाएँ", "साथ-साथ", "अभी यहाँ कोई साक्षात्कार नहीं है।",
                "पृष्ठ नहीं मिला", "इस पते पर कोई साक्षात्कार या भाषा नहीं है।", "पुस्तकालय पर लौटें",
                "वाक्य-युग्म (TMX)")
            {
                Reading = new(
                    "कीबोर्ड शॉर्टकट", "अगला वाक्य और उसका अनुवाद", "पिछला वाक्य और उसका अनुवाद", "दृश्य बदलें",
                    "वाक्य का अनुवाद दिखाएँ या छिपाएँ", "इस जगह का लिंक कॉपी करें", "अनुवाद बंद करें",
                    "ये शॉर्टकट दिखाएँ", "बंद करें", "कीबोर्ड शॉर्टकट के लिए ? दबाएँ।"),
            },
            "/fonts/noto-sans-devanagari-devanagari-400-normal.f86f14cbd1.woff2", "Noto Sans Devanagari",
            "/fonts/noto-sans-devanagari-name-400-normal.b3854283a0.woff2", "IR Devanagari Name",
            "०१२३४५६७८९", "devanagari"),
        new(
            Language("bn"),
            new(
                "bn", "InterviewReader", "গ্রন্থাগার", "সূচিপত্র", "দুটোই", "ভাষা", "এই অংশের লিংক কপি করুন",
                "এই অনুচ্ছেদের লিংক কপি করুন",
                "লিংক কপি হয়েছে", "এই ভাষায় নেই", "এই অংশটি এই ভাষায় নেই।", "এখানে পড়ুন:",
                "লেখায় যান", "পাশাপাশি", "এখানে এখনও কোনো সাক্ষাৎকার নেই।",
                "পাতাটি পাওয়া যায়নি", "এই ঠিকানায় কোনো সাক্ষাৎকার বা ভাষা নেই।", "গ্রন্থাগারে ফিরে যান",
                "বাক্য-জোড়া (TMX)")
            {
                Reading = new(
                    "কীবোর্ড শর্টকাট", "পরের বাক্য ও তার অনুবাদ", "আগের বাক্য ও তার অনুবাদ", "দৃশ্য বদলান",
                    "বাক্যের অনুবাদ দেখান বা লুকান", "এই জায়গার লিংক কপি করুন", "অনুবাদ বন্ধ করুন",
                    "এই শর্টকাটগুলো দেখান", "বন্ধ করুন", "কীবোর্ড শর্টকাটের জন্য ? চাপুন।"),
            },
            "/fonts/noto-sans-bengali-bengali-400-normal.adb805ae2e.woff2", "Noto Sans Bengali",
            "/fonts/noto-sans-bengali-name-400-normal.558cf64128.woff2", "IR Bengali Name",
            "০১২৩৪৫৬৭৮৯", "bengali"),
    ];

    private static readonly FrozenDictionary<string, WebLanguage> ByCode =
        All.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>The web assets of a language, or null when the site has none for it.</summary>
    public static WebLanguage? Find(string code) => ByCode.GetValueOrDefault(code);

    private static LanguageInfo Language(string code) =>
        Languages.Find(code) ?? throw new InvalidOperationException($"The language table has no \"{code}\".");
}
