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
/// <param name="Digits">The language's digits, zero to nine, for numbers in the interface (dates).</param>
/// <param name="ListStyle">The CSS <c>list-style-type</c> that numbers lists in the language (site.css, <c>ol:lang()</c>).</param>
public sealed record WebLanguage(
    LanguageInfo Language,
    UiText Ui,
    string ScriptFont,
    string ScriptFontFamily,
    string NameFont,
    string NameFontFamily,
    string Digits,
    string ListStyle)
{
    /// <summary>The language's code (<c>hi</c>).</summary>
    public string Code => Language.Code;

    /// <summary>
    /// Interface text (a formatted date) with its ASCII digits in the language's own: never for the
    /// transcript, whose digits are the translator's.
    /// </summary>
    public string WithDigits(string text) =>
        string.Create(text.Length, (text, Digits), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = char.IsAsciiDigit(c) ? state.Digits[c - '0'] : c;
            }
        });
}
