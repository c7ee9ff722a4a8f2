using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Loading;

/// <summary>The whole library at one moment: the interviews that loaded and every problem found.</summary>
/// <param name="Interviews">The publishable interviews, newest first.</param>
/// <param name="Problems">Every problem, in file and line order.</param>
public sealed record ContentSnapshot(ImmutableArray<AlignedInterview> Interviews, ImmutableArray<ContentProblem> Problems)
{
    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The interview with the given slug, or null.</summary>
    public AlignedInterview? Find(string slug) => Interviews.FirstOrDefault(i => i.Slug == slug);
}
