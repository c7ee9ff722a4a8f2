using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// The sentence links of an aligned interview (every pair of a Hindi and a Bengali sentence in
/// one bead, so an m-n bead links m·n pairs), named by the sentences' texts, and link F1 against
/// the links that should be there.
/// </summary>
internal static class SentenceLinks
{
    /// <summary>Every link, as (first language's sentence, second language's sentence).</summary>
    public static HashSet<(string, string)> Of(AlignedInterview interview)
    {
        var links = new HashSet<(string, string)>();
        foreach (var (cells, beads) in Rows(interview))
        {
            foreach (var bead in beads)
            {
                foreach (var a in bead.Sentences[0])
                {
                    foreach (var b in bead.Sentences[1])
                    {
                        links.Add((cells[0][a], cells[1][b]));
                    }
                }
            }
        }

        return links;
    }

    /// <summary>Per row, each language's sentences (over the row's blocks) and the row's beads.</summary>
    public static IEnumerable<(IReadOnlyList<string>[] Sentences, IReadOnlyList<SentenceBead> Beads)> Rows(AlignedInterview interview)
    {
        foreach (var block in interview.Sections.SelectMany(s => s.Blocks))
        {
            switch (block)
            {
                case AlignedRow<ParagraphBlock> p:
                    yield return (Sentences(p), p.Beads);
                    break;
                case AlignedRow<QuoteBlock> q:
                    yield return (Sentences(q), q.Beads);
                    break;
                case AlignedTakeaways t:
                    foreach (var item in t.Items)
                    {
                        yield return (Sentences(item), item.Beads);
                    }

                    break;
            }
        }
    }

    /// <summary>Link F1: the harmonic mean of the share of found links that are right and the share of right links found.</summary>
    public static (double Precision, double Recall, double F1) Score(IReadOnlySet<(string, string)> expected, IReadOnlySet<(string, string)> found)
    {
        var right = found.Count(expected.Contains);
        var precision = found.Count == 0 ? 1 : (double)right / found.Count;
        var recall = expected.Count == 0 ? 1 : (double)right / expected.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static IReadOnlyList<string>[] Sentences<T>(AlignedRow<T> row)
        where T : class =>
        [.. row.Cells.Select(cell => (IReadOnlyList<string>)[.. cell.SelectMany(b => SentenceUnits.Of(b))])];
}
