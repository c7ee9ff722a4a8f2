using InterviewReader.Content.Alignment;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Loading;

/// <summary>What loading one interview folder gave.</summary>
/// <param name="Slug">The folder name.</param>
/// <param name="Interview">The aligned interview, or null when any of its files has an error.</param>
/// <param name="Problems">Every problem found in the folder.</param>
public sealed record InterviewLoadResult(string Slug, AlignedInterview? Interview, IReadOnlyList<ContentProblem> Problems);
