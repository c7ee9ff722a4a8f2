using System.Collections.Frozen;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The preview's words per language, beside <see cref="WebLanguages"/> (a test checks that every
/// language of the site has them), and English for a language without them.
/// </summary>
public static class PreviewTexts
{
    /// <summary>English.</summary>
    public static PreviewText English { get; } = new(
        "en", "Preview", "Problems", "No problems.", "Showing the last version without errors: the files have changed since. Fix the errors below.",
        "Not published: fix the errors below.", "There is no interview folder by this name.", "Interviews", "Reading page",
        "Reconnecting to the server…", "The server cannot be reached.", "Try again");

    /// <summary>Each language's words, by language code.</summary>
    public static FrozenDictionary<string, PreviewText> ByCode { get; } = new PreviewText[]
    {
        new(
            "hi", "पूर्वावलोकन", "समस्याएँ", "कोई समस्या नहीं।", "त्रुटियों के बिना अंतिम संस्करण दिखाया जा रहा है: फ़ाइलें तब से बदल गई हैं। नीचे दी गई त्रुटियाँ ठीक करें।",
            "प्रकाशित नहीं: नीचे दी गई त्रुटियाँ ठीक करें।", "इस नाम का कोई साक्षात्कार फ़ोल्डर नहीं है।", "साक्षात्कार", "पढ़ने का पृष्ठ",
            "सर्वर से फिर जुड़ रहे हैं…", "सर्वर तक नहीं पहुँच पा रहे।", "फिर कोशिश करें"),
        new(
            "bn", "প্রাকদর্শন", "সমস্যা", "কোনো সমস্যা নেই।", "ত্রুটি ছাড়া শেষ সংস্করণ দেখানো হচ্ছে: ফাইলগুলো তারপর বদলেছে। নিচের ত্রুটিগুলো ঠিক করুন।",
            "প্রকাশিত নয়: নিচের ত্রুটিগুলো ঠিক করুন।", "এই নামে কোনো সাক্ষাৎকারের ফোল্ডার নেই।", "সাক্ষাৎকার", "পড়ার পাতা",
            "সার্ভারের সঙ্গে আবার যুক্ত হচ্ছে…", "সার্ভারে পৌঁছানো যাচ্ছে না।", "আবার চেষ্টা করুন"),
    }.ToFrozenDictionary(t => t.Lang, StringComparer.Ordinal);

    /// <summary>The preview's words in the given language, or English.</summary>
    public static PreviewText For(string? lang) => (lang is null ? null : ByCode.GetValueOrDefault(lang)) ?? English;
}
