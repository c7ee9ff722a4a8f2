using InterviewReader.Content.Model;

namespace InterviewReader.Web.Localization;

/// <summary>
/// Everything the web pages need to show one language of the <see cref="Languages"/> table: its
/// interface words and its fonts. site.css declares an <c>@font-face</c> for each font file.
/// </summary>
/// <param name="Language">The row of the language table.</param>
/// <param name="Ui">The interface words in the language.</param>
/// <param name="ScriptFont">The font file for the language's script (site.css: <paramref name="ScriptFontFamily"/>).</param>
/// <param name="ScriptFontFamily">The CSS font family of <paramref name="ScriptFont"/>.</param>
/// <param name="NameFont">
/// A subset of the same font holding only the glyphs of the language's own name (1-2 KB), for the
/// toggle on pages in another script. Made with fontTools (see README, "Fonts").
/// </param>
/// <param name="NameFontFamily">The CSS font family of <paramref name="NameFont"/>.</param>
public sealed record WebLanguage(
    LanguageInfo Language,
    UiText Ui,
    string ScriptFont,
    string ScriptFontFamily,
    string NameFont,
    string NameFontFamily)
{
    /// <summary>The language's code (<c>hi</c>).</summary>
    public string Code => Language.Code;
}
