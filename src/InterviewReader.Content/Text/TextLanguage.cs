using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text;

/// <summary>Decides the <c>lang</c> of a line of text from the script it is written in.</summary>
public static class TextLanguage
{
    /// <summary>The tag for English, used for lines a translation left in English.</summary>
    public const string English = "en";

    /// <summary>
    /// The language's tag when the text has letters of its script; <c>en</c> when it has none of
    /// them but has Latin letters (an English subtitle, "Key Learnings:"); else the language's tag.
    /// </summary>
    public static string TagFor(string text, LanguageInfo language) =>
        !language.IsWrittenIn(text) && text.Any(char.IsAsciiLetter) ? English : language.LangTag;
}
