using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>The aligned model carries sentence beads: anchored under their row, covering every sentence of every cell once, in order.</summary>
public sealed class SentenceBeadModelTests
{
    [Fact]
    public void Sentence_MintsRowAnchorThenSentenceNumber() =>
        Assert.Equal("democracy-p1-s2", Anchors.Sentence("democracy-p1", 2));

    [Fact]
    public void HasMintedEnding_SentenceAnchor_IsReservedForTheSite() =>
        Assert.True(Anchors.HasMintedEnding("democracy-p1-s2"));

    [Fact]
    public void Align_RealContent_EveryRowsBeadsAreNumberedUnderItsAnchor()
    {
        foreach (var row in Rows())
        {
            Assert.NotEmpty(row.Beads);
            Assert.Equal(
                Enumerable.Range(1, row.Beads.Length).Select(n => $"{row.AnchorId}-s{n}"),
                row.Beads.Select(b => b.AnchorId));
        }
    }

    [Fact]
    public void Align_RealContent_EverySentenceIsInExactlyOneBeadInOrder()
    {
        foreach (var row in Rows())
        {
            for (var column = 0; column < row.Columns; column++)
            {
                var indexes = row.Beads.SelectMany(b => b.Sentences[column]).ToList();
                Assert.Equal(Enumerable.Range(0, indexes.Count), indexes);
            }

            Assert.All(row.Beads, b => Assert.InRange(b.Confidence, 0, 1));
        }
    }

    [Fact]
    public void IsDoubtful_BelowThreshold_True()
    {
        SentenceBead Bead(double confidence) => new("a-p1-s1", [[0], [0]], confidence);

        Assert.True(Bead(SentenceBead.DoubtfulBelow - 0.01).IsDoubtful);
        Assert.False(Bead(SentenceBead.DoubtfulBelow).IsDoubtful);
        Assert.True(new SentenceBead("a-p1-s1", [[0], []], 1).Lacks(1));
    }

    private static IEnumerable<(string AnchorId, int Columns, ImmutableArray<SentenceBead> Beads)> Rows()
    {
        var interview = RealInterview.Snapshot.Find(RealInterview.Slug);
        Assert.NotNull(interview);
        foreach (var block in interview.Sections.SelectMany(s => s.Blocks))
        {
            switch (block)
            {
                case AlignedRow<ParagraphBlock> p:
                    yield return (p.AnchorId, p.Cells.Length, p.Beads);
                    break;
                case AlignedRow<QuoteBlock> q:
                    yield return (q.AnchorId, q.Cells.Length, q.Beads);
                    break;
                case AlignedTakeaways t:
                    foreach (var item in t.Items)
                    {
                        yield return (item.AnchorId, item.Cells.Length, item.Beads);
                    }

                    break;
            }
        }
    }
}
