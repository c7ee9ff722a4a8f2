using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Preview;

/// <summary>
/// What the preview of one interview shows for a snapshot: the version being served (the last good
/// one when a reload failed), every problem of its files, and whether that version is stale.
/// </summary>
/// <param name="Slug">The interview's folder name.</param>
/// <param name="Interview">The version served, or null when none has loaded yet.</param>
/// <param name="Problems">The problems of the interview's files, in file and line order, each linked to its row where possible.</param>
public sealed record InterviewPreview(string Slug, AlignedInterview? Interview, ImmutableArray<PreviewProblem> Problems)
{
    /// <summary>
    /// True when a file has errors while a version is shown: the store kept the last good version,
    /// so what is shown is older than the files.
    /// </summary>
    public bool IsStale => Interview is not null && Problems.Any(p => p.IsError);

    /// <summary>How each row was aligned, by anchor (empty when no version is shown).</summary>
    public ImmutableDictionary<string, RowAlignment> Alignment { get; } =
        Interview is null ? ImmutableDictionary<string, RowAlignment>.Empty : RowAlignment.Of(Interview);

    /// <summary>The problems about the row with this anchor.</summary>
    public IEnumerable<PreviewProblem> ProblemsAt(string anchor) => Problems.Where(p => p.RowAnchor == anchor);

    /// <summary>The preview of <paramref name="slug"/> in <paramref name="snapshot"/>.</summary>
    public static InterviewPreview For(ContentSnapshot snapshot, string slug)
    {
        var interview = snapshot.Find(slug);
        var mine = snapshot.Problems.Where(p => IsIn(p.File, slug)).ToList();
        // A file with errors did not load: its lines are those of a version not shown, so its
        // problems are not tied to rows of the version shown.
        var failed = mine.Where(p => p.Severity == Content.Problems.ProblemSeverity.Error).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var rows = interview is null ? null : SourceRows.Of(interview);
        var problems = mine.Select((p, i) => new PreviewProblem(p, Anchors.Problem(i + 1), failed.Contains(p.File) ? null : rows?.RowAt(p.File, p.Line)));
        return new InterviewPreview(slug, interview, [.. problems]);
    }

    /// <summary>The slugs the preview knows: every interview served and every folder with problems, in name order.</summary>
    public static IEnumerable<string> Slugs(ContentSnapshot snapshot) =>
        snapshot.Interviews.Select(i => i.Slug)
            .Concat(snapshot.Problems.Select(p => p.File.Split('/')[0]).Where(s => snapshot.Problems.Any(p => IsIn(p.File, s))))
            .Where(s => s.Length > 0 && !s.EndsWith(".md", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static bool IsIn(string file, string slug) =>
        file.Length > slug.Length && file.StartsWith(slug, StringComparison.Ordinal) && file[slug.Length] == '/';
}
