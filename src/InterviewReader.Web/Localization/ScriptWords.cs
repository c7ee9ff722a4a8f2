using System.Collections.Frozen;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text.Transliteration;

namespace InterviewReader.Web.Localization;

/// <summary>The words of the script switch in one interface language.</summary>
/// <param name="Lang">The interface language's tag (<c>hi</c>, <c>bn-Deva</c>).</param>
/// <param name="Choice">The switch's name ("Script").</param>
/// <param name="EachOwn">Side by side, each language in its own script.</param>
/// <param name="Names">Each script's name, by its ISO 15924 code (<c>Deva</c>).</param>
public sealed record ScriptWords(string Lang, string Choice, string EachOwn, FrozenDictionary<string, string> Names)
{
    private static readonly FrozenDictionary<string, ScriptWords> ByLang = new ScriptWords[]
    {
        new("hi", "लिपि", "अपनी-अपनी लिपि", Of(("Deva", "देवनागरी"), ("Beng", "बांग्ला लिपि"))),
        new("bn", "লিপি", "নিজ নিজ লিপি", Of(("Deva", "দেবনাগরী"), ("Beng", "বাংলা লিপি"))),
        new("en", "Script", "Each in its own script", Of(("Deva", "Devanagari"), ("Beng", "Bengali script"))),
    }.ToFrozenDictionary(w => w.Lang, StringComparer.Ordinal);

    /// <summary>
    /// The words in an interface language: a language's own row, or, for a language in another
    /// script (<c>bn-Deva</c>), its row transliterated; English when there is none.
    /// </summary>
    public static ScriptWords For(string lang)
    {
        if (ByLang.TryGetValue(lang, out var words))
        {
            return words;
        }

        var shown = ScriptedLanguages.Find(lang)?.Language;
        if (shown is null || !ByLang.TryGetValue(shown.Code, out var own) || Languages.Find(shown.Code) is not { } original
            || Scripts.Find(lang[(lang.LastIndexOf('-') + 1)..]) is not { } script || Transliterators.Find(Scripts.Of(original), script) is not { } t)
        {
            return ByLang["en"];
        }

        return new(lang, t.TransliterateText(own.Choice), t.TransliterateText(own.EachOwn), own.Names.ToFrozenDictionary(n => n.Key, n => t.TransliterateText(n.Value)));
    }

    private static FrozenDictionary<string, string> Of(params (string Code, string Name)[] names) =>
        names.ToFrozenDictionary(n => n.Code, n => n.Name, StringComparer.Ordinal);
}
