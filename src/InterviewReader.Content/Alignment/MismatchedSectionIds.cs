using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Finds two sections at the same place in two transcripts whose IDs each appear in one file only:
/// almost surely one section with a mistyped ID. Left alone, the reader would show two half-empty
/// sections, so it is an error rather than a missing-counterpart warning.
/// </summary>
internal static class MismatchedSectionIds
{
    public static IEnumerable<ContentProblem> Find(IReadOnlyList<Transcript> transcripts)
    {
        for (var a = 0; a < transcripts.Count; a++)
        {
            for (var b = a + 1; b < transcripts.Count; b++)
            {
                var first = transcripts[a];
                var second = transcripts[b];
                var inFirst = first.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                var inSecond = second.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                for (var k = 0; k < Math.Min(first.Sections.Length, second.Sections.Length); k++)
                {
                    var (one, other) = (first.Sections[k], second.Sections[k]);
                    if (!inSecond.Contains(one.Id) && !inFirst.Contains(other.Id))
                    {
                        // Either file may hold the typo: each is told, naming the other.
                        yield return new ContentProblem(
                            ProblemSeverity.Error,
                            first.SourcePath,
                            one.Line,
                            $"section ID '{one.Id}' is not in {second.SourcePath}, which has '{other.Id}' at this place (its line {other.Line}): if they are the same section, give both the same ID");
                        yield return new ContentProblem(
                            ProblemSeverity.Error,
                            second.SourcePath,
                            other.Line,
                            $"section ID '{other.Id}' is not in {first.SourcePath}, which has '{one.Id}' at this place (its line {one.Line}): if they are the same section, give both the same ID");
                    }
                }
            }
        }
    }
}
