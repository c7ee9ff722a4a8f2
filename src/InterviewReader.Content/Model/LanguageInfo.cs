namespace InterviewReader.Content.Model;

/// <summary>A language the library can show: one row of the <see cref="Languages"/> table.</summary>
/// <param name="Code">The code used in file names, URLs and front matter (<c>hi</c>).</param>
/// <param name="NativeName">The language's name in its own script (<c>हिन्दी</c>).</param>
/// <param name="EnglishName">The language's name in English (<c>Hindi</c>).</param>
/// <param name="Script">The writing system (<c>Devanagari</c>).</param>
/// <param name="LangTag">The BCP 47 tag for the HTML <c>lang</c> attribute.</param>
/// <param name="Culture">The culture used to format dates for readers of this language.</param>
/// <param name="ScriptFirst">The first code point of the script's Unicode block.</param>
/// <param name="ScriptLast">The last code point of the script's Unicode block.</param>
public sealed record LanguageInfo(
    string Code,
    string NativeName,
    string EnglishName,
    string Script,
    string LangTag,
    string Culture,
    char ScriptFirst,
    char ScriptLast)
{
    /// <summary>True when the text has at least one letter of this language's script.</summary>
    public bool IsWrittenIn(string text) => text.Any(IsOfScript);

    /// <summary>How many letters of this language's script the text has.</summary>
    public int LettersIn(string text) => text.Count(IsOfScript);

    /// <summary>
    /// The language as shown in another script (its text transliterated): the same code and names,
    /// the script's letters, and the tag with the script subtag (<c>bn-Deva</c>). The language itself
    /// when <paramref name="script"/> is its own.
    /// </summary>
    public LanguageInfo InScript(ScriptInfo script) =>
        script.Name == Script ? this : this with { Script = script.Name, LangTag = $"{LangTag}-{script.Code}", ScriptFirst = script.First, ScriptLast = script.Last };

    private bool IsOfScript(char c) => c >= ScriptFirst && c <= ScriptLast;
}
