using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Parsing;

/// <summary>What reading one file gave: the transcript when it has no errors, and every problem found.</summary>
/// <param name="Path">The file, relative to the content root.</param>
/// <param name="Transcript">The transcript, or null when the file has errors.</param>
/// <param name="Problems">Everything found wrong, errors and warnings.</param>
public sealed record ParsedFile(string Path, Transcript? Transcript, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>
    /// What the front matter's <c>language</c> field says, whether the table knows that language or
    /// not; null when the front matter could not be read that far or has no such field.
    /// </summary>
    public string? DeclaredLanguage { get; init; }
}
