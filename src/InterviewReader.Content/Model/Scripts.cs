using System.Collections.Frozen;

namespace InterviewReader.Content.Model;

/// <summary>
/// The table of scripts, beside <see cref="Languages"/>: each language is written in one of them, and
/// a transliteration (<see cref="Text.Transliteration.Transliterators"/>) shows a language's text in another.
/// </summary>
public static class Scripts
{
    /// <summary>Devanagari, Hindi's script.</summary>
    public static ScriptInfo Devanagari { get; } = new("Deva", "Devanagari", '\u0900', '\u097F');

    /// <summary>Bengali, Bengali's script.</summary>
    public static ScriptInfo Bengali { get; } = new("Beng", "Bengali", '\u0980', '\u09FF');

    /// <summary>Every known script, in the order of the languages written in them.</summary>
    public static IReadOnlyList<ScriptInfo> All { get; } = [Devanagari, Bengali];

    private static readonly FrozenDictionary<string, ScriptInfo> ByCode =
        All.ToFrozenDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ScriptInfo> ByName =
        All.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>A script by its ISO 15924 code, in any case (<c>Deva</c>, <c>deva</c>).</summary>
    public static ScriptInfo? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The script a language is written in.</summary>
    public static ScriptInfo Of(LanguageInfo language) =>
        ByName.GetValueOrDefault(language.Script) ?? throw new InvalidOperationException($"The script table has no \"{language.Script}\".");
}
