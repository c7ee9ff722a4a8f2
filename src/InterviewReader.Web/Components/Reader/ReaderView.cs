using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text.Transliteration;
using InterviewReader.Web.Localization;

namespace InterviewReader.Web.Components.Reader;

/// <summary>What one reader page shows: an interview, which of its columns, in which script, and the interface language.</summary>
/// <param name="Interview">The aligned interview.</param>
/// <param name="Columns">The column indexes shown, in order.</param>
/// <param name="LanguageCode">The one language shown, or null for the side-by-side view.</param>
/// <param name="Script">
/// The script every shown column is written in (a column in another script is transliterated), or
/// null when each is shown in its own.
/// </param>
public sealed record ReaderView(AlignedInterview Interview, ImmutableArray<int> Columns, string? LanguageCode, ScriptInfo? Script = null)
{
    /// <summary>The interface words for this view (in its script: Bengali words in Devanagari on <c>/bn-deva</c>).</summary>
    public UiText Ui { get; } = UiTexts.For(LanguageCode is null ? null : LanguageTag(Interview, LanguageCode, Script));

    /// <summary>The interface words of each shown language, in column order.</summary>
    public IEnumerable<UiText> Voices => ShownCodes.Select(UiTexts.For);

    /// <summary>True when more than one language is shown.</summary>
    public bool IsParallel => Columns.Length > 1;

    /// <summary>
    /// The path segment after <c>/interviews/{slug}/</c> that names this view (<c>bn</c>,
    /// <c>bn-deva</c>, <c>deva</c>), or null for the side-by-side view in each language's own script.
    /// </summary>
    public string? Segment => SegmentOf(LanguageCode, Script);

    /// <summary>The view's own address.</summary>
    public string Url => UrlOf(Interview, Segment);

    /// <summary>The language of a column as shown here: in <see cref="Script"/> (tag <c>bn-Deva</c>) when that is not its own.</summary>
    public LanguageInfo LanguageOf(int column) => Script is null ? Interview.Languages[column] : Interview.Languages[column].InScript(Script);

    /// <summary>
    /// The interface codes of the shown languages, in column order: each shown language's tag, with
    /// the script when transliterated (<c>bn-Deva</c>), as <see cref="UiTexts.For"/> takes them.
    /// </summary>
    public IEnumerable<string> ShownCodes => Columns.Select(c => LanguageOf(c).LangTag);

    /// <summary>The scripts the page's text is written in.</summary>
    public IEnumerable<ScriptInfo> ShownScripts => Columns.Select(c => Scripts.Of(LanguageOf(c))).Distinct();

    /// <summary>True when the view shows the language (in any script).</summary>
    public bool Shows(string languageCode) => Columns.Any(c => Interview.Languages[c].Code == languageCode);

    /// <summary>True when the page's text is written in the script a language of the interview is written in.</summary>
    public bool ShowsScriptOf(LanguageInfo language) => ShownScripts.Contains(Scripts.Of(language));

    /// <summary>A column's text as shown here: transliterated when the view shows the column in another script.</summary>
    public RichText Shown(RichText text, int column) => TransliteratorFor(column) is { } t ? t.Transliterate(text) : text;

    /// <summary>A column's plain text as shown here.</summary>
    public string Shown(string text, int column) => TransliteratorFor(column) is { } t ? t.TransliterateText(text) : text;

    /// <summary>The columns of the interview (shown or not) whose language has the section, in order.</summary>
    public IEnumerable<int> ColumnsHaving(AlignedSection section) =>
        Enumerable.Range(0, Interview.Languages.Length).Where(c => section.Cells[c] is not null);

    /// <summary>The shown columns whose language lacks the whole section.</summary>
    public IEnumerable<int> ColumnsLacking(AlignedSection section) => Columns.Where(c => section.Cells[c] is null);

    /// <summary>
    /// The URL of this interview in one language, or side by side when <paramref name="languageCode"/>
    /// is null, in this view's script (so the toggle keeps it); an interview in one language has no
    /// side-by-side view, only its one language.
    /// </summary>
    public string UrlFor(string? languageCode) => UrlIn(languageCode, Script);

    /// <summary>The URL of this interview in one language (or side by side) in a script, or in each language's own when null.</summary>
    public string UrlIn(string? languageCode, ScriptInfo? script)
    {
        languageCode ??= OnlyLanguageOf(Interview);
        var own = languageCode is null ? null : Languages.Find(languageCode) is { } language ? Scripts.Of(language) : null;
        return UrlOf(Interview, SegmentOf(languageCode, script == own ? null : script));
    }

    /// <summary>
    /// Every reading view of the interview, the one list routing, the 404s, the toggles and the page
    /// list use: side by side (with two languages or more), each language, each language in each other
    /// script it can be transliterated into (<c>/bn-deva</c>, <c>/hi-beng</c>) and, with two languages
    /// or more, all of them in each script (<c>/deva</c>, <c>/beng</c>). The site's stored pages
    /// (<c>SitePages</c>) and the export enumerate it, so a view is added here and nowhere else.
    /// </summary>
    public static ImmutableArray<ReaderView> AllFor(AlignedInterview interview) => [.. Enumerate(interview)];

    private static IEnumerable<ReaderView> Enumerate(AlignedInterview interview)
    {
        var languages = interview.Languages;
        var all = Enumerable.Range(0, languages.Length).ToImmutableArray();
        if (languages.Length > 1)
        {
            yield return new ReaderView(interview, all, null);
        }

        for (var c = 0; c < languages.Length; c++)
        {
            yield return new ReaderView(interview, [c], languages[c].Code);
        }

        for (var c = 0; c < languages.Length; c++)
        {
            var own = Scripts.Of(languages[c]);
            foreach (var script in Scripts.All.Where(s => s != own && Transliterators.Find(own, s) is not null))
            {
                yield return new ReaderView(interview, [c], languages[c].Code, script);
            }
        }

        if (languages.Length > 1)
        {
            foreach (var script in Scripts.All.Where(s => languages.All(l => Scripts.Of(l) == s || Transliterators.Find(Scripts.Of(l), s) is not null)))
            {
                yield return new ReaderView(interview, all, null, script);
            }
        }
    }

    /// <summary>
    /// The view for a route, or null when the language is not in the interview. Without a language,
    /// the side-by-side view, or the one language of an interview that has only one.
    /// </summary>
    public static ReaderView? For(AlignedInterview interview, string? languageCode)
    {
        languageCode ??= OnlyLanguageOf(interview);
        return AllFor(interview).FirstOrDefault(v => v.Segment == languageCode);
    }

    /// <summary>
    /// The view a reader address names (<c>/interviews/{slug}</c> or <c>/interviews/{slug}/{segment}</c>),
    /// or null when the interview or the view is not there. Every view it finds is one of
    /// <see cref="AllFor"/>, the list the stored pages are made from.
    /// </summary>
    public static ReaderView? Find(ContentSnapshot snapshot, string slug, string? segment) =>
        snapshot.Find(slug) is { } interview ? For(interview, segment) : null;

    /// <summary>
    /// What a path segment names without looking at an interview: a language (<c>bn</c>), a language
    /// in a script (<c>bn-deva</c>), or all languages in a script (<c>deva</c>); null when none.
    /// </summary>
    public static (LanguageInfo? Language, ScriptInfo? Script)? ParseSegment(string segment)
    {
        if (Languages.Find(segment) is { } language)
        {
            return (language, null);
        }

        if (Scripts.All.FirstOrDefault(s => s.Segment == segment) is { } script)
        {
            return (null, script);
        }

        var dash = segment.LastIndexOf('-');
        return dash > 0 && Languages.Find(segment[..dash]) is { } shown
            && Scripts.All.FirstOrDefault(s => s.Segment == segment[(dash + 1)..]) is { } other && other != Scripts.Of(shown)
            ? (shown, other)
            : null;
    }

    private static string? SegmentOf(string? languageCode, ScriptInfo? script) => (languageCode, script) switch
    {
        (null, null) => null,
        (null, { } s) => s.Segment,
        ({ } code, null) => code,
        ({ } code, { } s) => $"{code}-{s.Segment}",
    };

    private static string UrlOf(AlignedInterview interview, string? segment) =>
        segment is null ? $"/interviews/{interview.Slug}" : $"/interviews/{interview.Slug}/{segment}";

    private static string LanguageTag(AlignedInterview interview, string code, ScriptInfo? script)
    {
        var language = interview.Languages.First(l => l.Code == code);
        return script is null ? language.LangTag : language.InScript(script).LangTag;
    }

    private Transliterator? TransliteratorFor(int column) =>
        Script is null || Scripts.Of(Interview.Languages[column]) == Script ? null : Transliterators.Find(Scripts.Of(Interview.Languages[column]), Script);

    private static string? OnlyLanguageOf(AlignedInterview interview) =>
        interview.Languages.Length == 1 ? interview.Languages[0].Code : null;
}
