using InterviewReader.Content.Model;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The interface words of a language (from <see cref="WebLanguages"/>), and English, the third voice
/// of the pages every language reaches (the 404) and the fallback for a language the site lacks.
/// </summary>
public static class UiTexts
{
    /// <summary>English.</summary>
    public static UiText English { get; } = new(
        "en", "InterviewReader", "Library", "Contents", "Both", "Language", "Copy link to this section", "Copy link to this passage",
        "Link copied", "Not in this language", "This section is not in this language.", "Read it in:",
        "Skip to the text", "Side by side", "There are no interviews here yet.",
        "Page not found", "There is no interview or language at this address.", "Back to the library",
        "Sentence pairs (TMX)");

    /// <summary>The interface in the given language (a code, or a tag with a script: <c>bn-Deva</c>), or English.</summary>
    public static UiText For(string? lang) => (lang is null ? null : (WebLanguages.Find(lang) ?? ScriptedLanguages.Find(lang))?.Ui) ?? English;

    /// <summary>
    /// What a language is called in the toggle: by itself, in its own script (हिन्दी, বাংলা), as
    /// readers look for it. On a page in another script the name comes from a font subset of those
    /// few glyphs (see <see cref="WebLanguage.NameFont"/>), not from the whole font.
    /// </summary>
    public static string NameOf(string languageCode) => Languages.Find(languageCode)?.NativeName ?? languageCode;
}
