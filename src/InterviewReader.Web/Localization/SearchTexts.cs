using System.Collections.Frozen;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The search interface in each language of <see cref="WebLanguages"/> (a test checks every one
/// has a row), and English for a language without one.
/// </summary>
public static class SearchTexts
{
    /// <summary>English.</summary>
    public static SearchText English { get; } = new(
        "en", "Search", "Search the interviews",
        "Type a word in Devanagari, Bengali or Latin letters: both languages are searched.",
        "Nothing found.",
        "Try another or a shorter word, or type only the start of a word (at least three letters).",
        "Very common words such as के, कि, या and ये are not searched: add another word.",
        "{0} passages in {1} interviews", "The best {0} are shown.",
        "The search was shortened to its first {0} characters and {1} words.",
        "Previous", "Next", "Page {0} of {1}", "Pages");

    private static readonly FrozenDictionary<string, SearchText> ByLanguage = new SearchText[]
    {
        new(
            "hi", "खोजें", "साक्षात्कारों में खोजें",
            "देवनागरी, बांग्ला या लैटिन अक्षरों में कोई शब्द लिखें: दोनों भाषाओं में खोजा जाएगा।",
            "कुछ नहीं मिला।",
            "कोई दूसरा या छोटा शब्द आज़माएँ, या शब्द का आरंभ ही लिखें (कम से कम तीन अक्षर)।",
            "के, कि, या, ये जैसे बहुत आम शब्द खोजे नहीं जाते: कोई और शब्द जोड़ें।",
            "{1} साक्षात्कारों में {0} अंश", "सबसे अच्छे {0} दिखाए गए हैं।",
            "खोज को पहले {0} अक्षरों और {1} शब्दों तक छोटा किया गया।",
            "पिछला", "अगला", "पृष्ठ {0} / {1}", "पृष्ठ"),
        new(
            "bn", "খুঁজুন", "সাক্ষাৎকারে খুঁজুন",
            "দেবনাগরী, বাংলা বা লাতিন অক্ষরে একটি শব্দ লিখুন: দুই ভাষাতেই খোঁজা হবে।",
            "কিছু পাওয়া যায়নি।",
            "অন্য বা ছোট কোনো শব্দ চেষ্টা করুন, বা শব্দের শুরুটুকু লিখুন (অন্তত তিনটি অক্ষর)।",
            "কে, কি, যা, যে-র মতো খুব সাধারণ শব্দ খোঁজা হয় না: আরেকটি শব্দ যোগ করুন।",
            "{1}টি সাক্ষাৎকারে {0}টি অংশ", "সেরা {0}টি দেখানো হয়েছে।",
            "খোঁজটি প্রথম {0}টি অক্ষর ও {1}টি শব্দে ছোট করা হয়েছে।",
            "আগের", "পরের", "পাতা {0} / {1}", "পাতা"),
    }.ToFrozenDictionary(t => t.Lang, StringComparer.Ordinal);

    /// <summary>The search interface in a language, or English.</summary>
    public static SearchText For(string? code) => code is not null && ByLanguage.TryGetValue(code, out var text) ? text : English;

    /// <summary>True when the language has its own row (not the English fallback).</summary>
    public static bool Has(string code) => ByLanguage.ContainsKey(code);
}
