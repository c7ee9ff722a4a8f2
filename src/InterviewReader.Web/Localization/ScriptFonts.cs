namespace InterviewReader.Web.Localization;

/// <summary>
/// The bundled font file for each language's script (the same files site.css declares), so a
/// page can preload exactly the fonts it shows: text then appears once, without a layout shift
/// when the fonts swap in, and a Hindi page still never fetches the Bengali font.
/// </summary>
public static class ScriptFonts
{
    /// <summary>The Latin subset every page uses for names, numbers and English lines.</summary>
    public const string Latin = "/fonts/noto-sans-devanagari-latin-400-normal.woff2";

    private static readonly Dictionary<string, string> ByLanguage = new(StringComparer.Ordinal)
    {
        ["hi"] = "/fonts/noto-sans-devanagari-devanagari-400-normal.woff2",
        ["bn"] = "/fonts/noto-sans-bengali-bengali-400-normal.woff2",
    };

    // Subsets of the same fonts holding only the glyphs of the language's own name (1-2 KB), for
    // the toggle on pages in another script. Made with fontTools (see README, "Fonts").
    private static readonly Dictionary<string, string> NameByLanguage = new(StringComparer.Ordinal)
    {
        ["hi"] = "/fonts/noto-sans-devanagari-name-400-normal.woff2",
        ["bn"] = "/fonts/noto-sans-bengali-name-400-normal.woff2",
    };

    /// <summary>The font file for a language's script, or null when the site bundles none.</summary>
    public static string? For(string languageCode) => ByLanguage.GetValueOrDefault(languageCode);

    /// <summary>The font file holding just the glyphs of the language's name, or null when the site bundles none.</summary>
    public static string? NameFor(string languageCode) => NameByLanguage.GetValueOrDefault(languageCode);
}
