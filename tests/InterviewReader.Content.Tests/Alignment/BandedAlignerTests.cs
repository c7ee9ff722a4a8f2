using CsCheck;
using InterviewReader.Content.Alignment;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>The Gale–Church program on synthetic lengths and anchors: shapes found, the band's answer, the posteriors.</summary>
public sealed class BandedAlignerTests
{
    private static readonly BandedAligner Sentences = new(BeadKind.Sentences);

    [Fact]
    public void Align_EqualLengths_AllOneToOneWithHighPosteriors()
    {
        var units = Units(80, 120, 60, 140);

        var beads = Sentences.Align(units, Units(82, 118, 61, 139));

        Assert.All(beads, b => Assert.Equal(new BeadKind(1, 1), b.Kind));
        Assert.All(beads, b => Assert.InRange(b.Posterior, 0.9, 1));
    }

    [Fact]
    public void Align_SecondMergesTwo_FindsTwoToOne()
    {
        var beads = Sentences.Align(Units(80, 60, 70, 140), Units(82, 132, 139));

        Assert.Equal([new(1, 1), new(2, 1), new(1, 1)], beads.Select(b => b.Kind));
        Assert.Equal(1, beads[1].First);
        Assert.Equal(1, beads[1].Second);
    }

    [Fact]
    public void Align_SecondDropsOne_FindsOneToZeroWhereAnchorsSayNot()
    {
        // Equal-length sentences: only the anchors tell which one is missing.
        AlignmentUnit[] first = [new(80, ["#1"]), new(80, ["#2"]), new(80, ["#3"]), new(80, ["#4"])];
        AlignmentUnit[] second = [new(80, ["#1"]), new(80, ["#3"]), new(80, ["#4"])];

        var beads = Sentences.Align(first, second);

        Assert.Equal([new(1, 1), new(1, 0), new(1, 1), new(1, 1)], beads.Select(b => b.Kind));
    }

    [Fact]
    public void Align_SecondLacksItsLastUnit_ReestimatesTheSkewedRatioAndFindsOneToZero()
    {
        // The totals say the second is a third shorter; by that ratio the last two look like a 2-1.
        var beads = Sentences.Align(Units(60, 90, 70), Units(61, 91));

        Assert.Equal([new(1, 1), new(1, 1), new(1, 0)], beads.Select(b => b.Kind));
    }

    [Fact]
    public void Align_TenThousandUnits_AlignsInTheBand()
    {
        var lengths = Enumerable.Range(0, 10_000).Select(i => 40 + (i * 37 % 90)).ToArray();
        var second = lengths.Where((_, i) => i != 5_000).ToArray();

        var beads = Sentences.Align(Units(lengths), Units(second));

        Assert.Equal(10_000, beads.Sum(b => b.Kind.First));
        Assert.Equal(9_999, beads.Sum(b => b.Kind.Second));
        Assert.True(beads.Count(b => b.Kind == new BeadKind(1, 1)) >= 9_990);
    }

    [Fact]
    public void Align_RandomSequences_BeadsCoverEveryUnitOnceInOrderWithPosteriorsInRange() =>
        Gen.Int[20, 200].Array[0, 40].SelectMany(a => Gen.Int[20, 200].Array[0, 40].Select(b => (a, b)))
            .Sample((a, b) =>
            {
                var beads = Sentences.Align(Units(a), Units(b));
                int i = 0, j = 0;
                foreach (var bead in beads)
                {
                    Assert.Equal((i, j), (bead.First, bead.Second));
                    Assert.Contains(bead.Kind, BeadKind.Sentences);
                    Assert.InRange(bead.Posterior, 0, 1);
                    (i, j) = (i + bead.Kind.First, j + bead.Kind.Second);
                }

                Assert.Equal((a.Length, b.Length), (i, j));
            }, iter: 200);

    [Fact]
    public void Align_LongRandomSequences_BandFindsTheFullSearchsPath() =>
        Gen.Int[20, 200].Array[60, 90]
            .Sample(a =>
            {
                // The second sequence: the first with some units dropped, so the path strays from the diagonal.
                var b = a.Where((l, i) => i % 7 != 0 || l % 2 == 0).ToArray();
                var banded = Sentences.Align(Units(a), Units(b));
                var full = new BandedAligner(BeadKind.Sentences).AlignFull(Units(a), Units(b));
                Assert.Equal(full.Select(x => (x.First, x.Second, x.Kind)), banded.Select(x => (x.First, x.Second, x.Kind)));
            }, iter: 30);

    private static AlignmentUnit[] Units(params int[] lengths) => [.. lengths.Select(l => new AlignmentUnit(l, []))];
}
