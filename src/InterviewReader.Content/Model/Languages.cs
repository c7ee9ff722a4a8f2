using System.Collections.Frozen;

namespace InterviewReader.Content.Model;

/// <summary>The table of languages the library knows. Adding a language is adding a row.</summary>
public static class Languages
{
    /// <summary>Every known language, in the order the reader shows them side by side.</summary>
    public static IReadOnlyList<LanguageInfo> All { get; } =
    [
        new("hi", "हिन्दी", "Hindi", "Devanagari", "hi", "hi-IN", '\u0900', '\u097F'),
        new("bn", "বাংলা", "Bengali", "Bengali", "bn", "bn-IN", '\u0980', '\u09FF'),
    ];

    private static readonly FrozenDictionary<string, LanguageInfo> ByCode =
        All.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>Finds a language by its code (<c>hi</c>, <c>bn</c>); codes are case-sensitive.</summary>
    public static LanguageInfo? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The position of a language in <see cref="All"/>, used to order columns.</summary>
    public static int OrderOf(LanguageInfo language) => All.ToList().IndexOf(language);
}
