using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Components.Reader;

/// <summary>
/// One language's share of a row, sentence by sentence: per block, its sentences with the bead each
/// belongs to, and the beads the language has no sentence for (gaps), each placed where its
/// sentences would be: before the next bead's first sentence in this language, or at the end.
/// </summary>
public sealed class CellSentences
{
    private CellSentences(ImmutableArray<ImmutableArray<SentencePlace>> blocks) => Blocks = blocks;

    /// <summary>Per block of the cell, its places in reading order (the last block also holds the gaps at the end).</summary>
    public ImmutableArray<ImmutableArray<SentencePlace>> Blocks { get; }

    /// <summary>Every place of the cell, block after block.</summary>
    public IEnumerable<SentencePlace> All => Blocks.SelectMany(b => b);

    /// <summary>
    /// The places of a cell: <paramref name="blocks"/> are the sentences of each of its blocks (none
    /// where the language lacks the row), <paramref name="column"/> the language's column, and
    /// <paramref name="ownsId"/> tells whether this cell carries a bead's ID (on its first place).
    /// </summary>
    public static CellSentences For(
        ImmutableArray<SentenceBead> beads, IReadOnlyList<ImmutableArray<Sentence>> blocks, int column, Func<SentenceBead, bool> ownsId)
    {
        // The bead of each sentence, counted over all blocks of the cell.
        var beadOf = new Dictionary<int, SentenceBead>();
        var gapsBefore = new Dictionary<int, List<SentenceBead>>();
        var waiting = new List<SentenceBead>();
        foreach (var bead in beads)
        {
            if (bead.Sentences[column].IsEmpty)
            {
                waiting.Add(bead);
                continue;
            }

            foreach (var index in bead.Sentences[column])
            {
                beadOf[index] = bead;
            }

            if (waiting.Count > 0)
            {
                gapsBefore[bead.Sentences[column].Min()] = waiting;
                waiting = [];
            }
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        SentencePlace Place(Sentence? sentence, SentenceBead bead) =>
            new(sentence, bead, ownsId(bead) && named.Add(bead.AnchorId) ? bead.AnchorId : null);

        var result = ImmutableArray.CreateBuilder<ImmutableArray<SentencePlace>>(Math.Max(1, blocks.Count));
        var at = 0;
        foreach (var sentences in blocks)
        {
            var places = ImmutableArray.CreateBuilder<SentencePlace>();
            foreach (var sentence in sentences)
            {
                foreach (var gap in gapsBefore.GetValueOrDefault(at) ?? [])
                {
                    places.Add(Place(null, gap));
                }

                places.Add(beadOf.TryGetValue(at, out var bead) ? Place(sentence, bead) : new SentencePlace(sentence, null, null));
                at++;
            }

            result.Add(places.ToImmutable());
        }

        // A cell without blocks (the language lacks the row) still has one, holding its gaps.
        if (result.Count == 0)
        {
            result.Add([]);
        }

        result[^1] = result[^1].AddRange(waiting.Select(gap => Place(null, gap)));

        return new CellSentences(result.ToImmutable());
    }
}
