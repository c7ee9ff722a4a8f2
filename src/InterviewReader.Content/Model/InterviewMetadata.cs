namespace InterviewReader.Content.Model;

/// <summary>What a transcript's front matter says about it, verbatim.</summary>
/// <param name="Title">The title as written in this language.</param>
/// <param name="Subtitle">The subtitle, if any.</param>
/// <param name="Byline">The byline line as written in the source, if any.</param>
/// <param name="Interviewer">Who conducted the interview.</param>
/// <param name="Date">The date of the interview.</param>
public sealed record InterviewMetadata(
    string Title,
    string? Subtitle,
    string? Byline,
    string Interviewer,
    DateOnly Date)
{
    /// <summary>The 1-based line of the <c>title</c> field in the source file (0 when not known).</summary>
    public int TitleLine { get; init; }
}
