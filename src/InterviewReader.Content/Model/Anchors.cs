using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InterviewReader.Content.Model;

/// <summary>
/// Every DOM ID the site mints, in one place: the anchors of passages (shared by every language,
/// so a link works in each), the IDs the page's own parts use, and the rule that keeps section IDs
/// written by editors from colliding with any of them.
/// </summary>
public static partial class Anchors
{
    /// <summary>The page's main content, target of the skip link.</summary>
    public const string Main = "main";

    /// <summary>The heading of the table of contents.</summary>
    public const string TableOfContentsHeading = "toc-heading";

    /// <summary>The hidden name of the language toggle, in each shown language.</summary>
    public const string LanguageChoiceLabel = "language-choice-label";

    /// <summary>The hidden name of the script switch, in each shown language.</summary>
    public const string ScriptChoiceLabel = "script-choice-label";

    /// <summary>The hidden name of every section's copy link, in each shown language.</summary>
    public const string LinkToSectionLabel = "link-to-section-label";

    /// <summary>The hidden name of every passage's copy link, in each shown language.</summary>
    public const string LinkToPassageLabel = "link-to-passage-label";

    /// <summary>The "link copied" confirmation in each shown language, which the page announces after a copy.</summary>
    public const string LinkCopiedLabel = "link-copied-label";

    /// <summary>The dialog listing the reader's keyboard shortcuts (opened with <c>?</c>).</summary>
    public const string KeyboardHelp = "keyboard-help";

    /// <summary>The title of the keyboard shortcuts dialog.</summary>
    public const string KeyboardHelpHeading = "keyboard-help-heading";

    /// <summary>The hint, for screen readers, that <c>?</c> lists the keyboard shortcuts.</summary>
    public const string KeyboardHint = "keyboard-hint";

    /// <summary>
    /// The live preview's reconnect dialog: Blazor's script looks for this ID (its default dialog
    /// would need an inline style sheet, which the preview's Content-Security-Policy refuses).
    /// </summary>
    public const string ReconnectModal = "components-reconnect-modal";

    /// <summary>The live preview's list of problems.</summary>
    public const string PreviewProblems = "preview_problems";

    /// <summary>The heading of the live preview's list of problems.</summary>
    public const string PreviewProblemsHeading = "preview_problems-heading";

    /// <summary>
    /// The endings of minted IDs, after a section ID or a slug and a hyphen. A section ID that ends
    /// so could collide with an ID minted for another section (<c>a-p2</c> and paragraph 2 of <c>a</c>).
    /// </summary>
    public static IReadOnlyList<string> MintedEndings { get; } = ["-p1, -p2, …", "-q1, …", "-t1, …", "-s1, …", "-p1-bn, …", "-takeaways", "-quote", "-heading", "-label", "-name", "-title"];

    /// <summary>
    /// IDs the page uses whole, which no section may take. (The untitled sections' IDs,
    /// <see cref="Section.IntroId"/> and <see cref="Section.ClosingId"/>, are reserved by the parser.)
    /// </summary>
    public static FrozenSet<string> PageIds { get; } = new[] { Main, TableOfContentsHeading, LanguageChoiceLabel, ScriptChoiceLabel, LinkToSectionLabel, LinkToPassageLabel, LinkCopiedLabel, KeyboardHelp, KeyboardHelpHeading, KeyboardHint, ReconnectModal }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("-(?:[pqts][0-9]+|p[0-9]+-[a-z]{2,3}|takeaways|quote|heading|label|name|title)$", RegexOptions.CultureInvariant)]
    private static partial Regex MintedEnding();

    /// <summary>The anchor of paragraph <paramref name="number"/> (from 1) of a section: <c>founders-call-p2</c>.</summary>
    public static string Paragraph(string sectionId, int number) => $"{sectionId}-p{number}";

    /// <summary>The anchor of quote <paramref name="number"/> (from 1) inside a section: <c>founders-call-q1</c>.</summary>
    public static string Quote(string sectionId, int number) => $"{sectionId}-q{number}";

    /// <summary>
    /// The anchor of a row that only a later language has, where the first language uses the
    /// paragraph's own anchor for another row: <c>founders-call-p3-bn</c>.
    /// </summary>
    public static string InLanguage(string paragraphAnchor, string languageCode) => $"{paragraphAnchor}-{languageCode}";

    /// <summary>
    /// The anchor of sentence bead <paramref name="number"/> (from 1) of a row: <c>democracy-p1-s2</c>.
    /// Every language's sentences in that bead share it.
    /// </summary>
    public static string Sentence(string rowAnchor, int number) => $"{rowAnchor}-s{number}";

    /// <summary>The anchor of the closing quote of a transcript: <c>closing-quote</c>.</summary>
    public static string ClosingQuote { get; } = $"{Section.ClosingId}-quote";

    /// <summary>The anchor of a section's takeaway list: <c>founders-call-takeaways</c>.</summary>
    public static string Takeaways(string sectionId) => $"{sectionId}-takeaways";

    /// <summary>The anchor of takeaway <paramref name="number"/> (from 1) of a section: <c>founders-call-t3</c>.</summary>
    public static string Takeaway(string sectionId, int number) => $"{sectionId}-t{number}";

    /// <summary>The ID of a section's heading, which names the section: <c>founders-call-heading</c>.</summary>
    public static string SectionHeading(string sectionId) => $"{sectionId}-heading";

    /// <summary>The ID of a takeaway list's label: <c>founders-call-takeaways-label</c>.</summary>
    public static string TakeawaysLabel(string takeawaysAnchor) => $"{takeawaysAnchor}-label";

    /// <summary>The ID of the hidden name of a section or takeaway list in each shown language: <c>founders-call-name</c>.</summary>
    public static string Name(string anchor) => $"{anchor}-name";

    /// <summary>The ID of an interview's title on its library card: <c>emad-mostaque-title</c>.</summary>
    public static string LibraryCardTitle(string slug) => $"{slug}-title";

    /// <summary>
    /// The ID of problem <paramref name="number"/> (from 1) in the live preview's list: <c>problem_3</c>.
    /// The underscore keeps it apart from every ID minted from a section ID, which has none.
    /// </summary>
    public static string Problem(int number) => $"problem_{number}";

    /// <summary>
    /// True when a section with this ID would take an ID the page uses itself: the ID is one
    /// (<c>main</c>) or its heading's would be (section <c>toc</c> has heading <c>toc-heading</c>).
    /// </summary>
    public static bool IsTakenByThePage(string sectionId) =>
        PageIds.Contains(sectionId)
        || PageIds.Contains(SectionHeading(sectionId))
        || PageIds.Contains(Takeaways(sectionId))
        || PageIds.Contains(TakeawaysLabel(Takeaways(sectionId)));

    /// <summary>True when the ID ends like a minted one (<c>-p2</c>, <c>-heading</c>, <c>-takeaways</c>, <c>-title</c>, …).</summary>
    public static bool HasMintedEnding(string id) => MintedEnding().IsMatch(id);
}
