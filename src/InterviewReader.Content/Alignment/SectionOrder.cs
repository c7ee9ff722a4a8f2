using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Warns where a transcript has its sections in another order than the reader shows them (the
/// first file's order): the reader keeps one order for every language, so such a section is not
/// shown where its file has it. The sections that moved are the fewest whose removal leaves the
/// rest in order (the complement of a longest increasing run of positions), so moving one section
/// far is one warning, not one per section it jumped over.
/// </summary>
internal static class SectionOrder
{
    /// <summary>Reports each section of each transcript that is out of the reader's order, at its heading's line.</summary>
    /// <param name="transcripts">The transcripts, the first setting the order.</param>
    /// <param name="order">The section IDs in the order the reader shows them.</param>
    /// <param name="position">Each section ID's index in <paramref name="order"/>.</param>
    /// <param name="problems">Receives the warnings.</param>
    public static void Report(
        ImmutableArray<Transcript> transcripts,
        IReadOnlyList<string> order,
        Dictionary<string, int> position,
        ICollection<ContentProblem> problems)
    {
        foreach (var transcript in transcripts.Skip(1))
        {
            var sections = transcript.Sections;
            var inOrder = LongestIncreasing([.. sections.Select(s => position[s.Id])]);
            for (var i = 0; i < sections.Length; i++)
            {
                if (!inOrder.Contains(i))
                {
                    var section = sections[i];
                    var before = i > 0 ? $"after '{sections[i - 1].Id}'" : "first";
                    problems.Add(new ContentProblem(
                        ProblemSeverity.Warning,
                        transcript.SourcePath,
                        section.Line,
                        $"section '{section.Id}' comes {before} in this file, but the reader shows the sections in the order of {transcripts[0].SourcePath}: {string.Join(", ", order)}; move it so every file has that order, or it is not shown where this file has it"));
                }
            }
        }
    }

    /// <summary>The indexes of one longest strictly increasing subsequence of <paramref name="values"/> (O(n log n)).</summary>
    private static HashSet<int> LongestIncreasing(int[] values)
    {
        // tails[k]: the index of the smallest last value of an increasing run of length k + 1.
        var tails = new List<int>();
        var previous = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (values[tails[middle]] < values[i])
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var run = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            run.Add(i);
        }

        return run;
    }
}
