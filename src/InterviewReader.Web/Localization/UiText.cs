namespace InterviewReader.Web.Localization;

/// <summary>The words of the site's own interface in one language.</summary>
public sealed record UiText(
    string Lang,
    string SiteName,
    string Library,
    string Contents,
    string Both,
    string LanguageChoice,
    string LinkToSection,
    string LinkToPassage,
    string Copied,
    string MissingHere,
    string SectionMissing,
    string ReadItIn,
    string SkipToText,
    string ReadBoth,
    string LibraryEmpty,
    string NotFoundTitle,
    string NotFoundBody,
    string BackToLibrary,
    string SentencePairs)
{
    /// <summary>The words of the reading aids (keyboard shortcuts, sentence translations).</summary>
    public ReadingWords Reading { get; init; } = ReadingWords.English;
}
