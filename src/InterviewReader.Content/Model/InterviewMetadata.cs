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
    DateOnly Date);
