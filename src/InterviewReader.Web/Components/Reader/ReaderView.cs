using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Web.Localization;

namespace InterviewReader.Web.Components.Reader;

/// <summary>What one reader page shows: an interview, which of its columns, and the interface language.</summary>
/// <param name="Interview">The aligned interview.</param>
/// <param name="Columns">The column indexes shown, in order.</param>
/// <param name="LanguageCode">The one language shown, or null for the side-by-side view.</param>
public sealed record ReaderView(AlignedInterview Interview, ImmutableArray<int> Columns, string? LanguageCode)
{
    /// <summary>The interface words for this view.</summary>
    public UiText Ui { get; } = UiTexts.For(LanguageCode);

    /// <summary>The interface words of each shown language, in column order.</summary>
    public IEnumerable<UiText> Voices => ShownCodes.Select(UiTexts.For);

    /// <summary>True when more than one language is shown.</summary>
    public bool IsParallel => Columns.Length > 1;

    /// <summary>The language of a column.</summary>
    public LanguageInfo LanguageOf(int column) => Interview.Languages[column];

    /// <summary>The codes of the languages shown, in column order.</summary>
    public IEnumerable<string> ShownCodes => Columns.Select(c => LanguageOf(c).Code);

    /// <summary>True when the view shows the language.</summary>
    public bool Shows(string languageCode) => ShownCodes.Contains(languageCode);

    /// <summary>The columns of the interview (shown or not) whose language has the section, in order.</summary>
    public IEnumerable<int> ColumnsHaving(AlignedSection section) =>
        Enumerable.Range(0, Interview.Languages.Length).Where(c => section.Cells[c] is not null);

    /// <summary>The shown columns whose language lacks the whole section.</summary>
    public IEnumerable<int> ColumnsLacking(AlignedSection section) => Columns.Where(c => section.Cells[c] is null);

    /// <summary>
    /// The URL of this interview in one language, or side by side when <paramref name="languageCode"/>
    /// is null; an interview in one language has no side-by-side view, only its one language.
    /// </summary>
    public string UrlFor(string? languageCode) =>
        (languageCode ?? OnlyLanguageOf(Interview)) is { } code ? $"/interviews/{Interview.Slug}/{code}" : $"/interviews/{Interview.Slug}";

    /// <summary>This view's own address (<see cref="UrlFor"/> of its language).</summary>
    public string Url => UrlFor(LanguageCode);

    /// <summary>
    /// Every reading view of an interview, in the order the library lists them: side by side (when it
    /// has more than one language), then each language alone. The one list of views: the site's stored
    /// pages (<c>SitePages</c>) and the export enumerate it, so a view is added here and nowhere else.
    /// </summary>
    public static ImmutableArray<ReaderView> AllFor(AlignedInterview interview)
    {
        var views = ImmutableArray.CreateBuilder<ReaderView>(interview.Languages.Length + 1);
        if (interview.Languages.Length > 1)
        {
            views.Add(For(interview, null)!);
        }

        foreach (var language in interview.Languages)
        {
            views.Add(For(interview, language.Code)!);
        }

        return views.ToImmutable();
    }

    /// <summary>
    /// The view for a route, or null when the language is not in the interview. Without a language,
    /// the side-by-side view, or the one language of an interview that has only one.
    /// </summary>
    public static ReaderView? For(AlignedInterview interview, string? languageCode)
    {
        languageCode ??= OnlyLanguageOf(interview);
        if (languageCode is null)
        {
            return new ReaderView(interview, [.. Enumerable.Range(0, interview.Languages.Length)], null);
        }

        var column = interview.ColumnOf(languageCode);
        return column < 0 ? null : new ReaderView(interview, [column], languageCode);
    }

    /// <summary>
    /// The view a reader address names (<c>/interviews/{slug}</c> or <c>/interviews/{slug}/{lang}</c>),
    /// or null when the interview or the language is not there. Every view it finds is one of
    /// <see cref="AllFor"/>, the list the stored pages are made from.
    /// </summary>
    public static ReaderView? Find(ContentSnapshot snapshot, string slug, string? languageCode) =>
        snapshot.Find(slug) is { } interview ? For(interview, languageCode) : null;

    private static string? OnlyLanguageOf(AlignedInterview interview) =>
        interview.Languages.Length == 1 ? interview.Languages[0].Code : null;
}
