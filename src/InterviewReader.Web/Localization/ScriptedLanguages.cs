using System.Collections.Frozen;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text.Transliteration;

namespace InterviewReader.Web.Localization;

/// <summary>
/// Each language of <see cref="WebLanguages"/> shown in each other script it can be transliterated
/// into (<c>bn-Deva</c>): its interface words transliterated, the fonts, digits and list numbering
/// of the script's own language. Derived from the two tables, so adding a language or a script adds
/// its rows here by itself.
/// </summary>
public static class ScriptedLanguages
{
    private static readonly FrozenDictionary<string, WebLanguage> ByTag = Build().ToFrozenDictionary(l => l.Language.LangTag, StringComparer.Ordinal);

    /// <summary>Every language in every other script, keyed by its tag (<c>bn-Deva</c>).</summary>
    public static IEnumerable<WebLanguage> All => ByTag.Values;

    /// <summary>A language in another script by its tag (<c>bn-Deva</c>), or null.</summary>
    public static WebLanguage? Find(string tag) => ByTag.GetValueOrDefault(tag);

    /// <summary>A language as shown in a script: itself in its own script, null when there is no transliteration.</summary>
    public static WebLanguage? InScript(WebLanguage language, ScriptInfo script) =>
        Scripts.Of(language.Language) == script ? language : Find(language.Language.InScript(script).LangTag);

    private static IEnumerable<WebLanguage> Build()
    {
        foreach (var language in WebLanguages.All)
        {
            var own = Scripts.Of(language.Language);
            foreach (var script in Scripts.All.Where(s => s != own))
            {
                var writer = WebLanguages.All.FirstOrDefault(w => Scripts.Of(w.Language) == script);
                if (Transliterators.Find(own, script) is not { } transliterator || writer is null)
                {
                    continue;
                }

                var shown = language.Language.InScript(script);
                yield return language with
                {
                    Language = shown,
                    Ui = Transliterate(language.Ui, shown.LangTag, transliterator),
                    ScriptFont = writer.ScriptFont,
                    ScriptFontFamily = writer.ScriptFontFamily,
                    Digits = writer.Digits,
                    ListStyle = writer.ListStyle,
                };
            }
        }
    }

    // Every word of the interface, through the records' own constructors so a word added to UiText
    // or ReadingWords is transliterated too.
    private static UiText Transliterate(UiText ui, string tag, Transliterator transliterator) =>
        Words(ui, transliterator, tag) with { Reading = Words(ui.Reading, transliterator, tag) };

    private static T Words<T>(T words, Transliterator transliterator, string tag)
    {
        var constructor = typeof(T).GetConstructors().Single();
        var arguments = constructor.GetParameters()
            .Select(p => typeof(T).GetProperty(p.Name!)!.GetValue(words) switch
            {
                string _ when p.Name == nameof(UiText.Lang) => tag,
                string text => transliterator.TransliterateText(text),
                var other => other,
            })
            .ToArray();
        return (T)constructor.Invoke(arguments);
    }
}
