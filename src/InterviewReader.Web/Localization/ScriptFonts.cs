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

    /// <summary>The font file for a language's script, or null when the site bundles none.</summary>
    public static string? For(string languageCode) => ByLanguage.GetValueOrDefault(languageCode);
}
