namespace InterviewReader.Content.Model;

/// <summary>A writing system the library can show text in: one row of the <see cref="Scripts"/> table.</summary>
/// <param name="Code">The ISO 15924 code, as in BCP 47 tags (<c>Deva</c>); lower-cased in URLs (<c>/deva</c>).</param>
/// <param name="Name">The script's English name, as in <see cref="LanguageInfo.Script"/> (<c>Devanagari</c>).</param>
/// <param name="First">The first code point of the script's Unicode block.</param>
/// <param name="Last">The last code point of the script's Unicode block.</param>
public sealed record ScriptInfo(string Code, string Name, char First, char Last)
{
    /// <summary>The script as it appears in a URL segment (<c>deva</c>).</summary>
    public string Segment => Code.ToLowerInvariant();

    /// <summary>True when the character is in the script's block.</summary>
    public bool Contains(char c) => c >= First && c <= Last;
}
