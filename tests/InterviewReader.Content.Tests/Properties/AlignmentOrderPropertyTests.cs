using System.Collections.Immutable;
using CsCheck;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.Properties;

/// <summary>
/// The linear-time alignment helpers give exactly what the simple quadratic code they replaced
/// gave, so making alignment fast changed no row order and no reported line.
/// </summary>
public sealed class AlignmentOrderPropertyTests
{
    /// <summary>One to three sequences of distinct keys (a file's section IDs are distinct).</summary>
    private static readonly Gen<string[][]> KeySequences =
        Gen.Int[0, 11].ArrayUnique[0, 12].Select(keys => keys.Select(k => $"k{k}").ToArray()).Array[1, 3];

    [Fact]
    public void OrderedUnion_GivesTheSameOrderAsTheListInsertingVersion() =>
        KeySequences.Sample(
            sequences => Assert.Equal(ListInsertingUnion(sequences), OrderedUnion.Of(sequences)),
            iter: 2_000,
            print: sequences => string.Join(" | ", sequences.Select(s => string.Join(',', s))));

    [Fact]
    public void PrecedingSections_FindsWhatASearchFromTheEndFinds() =>
        KeySequences.Sample(
            sequences =>
            {
                var union = OrderedUnion.Of(sequences);
                var position = union.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
                foreach (var sequence in sequences)
                {
                    ImmutableArray<Section> sections = [.. sequence.Select((id, line) => new Section(id, null, line + 1, []))];
                    var fast = new PrecedingSections(sections, position);
                    for (var p = 0; p <= union.Count; p++)
                    {
                        Assert.Same(sections.LastOrDefault(s => position[s.Id] < p), fast.LastBefore(p));
                    }
                }
            },
            iter: 2_000,
            print: sequences => string.Join(" | ", sequences.Select(s => string.Join(',', s))));

    /// <summary>The union as first written: a list searched with IndexOf and grown with Insert.</summary>
    private static List<string> ListInsertingUnion(IEnumerable<IEnumerable<string>> sequences)
    {
        var result = new List<string>();
        foreach (var sequence in sequences)
        {
            var insertAt = 0;
            foreach (var key in sequence)
            {
                var at = result.IndexOf(key);
                if (at >= 0)
                {
                    insertAt = at + 1;
                    continue;
                }

                result.Insert(insertAt++, key);
            }
        }

        return result;
    }
}
